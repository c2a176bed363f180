import { LEADER_TITLES, NATIONALITIES, TITLES } from './lexicon/titles';

/** A title the text gives a person right next to a mention of them. */
export interface TitleOf {
  /** Lower-case title ("president", "prime minister"). */
  title: string;
  /** Country key from the nationality lexicon ("china"), or null when none was given. */
  nat: string | null;
}

const LEADERS = new Set(LEADER_TITLES);
/** The rank of a title that does not match (see resolveTitle). */
const NO_MATCH = 6;

function escape(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

const NAT_WORDS = Object.keys(NATIONALITIES)
  .sort((a, b) => b.length - a.length)
  .map((f) => escape(f).replace(/'/g, "['’]"));
const NAT = `(${NAT_WORDS.join('|')})`;
const TITLE_WORDS = [...TITLES].sort((a, b) => b.length - a.length).map(escape);
const TITLE = `(${TITLE_WORDS.join('|')})`;

// Just before a name: "Chinese President Xi Jinping", "the president, Vladimir Putin",
// "his Chinese counterpart, Xi Jinping", "White House national security spokesman John Kirby".
const BEFORE = new RegExp(`(?:^|[^\\p{L}])(?:${NAT}[ ])?(?:former[ ]|then[ ]|deputy[ ])?${TITLE}(?:,)?[ ]$`, 'iu');
// Just after a name: "Joe Biden, the US president," / "Xi Jinping, China's leader".
const AFTER = new RegExp(`^,[ ](?:the|a|an|${NAT})[ ](?:${NAT}[ ])?(?:former[ ])?${TITLE}(?=[ ]?[,.;:)]|$)`, 'iu');

/**
 * The titles given to the person mentioned at `[start, end)`, read from at most 48
 * characters on either side, so a look-up costs the same in any text.
 */
export function titlesAround(text: string, start: number, end: number): TitleOf[] {
  const out: TitleOf[] = [];
  // Cheap gate first: the word before the name must end a title ("president", "minister,").
  let k = start - 1;
  if (k >= 0 && text.charCodeAt(k) === 32) k--;
  if (k >= 0 && text.charCodeAt(k) === 44) k--;
  let w = k;
  while (w >= 0 && w > k - 20 && isLetter(text.charCodeAt(w))) w--;
  if (k > w && TITLE_LAST_WORDS.has(text.slice(w + 1, k + 1).toLowerCase())) {
    const b = BEFORE.exec(text.slice(Math.max(0, start - 48), start));
    // ("Justice Peter Banda" is a judge; "seeking justice, Maria Lopez said" names none)
    if (b && !(b[2].toLowerCase() === 'justice' && b[2] !== 'Justice')) out.push({ title: b[2].toLowerCase(), nat: natKey(b[1]) });
  }
  if (text.charCodeAt(end) === 44) {
    const a = AFTER.exec(text.slice(end, Math.min(text.length, end + 60)));
    if (a) out.push({ title: a[3].toLowerCase(), nat: natKey(a[2] ?? a[1]) });
  }
  return out;
}

const TITLE_LAST_WORDS = new Set(TITLES.map((t) => t.split(/[ -]/).pop()!));

function isLetter(c: number): boolean {
  return (c >= 65 && c <= 90) || (c >= 97 && c <= 122) || (c >= 0xc0 && c <= 0x24f);
}

function natKey(word: string | undefined): string | null {
  if (!word) return null;
  return NATIONALITIES[word.toLowerCase().replace(/’/g, "'")] ?? null;
}

/**
 * Titles that name one office in other words: "Justice Peter Banda" is "the retired judge";
 * "spokeswoman" and "spokesperson", "chairman" and "chair" are one role.
 */
const SAME_TITLE: Readonly<Record<string, string>> = {
  justice: 'judge',
  spokeswoman: 'spokesperson',
  spokesman: 'spokesperson',
  chairwoman: 'chair',
  chairman: 'chair',
  chairperson: 'chair',
};

function sameTitle(title: string): string {
  const head = title.lastIndexOf(' ');
  const last = head < 0 ? title : title.slice(head + 1);
  const same = Object.prototype.hasOwnProperty.call(SAME_TITLE, last) ? SAME_TITLE[last] : undefined;
  return same === undefined ? title : head < 0 ? same : title.slice(0, head + 1) + same;
}

/** A mention of a person, as attribution keeps them (sorted by start). */
export interface PersonMention {
  start: number;
  end: number;
}

/**
 * The person a description such as "the Russian president" or "the Chinese leader" refers
 * to: the latest earlier mention given the same title (or, for a head-of-state word like
 * "leader", any head-of-state title) with a matching nationality, exact matches of both
 * first. Looks back at most `maxSteps` mentions, so resolution is bounded.
 */
export function resolveTitle<P extends PersonMention>(
  text: string,
  persons: readonly P[],
  before: number,
  title: string,
  nat: string | null,
  cache: Map<number, TitleOf[]>,
  maxSteps = 60,
): P | null {
  let lo = 0;
  let hi = persons.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (persons[mid].start < before) lo = mid + 1;
    else hi = mid;
  }
  const leader = LEADERS.has(title);
  // Priority of a title match: 0 same title and nationality, 1 a head-of-state title and the
  // nationality, 2 a title with that head word ("foreign minister" for "the minister") and the
  // nationality, 3-5 the same with no nationality to compare.
  title = sameTitle(title);
  const suffix = ' ' + title;
  const rank = (t: TitleOf): number => {
    const natSame = nat !== null && t.nat === nat;
    const natOpen = nat === null || t.nat === null;
    const given = sameTitle(t.title);
    const headed = given.endsWith(suffix);
    if (given === title && natSame) return 0;
    if (leader && LEADERS.has(t.title) && natSame) return 1;
    if (headed && natSame) return 2;
    if (given === title && natOpen) return 3;
    if (leader && LEADERS.has(t.title) && natOpen) return 4;
    if (headed && natOpen) return 5;
    return NO_MATCH;
  };
  let best: P | null = null;
  let bestRank = NO_MATCH;
  for (let i = lo - 1, n = 0; i >= 0 && n < maxSteps && bestRank > 0; i--, n++) {
    const p = persons[i];
    let titles = cache.get(p.start);
    if (!titles) {
      titles = titlesAround(text, p.start, p.end);
      cache.set(p.start, titles);
    }
    for (const t of titles) {
      const r = rank(t);
      if (r < bestRank) {
        bestRank = r;
        best = p;
      }
    }
  }
  return best;
}

