/**
 * Deterministic synthetic news text for the benchmark and the property tests.
 *
 * Everything here is generated from a seeded PRNG, so the same seed always gives the same
 * corpus, byte for byte, on every machine. The text imitates the parts of news copy that
 * make the engine work: quotes with said-clauses before, after and between pieces,
 * appositive roles, "according to" channels, colon quotes, partial quotes in reported
 * speech, multi-paragraph quotes, unclosed quotes, scare quotes, curly/straight/guillemet/
 * low-9 marks, apostrophes, names, organisations, places and dates, a headline, a dateline,
 * page furniture and a trailing source line. Names are invented combinations.
 */

import { mulberry32 } from '../test/support/prng';

export { mulberry32 };

/** Convenience wrapper over a seeded PRNG. */
export class Rng {
  private readonly next: () => number;
  constructor(seed: number) {
    this.next = mulberry32(seed);
  }
  /** A float in [0, 1). */
  float(): number {
    return this.next();
  }
  /** An integer in [0, n). */
  int(n: number): number {
    return Math.floor(this.next() * n);
  }
  /** An integer in [lo, hi]. */
  range(lo: number, hi: number): number {
    return lo + this.int(hi - lo + 1);
  }
  pick<T>(items: readonly T[]): T {
    return items[this.int(items.length)];
  }
  chance(p: number): boolean {
    return this.next() < p;
  }
}

const FIRST = [
  'Maria', 'Daniel', 'Amira', 'Tomasz', 'Li', 'Kwame', 'Sofia', 'Jonas', 'Elena', 'Rahul',
  'Aisha', 'Pedro', 'Nadia', 'Henrik', 'Yuki', 'Olga', 'Samuel', 'Fatima', 'Lucas', 'Ingrid',
  'José', 'Zoë', 'Bogdan', 'Chloé', 'Mehmet', 'Anouk', 'Tariq', 'Grace', 'Mateus', 'Leila',
] as const;
const FEMALE = new Set(['Maria', 'Amira', 'Sofia', 'Elena', 'Aisha', 'Nadia', 'Yuki', 'Olga', 'Fatima', 'Ingrid', 'Zoë', 'Chloé', 'Anouk', 'Grace', 'Leila']);
const LAST = [
  'Okafor', 'Reyes', 'Haddad', 'Nowak', 'Chen', 'Mensah', 'Lindqvist', 'Petrova', 'Sharma', 'Costa',
  'Brennan', 'Ivanenko', 'Tanaka', 'Álvarez', 'Moreau', 'Kowalski', 'Adeyemi', 'Fischer', 'Novak',
  'Gallagher', 'Van der Berg', 'Oyelaran', "O'Neill", 'Dąbrowska', 'Nguyen', 'Castellanos',
] as const;
const ROLES = [
  'a senior fellow at the {org}', 'the finance minister', 'a spokesperson for the {org}',
  'the mayor of {place}', 'an economist at the {org}', 'the head of the {org}',
  'a professor of political science at the University of {place}', 'the defence minister',
  'a lawyer representing the families', 'the chief executive of {org}',
] as const;
const TITLES = ['President', 'Minister', 'Senator', 'Governor', 'Dr.', 'General', 'Mayor', 'Judge'] as const;
const OFFICES = ['president', 'minister', 'leader', 'governor', 'spokesman', 'ambassador'] as const;
const ORGS = [
  'Ministry of Finance', 'Northbridge Institute', 'Central Bank', 'Harbor Workers Union',
  'World Health Organization', 'European Commission', 'Supreme Court', 'Council for Energy Policy',
  'Kestrel Mining Group', 'National Electoral Board', 'Red Cross', 'Institute for Strategic Studies',
] as const;
const AGENCIES = ['Reuters', 'AFP', 'the Associated Press', 'Bloomberg', 'EFE', 'Agence France-Presse', 'dpa'] as const;
const PLACES = [
  'Lisbon', 'Nairobi', 'Kherson', 'Oslo', 'Manila', 'Quito', 'Gdańsk', 'Toronto', 'Accra', 'Busan',
  'São Paulo', 'Kraków', 'Marseille', 'Samarkand', 'Addis Ababa', 'New Delhi', 'the West', 'Brussels',
  'Cape Town', 'Kyiv', 'Beijing', 'Bogotá', 'Zaporizhzhia',
] as const;
const COUNTRY_ADJ = ['Portuguese', 'Kenyan', 'Ukrainian', 'Norwegian', 'Chinese', 'Brazilian', 'Polish', 'French', 'Indian'] as const;
const WEEKDAYS = ['Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday', 'Sunday'] as const;
const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'] as const;
const VERBS = ['said', 'added', 'told reporters', 'warned', 'insisted', 'noted', 'explained', 'claimed', 'argued', 'stressed', 'admitted', 'recalled', 'replied'] as const;
const WORDS = [
  'we', 'will', 'not', 'accept', 'the', 'terms', 'of', 'this', 'deal', 'and', 'our', 'people',
  'deserve', 'better', 'than', 'empty', 'promises', 'from', 'a', 'government', 'that', 'has',
  'lost', 'touch', 'with', 'reality', 'it', 'is', 'time', 'to', 'act', 'there', 'no', 'plan',
  'for', 'winter', 'prices', 'are', 'rising', 'every', 'week', 'families', 'cannot', 'wait',
  'any', 'longer', 'talks', 'were', 'constructive', 'but', 'much', 'remains', 'be', 'done',
  'nobody', 'wants', 'another', 'crisis', 'like', 'last', 'year', 'ceasefire', 'must', 'hold',
  'investors', 'need', 'clarity', 'on', 'rules', 'budget', 'numbers', 'simply', 'do', 'add', 'up',
  'today’s', 'decision', 'region’s', "country's", 'future', 'security', 'water', 'roads', 'schools',
] as const;
const TOPICS = [
  'the new budget', 'grain exports', 'the port expansion', 'emergency funding', 'the energy crisis',
  'a draft ceasefire', 'rising food prices', 'the election timetable', 'flood defences', 'the mining licence',
] as const;
const SCARE = ['reform', 'loser', 'special operation', 'friendship', 'tsar', 'experts', 'temporary', 'historic'] as const;
const FURNITURE = ['Advertisement', 'Must read', 'Also Read', 'Related Read', 'Leave a Reply', 'More articles', 'spot_img'] as const;

interface Marks {
  open: string;
  close: string;
}
const MARK_STYLES: readonly Marks[] = [
  { open: '“', close: '”' },
  { open: '“', close: '”' },
  { open: '"', close: '"' },
  { open: '"', close: '"' },
  { open: '«', close: '»' },
  { open: '„', close: '“' },
  { open: '“', close: '"' }, // mixed marks, common in pasted copy
];

interface Person {
  first: string;
  last: string;
  title: string;
  role: string;
  female: boolean;
}

/** Writes one article at a time; the cast of each article is drawn from the PRNG. */
class ArticleWriter {
  private readonly cast: Person[] = [];
  private marks: Marks;

  constructor(private readonly rng: Rng) {
    const n = rng.range(2, 4);
    for (let i = 0; i < n; i++) {
      const first = rng.pick(FIRST);
      this.cast.push({
        first,
        last: rng.pick(LAST),
        title: rng.pick(TITLES),
        role: this.fill(rng.pick(ROLES)),
        female: FEMALE.has(first),
      });
    }
    this.marks = rng.pick(MARK_STYLES);
  }

  private fill(template: string): string {
    return template.replace('{org}', this.rng.pick(ORGS)).replace('{place}', this.rng.pick(PLACES));
  }

  private words(lo: number, hi: number): string {
    const n = this.rng.range(lo, hi);
    const out: string[] = [];
    for (let i = 0; i < n; i++) out.push(this.rng.pick(WORDS));
    return out.join(' ');
  }

  private capitalised(lo: number, hi: number): string {
    const w = this.words(lo, hi);
    return w.charAt(0).toUpperCase() + w.slice(1);
  }

  private date(): string {
    const r = this.rng.int(6);
    if (r === 0) return `on ${this.rng.pick(WEEKDAYS)}`;
    if (r === 1) return `on ${this.rng.pick(MONTHS)} ${this.rng.range(1, 28)}, ${this.rng.range(2015, 2026)}`;
    if (r === 2) return `in ${this.rng.pick(MONTHS)} ${this.rng.range(2015, 2026)}`;
    if (r === 3) return 'last year';
    if (r === 4) return `this ${this.rng.pick(WEEKDAYS)}`;
    return `late ${this.rng.pick(WEEKDAYS)}`;
  }

  private person(): Person {
    return this.rng.pick(this.cast);
  }

  private open(): string {
    // Most articles keep one mark style; some switch mid-way.
    if (this.rng.chance(0.05)) this.marks = this.rng.pick(MARK_STYLES);
    return this.marks.open;
  }

  private fullName(p: Person): string {
    return this.rng.chance(0.3) ? `${p.title} ${p.first} ${p.last}` : `${p.first} ${p.last}`;
  }

  private plain(): string {
    const p = this.person();
    switch (this.rng.int(6)) {
      case 0:
        return `Officials in ${this.rng.pick(PLACES)} met ${this.date()} to discuss ${this.rng.pick(TOPICS)}.`;
      case 1:
        return `${this.fullName(p)} travelled to ${this.rng.pick(PLACES)} ${this.date()}, where the ${this.rng.pick(ORGS)} was expected to publish its report.`;
      case 2:
        return `The ${this.rng.pick(ORGS)} has not commented on ${p.last}'s remarks about ${this.rng.pick(TOPICS)}.`;
      case 3:
        return `${this.capitalised(8, 20)}.`;
      case 4:
        return `However, ${this.rng.pick(COUNTRY_ADJ)} officials said ${this.rng.pick(TOPICS)} would be reviewed ${this.date()}.`;
      default:
        return `Since ${this.rng.pick(MONTHS)}, ${this.words(6, 14)} in ${this.rng.pick(PLACES)}.`;
    }
  }

  private quote(): string {
    const p = this.person();
    const o = this.open();
    const c = this.marks.close;
    const verb = this.rng.pick(VERBS);
    const pron = p.female ? 'she' : 'he';
    switch (this.rng.int(10)) {
      case 0:
        return `${o}${this.capitalised(6, 22)},${c} ${p.first} ${p.last} ${verb}.`;
      case 1:
        return `${o}${this.capitalised(6, 22)},${c} said ${this.fullName(p)}, ${p.role}.`;
      case 2:
        return `${o}${this.capitalised(6, 22)},${c} ${p.last}, ${p.role}, ${verb}.`;
      case 3:
        return `According to ${this.rng.pick(AGENCIES)}, ${p.last} said the plan was ${o}${this.words(3, 9)}${c}.`;
      case 4:
        return `${this.fullName(p)} ${verb}: ${o}${this.capitalised(6, 22)}.${c}`;
      case 5:
        return `${o}${this.capitalised(4, 12)},${c} ${pron} said. ${o}${this.capitalised(6, 18)}.${c}`;
      case 6:
        return `Critics called the move a ${o}${this.rng.pick(SCARE)}${c} and said it would change little.`;
      case 7:
        return `The ${this.rng.pick(ORGS)} said in a statement that it would ${o}${this.words(4, 10)}${c} ${this.date()}.`;
      case 8:
        return `${o}${this.capitalised(6, 16)},${c} the ${this.rng.pick(COUNTRY_ADJ)} ${this.rng.pick(OFFICES)} told ${this.rng.pick(AGENCIES)}.`;
      default:
        return `${p.last} warned of ${o}${this.words(2, 6)}${c} if ${this.rng.pick(TOPICS)} failed.`;
    }
  }

  /** A paragraph of 2..6 sentences, about half of them with quotes. */
  private paragraph(): string {
    const n = this.rng.range(2, 6);
    const parts: string[] = [];
    for (let i = 0; i < n; i++) parts.push(this.rng.chance(0.5) ? this.quote() : this.plain());
    return parts.join(' ');
  }

  /** News-style quote running over two or three paragraphs: each paragraph re-opens, only the last closes. */
  private multiParagraphQuote(): string[] {
    const p = this.person();
    const o = this.open();
    const c = this.marks.close;
    const paras = [`${o}${this.capitalised(10, 25)},${c} ${p.first} ${p.last} said. ${o}${this.capitalised(10, 25)}.`];
    if (this.rng.chance(0.5)) paras.push(`${o}${this.capitalised(10, 25)}.`);
    paras.push(`${o}${this.capitalised(8, 20)}.${c}`);
    return paras;
  }

  /** A quote whose closing mark never comes: the paragraph ends first. */
  private unclosed(): string {
    const p = this.person();
    return `${p.first} ${p.last} ${this.rng.pick(VERBS)} that ${this.open()}${this.words(8, 20)}.`;
  }

  article(targetChars: number): string {
    const rng = this.rng;
    const lines: string[] = [];
    lines.push(`${this.capitalised(5, 12)} in ${rng.pick(PLACES)}`);
    if (rng.chance(0.3)) lines.push(`${rng.pick(WEEKDAYS)}, ${rng.pick(MONTHS)} ${rng.range(1, 28)}, ${rng.range(2015, 2026)}`);
    if (rng.chance(0.2)) lines.push(rng.pick(FURNITURE));
    lines.push('');
    let size = lines.join('\n').length;
    while (size < targetChars) {
      let paras: string[];
      const r = rng.float();
      if (r < 0.08) paras = this.multiParagraphQuote();
      else if (r < 0.13) paras = [this.unclosed()];
      else if (r < 0.16) paras = [rng.pick(FURNITURE)];
      else paras = [this.paragraph()];
      for (const para of paras) {
        lines.push(para);
        size += para.length + 1;
        if (rng.chance(0.4)) {
          lines.push('');
          size += 1;
        }
      }
    }
    if (rng.chance(0.4)) lines.push(`Source: ${rng.pick(AGENCIES)}`);
    const eol = rng.chance(0.1) ? '\r\n' : '\n';
    return lines.join(eol) + eol;
  }
}

/** One synthetic article of about `targetChars` UTF-16 code units. */
export function syntheticArticle(rng: Rng, targetChars: number): string {
  return new ArticleWriter(rng).article(targetChars);
}

export interface Corpus {
  /** The documents, real fixtures first, then synthetic articles. */
  articles: string[];
  /** Total UTF-8 bytes of all documents. */
  bytes: number;
}

/**
 * A corpus of about `targetBytes` UTF-8 bytes: the real `fixtures` (each included once,
 * plus variants of them with shuffled paragraphs so the real copy weighs more), then
 * synthetic articles of 2–8 KB (mean about 5 KB) until the target is reached.
 */
export function buildCorpus(opts: { seed: number; targetBytes: number; fixtures?: readonly string[] }): Corpus {
  const rng = new Rng(opts.seed);
  const articles: string[] = [];
  let bytes = 0;
  const add = (text: string) => {
    articles.push(text);
    bytes += Buffer.byteLength(text, 'utf8');
  };
  const fixtures = opts.fixtures ?? [];
  for (const f of fixtures) add(f);
  let i = 0;
  while (bytes < opts.targetBytes) {
    if (fixtures.length > 0 && i % 10 === 9) {
      // Every tenth document is a real article with its paragraphs reordered.
      const paras = rng.pick(fixtures).split(/\n+/);
      for (let k = paras.length - 1; k > 0; k--) {
        const j = rng.int(k + 1);
        [paras[k], paras[j]] = [paras[j], paras[k]];
      }
      add(paras.join('\n') + '\n');
    } else {
      add(syntheticArticle(rng, rng.range(2000, 8000)));
    }
    i++;
  }
  return { articles, bytes };
}

/**
 * One document of about `targetBytes` UTF-8 bytes made by joining `articles` (cycling)
 * with blank lines, so its per-byte cost is comparable with the articles on their own.
 */
export function joinToSize(articles: readonly string[], targetBytes: number): string {
  if (articles.length === 0) throw new Error('joinToSize: no articles to join');
  const parts: string[] = [];
  let bytes = 0;
  for (let i = 0; bytes < targetBytes; i++) {
    const a = articles[i % articles.length];
    parts.push(a);
    bytes += Buffer.byteLength(a, 'utf8') + 1;
  }
  return parts.join('\n');
}
