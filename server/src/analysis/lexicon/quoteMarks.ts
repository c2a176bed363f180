/**
 * Quote marks as data. `bias` says which way a mark leans when its neighbours do not
 * decide: `open` (“ „ « ‘ ‚), `close` (” » ’), or `either` for the straight marks. The
 * scanner in quotes.ts decides each mark by its neighbours first and by this bias second,
 * so reversed conventions (German „…“, Swedish ”…”, Danish »…«) still pair up.
 */
export type MarkBias = 'open' | 'close' | 'either';

export interface QuoteMark {
  mark: string;
  bias: MarkBias;
  /** Marks of the same family pair with each other (straight with straight, curly with curly…). */
  family: 'straight' | 'curly' | 'guillemet';
}

/** Double marks and guillemets: these open and close the quotes of an article. */
export const DOUBLE_MARKS: readonly QuoteMark[] = [
  { mark: '"', bias: 'either', family: 'straight' },
  { mark: '\u201C', bias: 'open', family: 'curly' }, // “
  { mark: '\u201D', bias: 'close', family: 'curly' }, // ”
  { mark: '\u201E', bias: 'open', family: 'curly' }, // „
  { mark: '\u201F', bias: 'open', family: 'curly' }, // ‟
  { mark: '\u00AB', bias: 'open', family: 'guillemet' }, // «
  { mark: '\u00BB', bias: 'close', family: 'guillemet' }, // »
  { mark: '\u301D', bias: 'open', family: 'curly' }, // 〝
  { mark: '\u301E', bias: 'close', family: 'curly' }, // 〞
  { mark: '\uFF02', bias: 'either', family: 'straight' }, // ＂
];

/**
 * Single marks. These double as apostrophes (today’s, Putin's, rock 'n' roll, '90s), so a
 * single-marked span counts as a quote only when a clear opener and a clear closer of the
 * same family pair up in one paragraph, outside any double-marked quote.
 */
export const SINGLE_MARKS: readonly QuoteMark[] = [
  { mark: "'", bias: 'either', family: 'straight' },
  { mark: '\u2018', bias: 'open', family: 'curly' }, // ‘
  { mark: '\u2019', bias: 'close', family: 'curly' }, // ’
  { mark: '\u201A', bias: 'open', family: 'curly' }, // ‚
  { mark: '\u201B', bias: 'open', family: 'curly' }, // ‛
  { mark: '\u2039', bias: 'open', family: 'guillemet' }, // ‹
  { mark: '\u203A', bias: 'close', family: 'guillemet' }, // ›
];

/** Characters before an opening mark that leave it free to open (besides spaces and the start). */
export const OPEN_BEFORE = '([{\u2014\u2013-/:\u2026*_';
/** Characters after a closing mark that leave it free to close (besides spaces and the end). */
export const CLOSE_AFTER = '.,;:!?)]}\u2026\u2014\u2013-/*_';
