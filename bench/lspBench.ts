/**
 * Part 2: language-server latency over stdio, against the BUILT server. Each figure is the
 * wall time from sending a request (or the didChange before it) to receiving its answer, as
 * an editor sees it; requests are sent one at a time.
 */
import { LspSession, Unavailable } from './lsp';
import { median, nowMs, percentile } from './stats';
import { describe } from './engine';
import { WARM_UP_DONE } from '../server/src/protocol';

export interface LatencyStats {
  samples: number;
  p50: number | null;
  p95: number | null;
  max: number | null;
  note?: string;
}

export interface LspReport {
  server: string;
  initializeMs: number | null;
  /**
   * semanticTokens/full for the 5 KB article opened at once after start-up, while the server
   * is still warming up (reported; the goals are timed after the warm-up).
   */
  firstTokensMs: number | null;
  /** From `initialized` to the server's "warmed up" log line; null if none came within 5 s. */
  warmUpMs: number | null;
  /** Why the whole part is n/a, if it is. */
  unavailable?: string;
  small: { bytes: number; cold: LatencyStats; warm: LatencyStats; tokens: number | null };
  big: { bytes: number; cold: LatencyStats; warm: LatencyStats; tokens: number | null };
  hover: LatencyStats & { nonEmpty: number };
  editToTokens: LatencyStats & { stale: number; checked: number };
  rss: { hwmKb: number; rssKb: number } | null;
}

export function latencyStats(xs: readonly number[], note?: string): LatencyStats {
  if (xs.length === 0) return { samples: 0, p50: null, p95: null, max: null, note };
  return { samples: xs.length, p50: median(xs), p95: percentile(xs, 95), max: Math.max(...xs), ...(note ? { note } : {}) };
}

const NA = (note: string): LatencyStats => ({ samples: 0, p50: null, p95: null, max: null, note });

export interface Token {
  line: number;
  char: number;
  length: number;
  type: number;
  mods: number;
}

/** Decodes LSP relative semantic-token data into absolute positions. */
export function decodeTokens(data: readonly number[]): Token[] {
  const out: Token[] = [];
  let line = 0;
  let char = 0;
  for (let i = 0; i + 4 < data.length; i += 5) {
    line += data[i];
    char = data[i] === 0 ? char + data[i + 1] : data[i + 1];
    out.push({ line, char, length: data[i + 2], type: data[i + 3], mods: data[i + 4] });
  }
  return out;
}

async function timeTokens(s: LspSession, uri: string, timeoutMs: number): Promise<{ ms: number; data: number[] }> {
  const t0 = nowMs();
  const res = await s.semanticTokens(uri, timeoutMs);
  return { ms: nowMs() - t0, data: res?.data ?? [] };
}

/**
 * Cold = the first tokens request after didOpen of a document the server has never seen
 * (fresh uri each time); warm = the same request repeated on an unchanged document.
 */
async function tokenLatency(
  s: LspSession,
  name: string,
  text: string,
  coldRuns: number,
  warmRuns: number,
  timeoutMs: number,
): Promise<{ cold: LatencyStats; warm: LatencyStats; tokens: number | null; uri: string }> {
  if (!s.hasSemanticTokens) {
    const na = NA('server declares no semanticTokensProvider.full');
    return { cold: na, warm: na, tokens: null, uri: '' };
  }
  const cold: number[] = [];
  let uri = '';
  let tokens = 0;
  for (let i = 0; i < coldRuns; i++) {
    if (uri) s.close(uri);
    uri = `file:///bench/${name}-${i}.article`;
    s.open(uri, text);
    const r = await timeTokens(s, uri, timeoutMs);
    cold.push(r.ms);
    tokens = r.data.length / 5;
  }
  const warm: number[] = [];
  for (let i = 0; i < warmRuns; i++) warm.push((await timeTokens(s, uri, timeoutMs)).ms);
  return { cold: latencyStats(cold), warm: latencyStats(warm), tokens, uri };
}

/** Offsets to hover: evenly spread over the text, plus one inside each quote mark pair the text has. */
export function hoverOffsets(text: string, spread: number): number[] {
  const out: number[] = [];
  for (let i = 0; i < spread; i++) out.push(Math.floor(((i + 0.5) * text.length) / spread));
  const re = /[“"«„]/g;
  for (let m = re.exec(text); m !== null; m = re.exec(text)) out.push(Math.min(text.length, m.index + 2));
  return out;
}

/**
 * Picks where to type one character, as someone correcting a word would: inside a word
 * (letters on both sides), before a token on the same line and outside every token, so the
 * edit moves that token. Returns the offset and the token's index, or null.
 */
export function pickEdit(text: string, tokens: readonly Token[], lineStarts: readonly number[], nth: number): { offset: number; token: number } | null {
  if (tokens.length === 0) return null;
  for (let k = 0; k < tokens.length; k++) {
    const ti = (nth * 7919 + k) % tokens.length;
    const t = tokens[ti];
    const lineStart = lineStarts[t.line];
    if (lineStart === undefined) continue;
    // Tokens of this line that end before t: the edit must not fall inside them.
    const prevEnd = ti > 0 && tokens[ti - 1].line === t.line ? lineStart + tokens[ti - 1].char + tokens[ti - 1].length : lineStart;
    for (let off = lineStart + t.char - 1; off > prevEnd; off--) {
      if (isLetter(text.charCodeAt(off - 1)) && isLetter(text.charCodeAt(off)) && isLower(text.charCodeAt(off))) {
        return { offset: off, token: ti };
      }
    }
  }
  return null;
}

function isLetter(c: number): boolean {
  return (c >= 97 && c <= 122) || (c >= 65 && c <= 90);
}
function isLower(c: number): boolean {
  return c >= 97 && c <= 122;
}

export function lineStartsOf(text: string): number[] {
  const starts = [0];
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 13) {
      if (text.charCodeAt(i + 1) === 10) i++;
      starts.push(i + 1);
    } else if (c === 10) starts.push(i + 1);
  }
  return starts;
}

export async function runLsp(opts: {
  serverPath: string;
  smallText: string;
  bigText: string;
  hoverCount: number;
  edits: number;
}): Promise<LspReport> {
  const utf8 = (t: string) => Buffer.byteLength(t, 'utf8');
  const empty = (note: string): LspReport => ({
    server: opts.serverPath,
    initializeMs: null,
    firstTokensMs: null,
    warmUpMs: null,
    unavailable: note,
    small: { bytes: utf8(opts.smallText), cold: NA(note), warm: NA(note), tokens: null },
    big: { bytes: utf8(opts.bigText), cold: NA(note), warm: NA(note), tokens: null },
    hover: { ...NA(note), nonEmpty: 0 },
    editToTokens: { ...NA(note), stale: 0, checked: 0 },
    rss: null,
  });
  let s: LspSession;
  try {
    s = await LspSession.start({ serverPath: opts.serverPath });
  } catch (err) {
    return empty(describe(err));
  }
  const report = empty('');
  delete report.unavailable;
  report.initializeMs = s.initializeMs;
  const part = async <T>(what: string, fn: () => Promise<T>, fallback: (note: string) => T): Promise<T> => {
    try {
      return await fn();
    } catch (err) {
      return fallback(err instanceof Unavailable ? err.message : `${what}: ${describe(err)}`);
    }
  };
  try {
    // A document opened as soon as the server is up, as an editor does with the files already
    // open; then the timed requests wait for the server's start-up warm-up to end, so they
    // measure the server as a user meets it after its first second.
    if (s.hasSemanticTokens) {
      const uri = 'file:///bench/first.article';
      s.open(uri, opts.smallText);
      report.firstTokensMs = await part('first tokens', async () => (await timeTokens(s, uri, 10000)).ms, () => null);
      s.close(uri);
    }
    const warmedAt = await s.waitForLog(WARM_UP_DONE, 5000);
    report.warmUpMs = warmedAt === null ? null : warmedAt - s.initializedAt;
    const small = await part('tokens 5 KB', () => tokenLatency(s, 'small', opts.smallText, 10, 30, 10000), (n) => ({ cold: NA(n), warm: NA(n), tokens: null, uri: '' }));
    report.small = { bytes: utf8(opts.smallText), cold: small.cold, warm: small.warm, tokens: small.tokens };
    // Hovers on the 5 KB document (already analysed by the tokens requests, if any).
    report.hover = await part(
      'hover',
      async () => {
        if (!s.hasHover) return { ...NA('server declares no hoverProvider'), nonEmpty: 0 };
        const uri = small.uri || 'file:///bench/hover.article';
        if (!small.uri) s.open(uri, opts.smallText);
        const offsets = hoverOffsets(opts.smallText, opts.hoverCount);
        await s.hover(uri, offsets[0]); // warm-up
        const xs: number[] = [];
        let nonEmpty = 0;
        for (const off of offsets) {
          const t0 = nowMs();
          const h = await s.hover(uri, off, 5000);
          xs.push(nowMs() - t0);
          if (h) nonEmpty++;
        }
        return { ...latencyStats(xs), nonEmpty };
      },
      (n) => ({ ...NA(n), nonEmpty: 0 }),
    );

    // One-character incremental edits, each followed at once by a tokens request. Each answer
    // is checked against the tokens of a fresh document holding the same text (not timed).
    report.editToTokens = await part(
      'edit',
      async () => {
        if (!s.hasSemanticTokens) return { ...NA('server declares no semanticTokensProvider.full'), stale: 0, checked: 0 };
        if (s.syncKind === 0) return { ...NA('server declares no textDocumentSync change kind'), stale: 0, checked: 0 };
        const uri = 'file:///bench/edit.article';
        s.open(uri, opts.smallText);
        let prev = decodeTokens((await s.semanticTokens(uri))?.data ?? []);
        const xs: number[] = [];
        let stale = 0;
        for (let i = 0; i < opts.edits; i++) {
          const text = s.document(uri).getText();
          const edit = pickEdit(text, prev, lineStartsOf(text), i);
          const offset = edit ? edit.offset : Math.floor(text.length / 2);
          const t0 = nowMs();
          s.insert(uri, offset, 'x');
          const res = await s.semanticTokens(uri, 5000);
          xs.push(nowMs() - t0);
          const refUri = `file:///bench/edit-reference-${i}.article`;
          s.open(refUri, s.document(uri).getText());
          const ref = await s.semanticTokens(refUri, 5000);
          s.close(refUri);
          if (JSON.stringify(res?.data ?? []) !== JSON.stringify(ref?.data ?? [])) stale++;
          prev = decodeTokens(res?.data ?? []);
        }
        return { ...latencyStats(xs), stale, checked: opts.edits };
      },
      (n) => ({ ...NA(n), stale: 0, checked: 0 }),
    );
    // The 1 MB document last: freeing its analysis (tens of MB) after it is closed would
    // otherwise land in the hover and edit samples as garbage-collection pauses that have
    // nothing to do with the 5 KB article being hovered.
    const big = await part('tokens 1 MB', () => tokenLatency(s, 'big', opts.bigText, 3, 5, 60000), (n) => ({ cold: NA(n), warm: NA(n), tokens: null, uri: '' }));
    report.big = { bytes: utf8(opts.bigText), cold: big.cold, warm: big.warm, tokens: big.tokens };
    if (big.uri) s.close(big.uri);
    report.rss = s.rss();
  } finally {
    await s.stop();
  }
  return report;
}
