import type { Span } from './types';

/**
 * Date expressions, in the conventional NER sense (as in OntoNotes DATE):
 *  - named days and months: "Friday", "December", "December 21", "21 December 2022",
 *    "March 24, 2023", "Friday, March 24, 2023", "January 2021", "mid-March";
 *  - days and months with a deictic word: "this Friday", "last Monday", "next March",
 *    "late Thursday", "early December";
 *  - relative expressions of the calendar: "last year", "next week", "this month",
 *    "next spring", "last summer", "the past decades", "ten months ago", "two years ago",
 *    "A few days ago", "a quarter ago", "yesterday", "today", "tomorrow";
 *  - years where a year is meant: "in 2021", "since 1991", "2023." (a four-digit number
 *    from 1800 to 2099 after a preposition or standing alone before punctuation), decades
 *    ("the 1990s", "the mid-1990s"), and numeric dates ("2023-03-24", "24/03/2023");
 *  - public holidays: "Christmas", "New Year", "New Year's Eve", "Easter", "Ramadan".
 * Not dates: clock times ("5 p.m."), durations without a calendar anchor ("for three
 * years", "year-long"), bare seasons ("in the spring"), decimals ("2023.5"), and "now".
 *
 * Where a mention starts and ends:
 *  - "the" belongs to a mention only before a relative calendar expression or a decade
 *    ("the past decades", "the following week", "the 1990s", "the mid-1990s"), never before a
 *    day or month: "the last Monday" gives "last Monday", "the past Friday" "past Friday".
 *  - A hyphenated word is one token (as in OntoNotes, whose tokens keep their hyphens), so a
 *    date never starts after a hyphen inside a word, and a year joined to "mid", "early",
 *    "late" or "year" takes the whole word: "mid-2021", "late-2019", and "year-2020" (as in
 *    "the year-2020 targets"): the word names a calendar year, which OntoNotes DATE covers
 *    ("the year 2020"), so it is a DATE. With a space the year stands alone ("early 2021"
 *    gives "2021"), as before. A hyphen with no letter or digit before it ("-the past week"),
 *    or two hyphens, is a dash, and a date may start after it.
 */

const MONTH_FULL = 'January|February|March|April|June|July|August|September|October|November|December';
// Months that are also given names ("April Ryan", "June Patel", "August Wilson"): alone, a
// month only where no capitalised word follows, or after a word that introduces a month.
const MONTH_NAME = 'April|June|August';
const MONTH_NOT_NAME = 'January|February|March|July|September|October|November|December';
const MONTH_ABBR = 'Jan\\.?|Feb\\.?|Mar\\.?|Apr\\.?|Jun\\.?|Jul\\.?|Aug\\.?|Sept?\\.?|Oct\\.?|Nov\\.?|Dec\\.?';
const WEEKDAY = 'Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday';
const SEASON = 'spring|summer|autumn|fall|winter';
const UNIT = 'week|weekend|month|year|decade|century|quarter';
const NUMBER_WORD = 'one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fifteen|twenty|thirty|fifty|a few|few|several|many|a couple of|a|\\d{1,3}';
/**
 * NUMBER_WORD where it opens the expression, so capitalised at a sentence start too ("Two
 * years ago"). Grouped by first letter: this pattern is tried at every trigger.
 */
const NUMBER_WORD_OPEN =
  '[Oo]ne|[Tt](?:wo|hree|en|welve|wenty|hirty)|[Ff](?:our|ive|ifteen|ifty|ew)|[Ss](?:ix|even|everal)|' +
  '[Ee](?:ight|leven)|[Nn]ine|[Mm]any|[Aa](?: few| couple of)?|\\d{1,3}';
const DEICTIC = '[Tt]his|[Ll]ast|[Nn]ext|[Cc]oming|[Pp]ast|[Pp]revious|[Ee]arly|[Ll]ate|[Ee]arlier|[Ll]ater';
const DAY = '(?:[12]\\d|3[01]|0?[1-9])(?:st|nd|rd|th)?';
const YEAR = '(?:1[89]\\d\\d|20\\d\\d)';

// "May" is a month only next to a day or year, or after a word that introduces a month.
const MAY_DAY = `May\\s+${DAY}(?:,?\\s+${YEAR})?(?![\\d])|May,?\\s+${YEAR}|${DAY}\\s+May(?:,?\\s+${YEAR})?`;
const MONTH_DATE =
  `(?:(?:${MONTH_FULL}|${MONTH_ABBR})\\s+${DAY}(?:,?\\s+${YEAR})?(?![\\d:])` +
  `|${DAY}\\s+(?:${MONTH_FULL}|${MONTH_ABBR})(?:,?\\s+${YEAR})?` +
  `|(?:${MONTH_FULL}),?\\s+${YEAR}` +
  `|${MAY_DAY}` +
  `|(?:${MONTH_NOT_NAME})` +
  `|(?:${MONTH_NAME})(?!\\s+[A-Z][a-z])` +
  `|(?<=\\b(?:[Ii]n|[Ss]ince|[Uu]ntil|[Bb]y|[Ff]rom|[Oo]f|[Dd]uring|[Bb]efore|[Aa]fter|[Tt]hrough|${DEICTIC}|[Mm]id)[\\s-])(?:${MONTH_NAME}))`;

const PATTERNS = [
  // weekday, optionally with the full date after it: "Friday, March 24, 2023"
  `(?:(?:${DEICTIC})\\s+)?(?:${WEEKDAY})(?:,?\\s+(?:${MONTH_DATE}|${MAY_DAY}))?`,
  // a deictic word before a month or the month "May": "early December", "last May"
  `(?:(?:${DEICTIC}|[Mm]id)[\\s-]+)?${MONTH_DATE}`,
  `(?:(?:${DEICTIC}|[Mm]id)[\\s-]+May|(?<=\\b(?:[Ii]n|[Ss]ince|[Uu]ntil|[Bb]y|[Ff]rom|[Dd]uring|[Oo]f)\\s)May)(?![\\p{L}])`,
  // relative calendar expressions: "last year", "next spring", "the past two decades", "ten months ago"
  `(?:(?:[Tt]he\\s+)?(?:${DEICTIC}|[Ff]ollowing)\\s+(?:(?:${NUMBER_WORD})\\s+)?(?:${UNIT}|${SEASON})s?(?:\\s+(?:of\\s+)?${YEAR})?)`,
  `(?:(?:${NUMBER_WORD_OPEN})\\s+(?:days?|(?:${UNIT})s?)\\s+ago)`,
  `(?:(?:[Ss]pring|[Ss]ummer|[Aa]utumn|[Ff]all|[Ww]inter)\\s+(?:of\\s+)?${YEAR})`,
  `(?:[Yy]esterday|[Tt]oday|[Tt]omorrow)`,
  // holidays
  `(?:New\\s+Year(?:['’]s)?(?:\\s+(?:Day|Eve))?|Christmas(?:\\s+(?:Day|Eve))?|Easter|Ramadan|Eid(?:\\s+al-(?:Fitr|Adha))?|Thanksgiving|Hanukkah|Diwali|Passover|Yom\\s+Kippur|Lunar\\s+New\\s+Year|Independence\\s+Day|Victory\\s+Day|Labou?r\\s+Day)`,
  // numeric dates
  `(?:${YEAR}-[01]\\d-[0-3]\\d|[0-3]?\\d/[01]?\\d/(?:${YEAR}|\\d\\d))`,
  // decades: "the 1990s", "the mid-1990s"
  `(?:(?:[Tt]he\\s+)?(?:[Mm]id-)?(?:1[89]|20)\\d0s)`,
  // a year in one hyphenated word: "mid-2021", "year-2020"
  `(?:(?:[Mm]id|[Ee]arly|[Ll]ate|[Yy]ear)-${YEAR})`,
  // years after a word that introduces one
  `(?:(?<=\\b(?:[Ii]n|[Ss]ince|[Uu]ntil|[Bb]y|[Ff]rom|[Tt]o|[Bb]efore|[Aa]fter|[Dd]uring|[Tt]hrough|[Bb]etween|[Oo]f|[Ee]arly|[Ll]ate|[Mm]id|[Yy]ear)\\s)${YEAR})`,
  // the second year of a range: "between 2019 and 2022"
  `(?:(?<=\\b[Bb]etween\\s${YEAR}\\s(?:and|to)\\s)${YEAR})`,
  // a year standing alone before punctuation: "... in the 2022 elections" is left out
  `(?:${YEAR}(?=[.,;:)!?]))`,
];

// Letters and digits as explicit ranges: the u flag and \\p{L} make every step slower.
const WORD_CHAR = 'A-Za-z0-9_\\u00C0-\\u024F\\u0370-\\u03FF\\u0400-\\u04FF';
/** Every date pattern, tried only where a trigger word starts (sticky); "2023.5" is a decimal. */
const DATE_AT = new RegExp(`(?:${PATTERNS.join('|')})(?![${WORD_CHAR}]|['’][A-Za-z]{2}|(?<=\\d)\\.\\d)`, 'y');
/**
 * Where a date can start: a day or month name, a deictic word, a holiday, a number or a
 * number word. Cheap to scan for; the full patterns run only at these places.
 * This scan is most of findDates' time, and it has to look at every word start: dates made
 * of lower-case words alone ("last year", "today", "ten months ago") share no rare letter
 * that a faster search (indexOf, a leading literal) could jump to.
 */
const TRIGGER_RE = new RegExp(
  // at a word start, grouped by first letter and then by the next letters (a trie), so that
  // the engine tests each letter once rather than once per word that shares it. No trigger
  // is a prefix of another, so at any place at most one branch matches and their order is free.
  '\\b(?:[Mm](?:onday|a(?:r|y|ny)|id)|' +
    '[Tt](?:h(?:ursday|i(?:s|rty)|ree|anksgiving|e (?:[Pp](?:ast|revious)|[Ll]ast|[Nn]ext|[Cc]oming|[Ff]ollowing|[Mm]id|1[89]|20))|' +
    'uesday|o(?:day|morrow)|w(?:o|e(?:lve|nty))|en)|' +
    '[Ww](?:ednesday|inter)|[Ff](?:riday|e[bw]|o(?:llowing|ur)|all|i(?:ve|f(?:teen|ty)))|' +
    '[Ss](?:aturday|u(?:nday|mmer)|e(?:p|ve(?:n|ral))|pring|ix)|J(?:an|u[nl])|' +
    '[Aa](?:pr|u(?:g|tumn)| (?:few|couple|day|week|month|year|decade|century|quarter))|O(?:ct|ne)|one|' +
    '[Nn](?:ov|e(?:xt|w)|ine)|D(?:ec|iwali)|[Ll](?:a(?:st|te|bou?r)|unar)|[Cc](?:oming|hristmas)|' +
    '[Pp](?:a(?:st|ssover)|revious)|[Ee](?:a(?:rl|ster)|i(?:d|ght)|leven)|[Yy](?:e(?:sterday|ar(?=-\\d))|om)|' +
    'Ramadan|Hanukkah|Independence|Victory|[0-9])',
  'g',
);
const WORD_CHAR_RE = new RegExp(`[${WORD_CHAR}'’.-]`);
/** The trigger pattern tried at one place, to tell where a trigger that ends at a place began. */
const TRIGGER_PROBE = new RegExp(TRIGGER_RE.source, 'y');
const WORD_CHAR_TABLE = (() => {
  const table = new Uint8Array(0x2020);
  for (let c = 0; c < table.length; c++) table[c] = WORD_CHAR_RE.test(String.fromCharCode(c)) ? 1 : 0;
  return table;
})();
function isWordChar(code: number): boolean {
  return code < 0x2020 ? WORD_CHAR_TABLE[code] === 1 : code === 0x2019;
}

/**
 * Finds date expressions (see the module comment for what counts). Returns spans sorted
 * by start, never overlapping; the longest expression wins at each position.
 */
export function findDates(text: string): Span[] {
  const spans: Span[] = [];
  TRIGGER_RE.lastIndex = 0;
  // test() rather than exec(): no match object per trigger; the trigger's start is found by
  // its length, which only the sentence-opening words below need read out
  for (let from = 0; TRIGGER_RE.test(text); from = TRIGGER_RE.lastIndex) {
    const triggerEnd = TRIGGER_RE.lastIndex;
    const at = triggerStart(text, from, triggerEnd);
    // a date starts at a word start: not inside a hyphenated word ("S-300"), but after a dash
    if (at > 0 && isWordChar(text.charCodeAt(at - 1)) && !isDashBefore(text, at)) {
      TRIGGER_RE.lastIndex = nextTryAfterMiss(text, at, triggerEnd);
      continue;
    }
    DATE_AT.lastIndex = at;
    if (!DATE_AT.test(text)) {
      TRIGGER_RE.lastIndex = nextTryAfterMiss(text, at, triggerEnd);
      continue;
    }
    let end = DATE_AT.lastIndex;
    // "Today Times Live", "the Today show": a capitalised "Today" inside a sentence and
    // before another capitalised word is part of a name
    const first = text.charCodeAt(at);
    if ((first === 84 || first === 89) && /^(?:Today|Yesterday|Tomorrow)$/.test(text.slice(at, end)) && /^\s[A-Z]/.test(text.slice(end, end + 2)) && !/(?:^|[.!?:\n]["”’)]?\s*)$/.test(text.slice(Math.max(0, at - 4), at))) {
      TRIGGER_RE.lastIndex = triggerEnd;
      continue;
    }
    TRIGGER_RE.lastIndex = end;
    // a trailing abbreviation period belongs to the date only if more follows on the line
    if (text.charCodeAt(end - 1) === 46 /* . */) {
      const m = text.slice(at, end);
      if (/[A-Za-z]\.$/.test(m) && !/^(?:Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept?|Oct|Nov|Dec)\.$/.test(m)) end -= 1;
    }
    spans.push({ start: at, end });
  }
  return spans;
}

/**
 * Where the trigger that ends at `end` starts: every trigger opens at a word start and holds
 * letters and digits, or two words with one space ("the past", "the 1990s", "a few"); the
 * earliest start from which the trigger pattern ends exactly there is the one the search found.
 */
function triggerStart(text: string, from: number, end: number): number {
  let p = end;
  while (p > from && isAsciiAlnum(text.charCodeAt(p - 1))) p--;
  if (p - 2 >= from && text.charCodeAt(p - 1) === 32) {
    let q = p - 1;
    while (q > from && isAsciiAlnum(text.charCodeAt(q - 1))) q--;
    // only "the"/"The" and "a"/"A" open a two-word trigger: the probe (a regex call) runs for
    // those words alone, not after every word that stands before a trigger
    if (isTheOrA(text, q, p - 1)) {
      TRIGGER_PROBE.lastIndex = q;
      if (TRIGGER_PROBE.test(text) && TRIGGER_PROBE.lastIndex === end) return q;
    }
  }
  return p;
}

/**
 * Where the trigger search goes on after the trigger at `at` (ending at `end`) gave no date:
 * after a two-word trigger ("the last", "a few"), at its second word, which may open a date
 * of its own ("the last Monday" -> "last Monday", "the 2022." -> "2022"); else at `end`.
 */
function nextTryAfterMiss(text: string, at: number, end: number): number {
  const first = text.charCodeAt(at) | 0x20;
  // no one-word trigger is "a" or "the", so "a " or "the " here opens a two-word trigger
  if (first === 97 /* a */ && text.charCodeAt(at + 1) === 32) return at + 2;
  if (first === 116 /* t */ && text.charCodeAt(at + 3) === 32 && isTheOrA(text, at, at + 3)) return at + 4;
  return end;
}

/**
 * Whether the hyphens just before `at` are a dash rather than a joiner inside a word: two or
 * more of them, or one with no word character before it ("-the past week").
 */
function isDashBefore(text: string, at: number): boolean {
  if (text.charCodeAt(at - 1) !== 45 /* - */) return false;
  let q = at - 1;
  while (q > 0 && text.charCodeAt(q - 1) === 45) q--;
  return at - q >= 2 || q === 0 || !isWordChar(text.charCodeAt(q - 1));
}

/** Whether text[from, to) is "the", "The", "a" or "A". */
function isTheOrA(text: string, from: number, to: number): boolean {
  const first = text.charCodeAt(from) | 0x20;
  if (to - from === 1) return first === 97; /* a */
  return to - from === 3 && first === 116 /* t */ && text.charCodeAt(from + 1) === 104 /* h */ && text.charCodeAt(from + 2) === 101; /* e */
}

function isAsciiAlnum(c: number): boolean {
  return (c >= 65 && c <= 90) || (c >= 97 && c <= 122) || (c >= 48 && c <= 57);
}
