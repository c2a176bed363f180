import { LEADER_TITLES, NATIONALITIES, TITLES } from './lexicon/titles';

/** A person given a title in the text: "Chinese President Xi Jinping", "the president, Vladimir Putin". */
export interface TitleRecord {
  /** Lower-case title ("president", "prime minister"). */
  title: string;
  /** Country key from the nationality lexicon ("china"), or null when none was given. */
  nat: string | null;
  name: string;
  nameStart: number;
  nameEnd: number;
  /** The words before the name ("Chinese President"), for gender hints such as "Mr". */
  prefix: string;
}

const LEADERS = new Set(LEADER_TITLES);

function escape(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
function capitalise(s: string): string {
  return s
    .split(' ')
    .map((w) => (w.length <= 3 && /^[a-z.]+$/.test(w) && /\./.test(w) ? w.toUpperCase() : w.charAt(0).toUpperCase() + w.slice(1)))
    .join(' ');
}

const NAT_FORMS = Object.keys(NATIONALITIES)
  .flatMap((k) => {
    const forms = [capitalise(k)];
    if (k.length <= 4) forms.push(k.toUpperCase());
    return forms;
  })
  .sort((a, b) => b.length - a.length)
  .map((f) => escape(f).replace(/'/g, "['’]"));
const NAT = `(${NAT_FORMS.join('|')})`;
const TITLE_LOWER = [...TITLES].sort((a, b) => b.length - a.length).map(escape);
const TITLE_CAP = TITLE_LOWER.map((t) => t.split(' ').map((w) => w.charAt(0).toUpperCase() + w.slice(1)).join(' '));
const NAME = "(\\p{Lu}[\\p{Ll}\\p{M}'’\\-]+(?:[ ]\\p{Lu}[\\p{Ll}\\p{M}'’\\-]+){0,2})";

// "Chinese President Xi Jinping", "President Volodymyr Zelensky", "Indian Prime Minister Narendra Modi"
const BEFORE_NAME = new RegExp(`(?:\\b${NAT}[ ])?\\b(?:[Ff]ormer[ ])?(${TITLE_CAP.join('|')})[ ]${NAME}`, 'gu');
// "the president, Vladimir Putin", "his Chinese counterpart, Xi Jinping"
const THE_TITLE_COMMA_NAME = new RegExp(`\\b(?:the|his|her|its|their)[ ](?:${NAT}[ ])?(?:former[ ])?(${TITLE_LOWER.join('|')}),[ ]${NAME}`, 'gu');
// "Joe Biden, the US president"
const NAME_COMMA_THE_TITLE = new RegExp(`${NAME},[ ](?:the|a|an)[ ](?:${NAT}[ ])?(?:former[ ])?(${TITLE_LOWER.join('|')})(?=[ ]?[,.;:)]|$)`, 'gu');

/**
 * Every person the text gives a title, found in three linear regex passes, and resolution of
 * descriptions such as "the Russian president" or "the Chinese leader" to the latest of them
 * that fits. Resolution looks back a bounded number of records.
 */
export class TitleIndex {
  readonly records: TitleRecord[] = [];

  constructor(text: string, limit: number = text.length) {
    const source = limit < text.length ? text.slice(0, limit) : text;
    for (const m of source.matchAll(BEFORE_NAME)) {
      const name = m[3];
      const nameStart = (m.index ?? 0) + m[0].length - name.length;
      this.add(m[2].toLowerCase(), m[1], name, nameStart, m[0].slice(0, m[0].length - name.length));
    }
    for (const m of source.matchAll(THE_TITLE_COMMA_NAME)) {
      const name = m[3];
      const nameStart = (m.index ?? 0) + m[0].length - name.length;
      this.add(m[2].toLowerCase(), m[1], name, nameStart, '');
    }
    for (const m of source.matchAll(NAME_COMMA_THE_TITLE)) {
      const name = m[1];
      this.add(m[3].toLowerCase(), m[2], name, m.index ?? 0, '');
    }
    this.records.sort((a, b) => a.nameStart - b.nameStart);
  }

  private add(title: string, nat: string | undefined, name: string, nameStart: number, prefix: string): void {
    const key = nat ? NATIONALITIES[nat.toLowerCase().replace(/’/g, "'")] ?? null : null;
    this.records.push({ title, nat: key, name, nameStart, nameEnd: nameStart + name.length, prefix });
  }

  /**
   * The person a description such as "the Russian president" refers to: the latest record
   * before `offset` with the same title (or, for a head-of-state word like "leader", any
   * head-of-state title) whose nationality matches, preferring exact matches of both.
   */
  resolve(title: string, nat: string | null, offset: number, leader: boolean): TitleRecord | null {
    let hi = this.records.length;
    let lo = 0;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (this.records[mid].nameStart < offset) lo = mid + 1;
      else hi = mid;
    }
    const from = lo - 1;
    const passes: ((r: TitleRecord) => boolean)[] = [
      (r) => r.title === title && nat !== null && r.nat === nat,
      (r) => r.title === title && (nat === null || r.nat === null),
      (r) => leader && LEADERS.has(r.title) && nat !== null && r.nat === nat,
      (r) => leader && LEADERS.has(r.title) && (nat === null || r.nat === null),
    ];
    for (const fits of passes) {
      for (let i = from, n = 0; i >= 0 && n < 80; i--, n++) {
        const r = this.records[i];
        if (offset - r.nameStart > 20000) break;
        if (fits(r)) return r;
      }
    }
    return null;
  }
}
