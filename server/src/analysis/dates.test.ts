import { test } from 'node:test';
import assert from 'node:assert/strict';
import { findDates } from './dates';

/** The date expressions found in a sentence, as text. */
function dates(text: string): string[] {
  return findDates(text).map((d) => text.slice(d.start, d.end));
}

test('findDates finds named dates and date expressions', () => {
  const rows: [string, string[]][] = [
    ['Friday, March 24, 2023', ['Friday, March 24, 2023']],
    ['Putin returned this Friday to the summit.', ['this Friday']],
    ['We await you next spring for a state visit.', ['next spring']],
    ['Late Thursday, the president spoke.', ['Late Thursday']],
    ['In a meeting on December 21 with a former president.', ['December 21']],
    ['Since he arrived in January 2021, both sides talked.', ['January 2021']],
    ['They signed a partnership last year, before the war.', ['last year']],
    ['Since the outbreak ten months ago, nothing changed.', ['ten months ago']],
    ['Growth over the past decades was rapid.', ['the past decades']],
    ['It happened on 24 March 2023 in the capital.', ['24 March 2023']],
    ['The vote is on Sept. 12 and results follow.', ['Sept. 12']],
    ['Prices rose in 2021.', ['2021']],
    ['Losses hidden between 2019 and 2022 from investors.', ['2019', '2022']],
    ['It was the biggest protest since 1991, officials said.', ['1991']],
    ['Music of the 1990s is back.', ['the 1990s']],
    ['He was born in May and left in June.', ['May', 'June']],
    ['Before the New Year holidays, the city went dark.', ['New Year']],
    ['The report is dated 2023-03-24.', ['2023-03-24']],
    ['Yesterday the ministry confirmed it; tomorrow it votes.', ['Yesterday', 'tomorrow']],
    ['Talks resume next week and end early December.', ['next week', 'early December']],
    ['It happened on May 5, 2021 in the capital.', ['May 5, 2021']],
    ['They met in May.', ['May']],
    ['On Jan. 5 the vote was held.', ['Jan. 5']],
    ['Sept. 12, 2023.', ['Sept. 12, 2023']],
    ['Elections on 5 May 2020, May 2020 and May, 2020.', ['5 May 2020', 'May 2020', 'May, 2020']],
    ['Talks end next week.\r\nOn Friday, more.', ['next week', 'Friday']],
    ['Filed on 2019-05-31 and 31/12/2020.', ['2019-05-31', '31/12/2020']],
    ['In the 1990s, not the 2100s.', ['the 1990s']],
    ['Mid-March and mid May.', ['Mid-March', 'mid May']],
    ["On New Year's Eve, Lunar New Year and Eid al-Fitr.", ["New Year's Eve", 'Lunar New Year', 'Eid al-Fitr']],
    ['It rose the following week.', ['the following week']],
    ['In 2021’s budget.', ['2021']],
    ['\uD800May 5 and \uDC00 in 2021.', ['May 5', '2021']],
  ];
  for (const [text, expected] of rows) assert.deepEqual(dates(text), expected, `dates in ${JSON.stringify(text)}`);
});

test('findDates reads hyphenated years, two-word openers, sentence-initial numbers and decimals', () => {
  const rows: [string, string, string[]][] = [
    // a year joined by a hyphen to "mid", "early", "late" or "year" is one word and one date
    ['mid-year', 'Output peaked in mid-2021 and fell after.', ['mid-2021']],
    ['Mid-year', 'Mid-2019, the line was closed.', ['Mid-2019']],
    ['late-year', 'A late-2018 survey found it.', ['late-2018']],
    ['year-year', 'The year-2030 goals were dropped.', ['year-2030']],
    ['mid-decade', 'Rents rose in the mid-1980s and in mid-2000s cities.', ['the mid-1980s', 'mid-2000s']],
    ['hyphen inside a word', 'The new-year-2020 plan and pre-2020 levels.', []],
    // "the"/"a" with a word that makes no date lets that word open one
    ['the last weekday', 'He arrived the last Monday of June.', ['last Monday', 'June']],
    ['the past weekday', 'Markets fell the past Friday.', ['past Friday']],
    ['the next weekday', 'The next Sunday, the polls open.', ['next Sunday']],
    ['the year alone', 'Nobody expected it in the 2019.', ['2019']],
    ['dash before the', 'Sales fell -the past week- and recovered.', ['the past week']],
    ['two hyphens before the', 'Sales fell--the past month--and recovered.', ['the past month']],
    // number words open a sentence with a capital
    ['sentence-initial number word', 'Two years ago, the mill shut.', ['Two years ago']],
    ['sentence-initial a few', 'A few days ago, it flooded.', ['A few days ago']],
    ['sentence-initial a', 'A week ago the bridge opened.', ['A week ago']],
    ['sentence-initial one', 'One month ago nobody knew.', ['One month ago']],
    // a decimal is not a year
    ['decimal after a preposition', 'Output rose to 2023.5 tonnes in 2024.', ['2024']],
    ['decimal alone', 'The index closed at 1987.25, up.', []],
    // "a quarter ago"
    ['a quarter ago', 'Sales were flat a quarter ago.', ['a quarter ago']],
    ['A quarter ago', 'A quarter ago, sales were flat.', ['A quarter ago']],
    ['a quarter of', 'Only a quarter of voters came.', []],
  ];
  for (const [tag, text, expected] of rows) assert.deepEqual(dates(text), expected, `${tag}: ${JSON.stringify(text)}`);
});

test('findDates leaves out what is not a date', () => {
  const rows: [string, string][] = [
    ['May I say something?', 'modal "May"'],
    ['They fired an S-300 missile.', 'model number'],
    ['It delivered 13,800 million cubic meters.', 'quantity'],
    ['Mark Twain wrote it and Marching bands played.', 'month prefixes inside words'],
    ['the 2022 invasion was planned', 'year as a modifier'],
    ['Working for Today Times Live has given me the chance.', 'capitalised Today inside a name'],
    ['The war lasted for three years.', 'duration without an anchor'],
    ['The vote was held in Jan. and more.', 'abbreviated month without a day'],
    ['Code x2021. Ref 12021. Then 2023x.', 'year glued to letters or digits'],
    ['Born in 1799; due in 2100.', 'years outside 1800-2099'],
    ['Marching on, Marc said.', 'month prefix of a word or name'],
  ];
  for (const [text, tag] of rows) assert.deepEqual(dates(text), [], `${tag}: ${JSON.stringify(text)}`);
});

test('findDates spans are sorted, disjoint and in bounds', () => {
  const text = 'On Monday, March 6, 2023 and again last Tuesday, then next year, and in 2024.';
  const spans = findDates(text);
  let last = 0;
  for (const s of spans) {
    assert.ok(s.start >= last && s.end > s.start && s.end <= text.length, `span ${s.start}-${s.end}`);
    last = s.end;
  }
  assert.equal(spans.length, 4, 'four dates');
});

test('findDates: a month that is also a given name, before a capitalised word, is a name unless a word introduces the month', () => {
  const rows: [string, string[]][] = [
    ['Another passenger, June Patel, said it was fine.', []],
    ['April Ryan and August Wilson agreed.', []],
    ['In June Patel moved to Leeds.', ['June']],
    ['Last June Britain voted.', ['Last June']],
    ['Prices rose in June.', ['June']],
    ['June 5 was hot.', ['June 5']],
    ['The deal was signed in March Madrid time.', ['March']],
  ];
  for (const [text, expected] of rows) assert.deepEqual(findDates(text).map((s) => text.slice(s.start, s.end)), expected, text);
});
