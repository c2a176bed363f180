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
