import type { Span } from './types';

/**
 * Date expressions, in the conventional NER sense (as in OntoNotes DATE):
 *  - named days and months: "Friday", "December", "December 21", "21 December 2022",
 *    "March 24, 2023", "Friday, March 24, 2023", "January 2021", "mid-March";
 *  - days and months with a deictic word: "this Friday", "last Monday", "next March",
 *    "late Thursday", "early December";
 *  - relative expressions of the calendar: "last year", "next week", "this month",
 *    "next spring", "last summer", "the past decades", "ten months ago", "two years ago",
 *    "yesterday", "today", "tomorrow";
 *  - years where a year is meant: "in 2021", "since 1991", "2023." (a four-digit number
 *    from 1800 to 2099 after a preposition or standing alone before punctuation), decades
 *    ("the 1990s"), and numeric dates ("2023-03-24", "24/03/2023");
 *  - public holidays: "Christmas", "New Year", "New Year's Eve", "Easter", "Ramadan".
 * Not dates: clock times ("5 p.m."), durations without a calendar anchor ("for three
 * years", "year-long"), bare seasons ("in the spring"), and "now".
 */

const MONTH_FULL = 'January|February|March|April|June|July|August|September|October|November|December';
const MONTH_ABBR = 'Jan\\.?|Feb\\.?|Mar\\.?|Apr\\.?|Jun\\.?|Jul\\.?|Aug\\.?|Sept?\\.?|Oct\\.?|Nov\\.?|Dec\\.?';
const WEEKDAY = 'Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday';
const SEASON = 'spring|summer|autumn|fall|winter';
const UNIT = 'week|weekend|month|year|decade|century|quarter';
const NUMBER_WORD = 'one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fifteen|twenty|thirty|fifty|a few|few|several|many|a couple of|a|\\d{1,3}';
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
  `|(?:${MONTH_FULL}))`;

const PATTERNS = [
  // weekday, optionally with the full date after it: "Friday, March 24, 2023"
  `(?:(?:${DEICTIC})\\s+)?(?:${WEEKDAY})(?:,?\\s+(?:${MONTH_DATE}|${MAY_DAY}))?`,
  // a deictic word before a month or the month "May": "early December", "last May"
  `(?:(?:${DEICTIC}|[Mm]id)[\\s-]+)?${MONTH_DATE}`,
  `(?:(?:${DEICTIC}|[Mm]id)[\\s-]+May|(?<=\\b(?:[Ii]n|[Ss]ince|[Uu]ntil|[Bb]y|[Ff]rom|[Dd]uring|[Oo]f)\\s)May)(?![\\p{L}])`,
  // relative calendar expressions: "last year", "next spring", "the past two decades", "ten months ago"
  `(?:(?:[Tt]he\\s+)?(?:${DEICTIC}|[Ff]ollowing)\\s+(?:(?:${NUMBER_WORD})\\s+)?(?:${UNIT}|${SEASON})s?(?:\\s+(?:of\\s+)?${YEAR})?)`,
  `(?:(?:${NUMBER_WORD})\\s+(?:days?|(?:${UNIT})s?)\\s+ago)`,
  `(?:(?:[Ss]pring|[Ss]ummer|[Aa]utumn|[Ff]all|[Ww]inter)\\s+(?:of\\s+)?${YEAR})`,
  `(?:[Yy]esterday|[Tt]oday|[Tt]omorrow)`,
  // holidays
  `(?:New\\s+Year(?:['’]s)?(?:\\s+(?:Day|Eve))?|Christmas(?:\\s+(?:Day|Eve))?|Easter|Ramadan|Eid(?:\\s+al-(?:Fitr|Adha))?|Thanksgiving|Hanukkah|Diwali|Passover|Yom\\s+Kippur|Lunar\\s+New\\s+Year|Independence\\s+Day|Victory\\s+Day|Labou?r\\s+Day)`,
  // numeric dates
  `(?:${YEAR}-[01]\\d-[0-3]\\d|[0-3]?\\d/[01]?\\d/(?:${YEAR}|\\d\\d))`,
  // decades
  `(?:(?:[Tt]he\\s+)?(?:1[89]|20)\\d0s)`,
  // years after a word that introduces one
  `(?:(?<=\\b(?:[Ii]n|[Ss]ince|[Uu]ntil|[Bb]y|[Ff]rom|[Tt]o|[Bb]efore|[Aa]fter|[Dd]uring|[Tt]hrough|[Oo]f|[Ee]arly|[Ll]ate|[Mm]id|[Yy]ear)[\\s-])${YEAR})`,
  // a year standing alone before punctuation: "... in the 2022 elections" is left out
  `(?:${YEAR}(?=[.,;:)!?]))`,
];

// Letters and digits as explicit ranges: the u flag and \\p{L} make every step slower.
const WORD_CHAR = 'A-Za-z0-9_\\u00C0-\\u024F\\u0370-\\u03FF\\u0400-\\u04FF';
/** Every date pattern, tried only where a trigger word starts (sticky). */
const DATE_AT = new RegExp(`(?:${PATTERNS.join('|')})(?![${WORD_CHAR}]|['’][A-Za-z]{2})`, 'y');
/**
 * Where a date can start: a day or month name, a deictic word, a holiday, a number or a
 * number word. Cheap to scan for; the full patterns run only at these places.
 */
const TRIGGER_RE = new RegExp(
  // at a word start, grouped by first letter, so that the engine dispatches on one character
  '\\b(?:[Mm](?:onday|ar|ay|id|any)|' +
    '[Tt](?:uesday|hursday|his|oday|omorrow|wo|hree|en|welve|wenty|hirty|hanksgiving|he (?:[Pp]ast|[Ll]ast|[Nn]ext|[Cc]oming|[Pp]revious|[Ff]ollowing|1[89]|20))|' +
    '[Ww](?:ednesday|inter)|[Ff](?:riday|eb|ollowing|all|our|ive|ifteen|ifty|ew)|' +
    '[Ss](?:aturday|unday|ep|pring|ummer|ix|even|everal)|J(?:an|u[nl])|' +
    '[Aa](?:pr|ug|utumn| (?:few|couple|day|week|month|year|decade|century))|Oct|[Oo]ne|[Nn](?:ov|ext|ew|ine)|' +
    'D(?:ec|iwali)|[Ll](?:ast|ate|abou?r|unar)|[Cc](?:oming|hristmas)|[Pp](?:ast|revious|assover)|' +
    '[Ee](?:arl|aster|id|ight|leven)|[Yy](?:esterday|om)|Ramadan|Hanukkah|Independence|Victory|[0-9])',
  'g',
);
const WORD_CHAR_RE = new RegExp(`[${WORD_CHAR}'’.-]`);

/**
 * Finds date expressions (see the module comment for what counts). Returns spans sorted
 * by start, never overlapping; the longest expression wins at each position.
 */
export function findDates(text: string): Span[] {
  const spans: Span[] = [];
  TRIGGER_RE.lastIndex = 0;
  for (let t = TRIGGER_RE.exec(text); t !== null; t = TRIGGER_RE.exec(text)) {
    const at = t.index;
    // a date starts at a word start
    if (at > 0 && WORD_CHAR_RE.test(text[at - 1]!)) continue;
    DATE_AT.lastIndex = at;
    const m = DATE_AT.exec(text);
    if (m === null) continue;
    // "Today Times Live", "the Today show": a capitalised "Today" inside a sentence and
    // before another capitalised word is part of a name
    if (/^(?:Today|Yesterday|Tomorrow)$/.test(m[0]) && /^\s[A-Z]/.test(text.slice(at + m[0].length, at + m[0].length + 2)) && !/(?:^|[.!?:\n]["”’)]?\s*)$/.test(text.slice(Math.max(0, at - 4), at))) continue;
    let end = at + m[0].length;
    TRIGGER_RE.lastIndex = end;
    // a trailing abbreviation period belongs to the date only if more follows on the line
    if (text.charCodeAt(end - 1) === 46 /* . */ && /[A-Za-z]\.$/.test(m[0]) && !/^(?:Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept?|Oct|Nov|Dec)\.$/.test(m[0])) {
      end -= 1;
    }
    spans.push({ start: at, end });
  }
  return spans;
}
