import type { Mention, Source, Span } from './types';
import { CHANNEL_HEADS, NEWS_AGENCIES, NEWS_OUTLETS, SOURCE_LINE_LABELS } from './lexicon/agencies';
import { ownCopy, type Token } from './tokens';

/** How a name was recognised as a reporting channel. */
export type ChannelKind = 'agency' | 'outlet';

const AGENCIES = new Map<string, string>();
for (const name of NEWS_AGENCIES) AGENCIES.set(name.toLowerCase(), name);
const OUTLETS = new Map<string, string>();
for (const name of NEWS_OUTLETS) OUTLETS.set(name.toLowerCase(), name);
const MAX_CHANNEL_WORDS = 6;

/**
 * The agency or outlet named by the words `tokens[from…]`, longest match first: a listed
 * name ("Reuters", "Sputnik Belarus", "The New York Times"), or capitalised words after or
 * before a channel head ("state-run news agency Sputnik", "the Kommersant newspaper").
 * Returns the channel and the index after its last word, or null.
 */
export function channelAt(text: string, tokens: readonly Token[], from: number): ChannelMatch | null {
  // "Russian state-run news agency Sputnik Belarus": skip describing words up to the head.
  for (let k = from; k < tokens.length && k - from <= 4 && tokens[k].word; k++) {
    const h = matchHead(tokens, k);
    if (h > k) {
      const after = channelFrom(text, tokens, h, true);
      // "BBC Radio Bristol": a capitalised head inside a name keeps the name words before it
      if (after && k > from && tokens[k].cap && tokens.slice(from, k).every((t) => t.cap && t.lower !== 'the')) {
        const words = tokens.slice(from, after.next);
        if (contiguous(text, words)) return { name: words.map((t) => t.text).join(' '), kind: after.kind, mention: mentionOf(text, words), next: after.next };
      }
      // No name after the head ("Yonhap news agency, quoting …"): the name comes before it.
      return after ?? channelFrom(text, tokens, from, false);
    }
  }
  return channelFrom(text, tokens, from, false);
}

type ChannelMatch = { name: string; kind: ChannelKind; mention: Mention; next: number };

function channelFrom(text: string, tokens: readonly Token[], i: number, described: boolean): ChannelMatch | null {
  // The run of words joined by single spaces from `i`: every shorter start of it is a run too,
  // so its keys are built once, word by word, and tried longest first.
  const keys: string[] = [];
  for (let k = i; k < tokens.length && k - i < MAX_CHANNEL_WORDS && tokens[k].word; k++) {
    if (k > i && !(tokens[k].start === tokens[k - 1].end + 1 && text.charCodeAt(tokens[k - 1].end) === 32)) break;
    keys.push(k === i ? tokens[k].lower : keys[keys.length - 1] + ' ' + tokens[k].lower);
  }
  for (let len = keys.length; len >= 1; len--) {
    const key = keys[len - 1];
    const bare = key.startsWith('the ') ? key.slice(4) : key;
    const known = AGENCIES.get(key) ?? AGENCIES.get(bare);
    const outlet = known ? undefined : OUTLETS.get(key) ?? OUTLETS.get(bare);
    if (known || outlet) {
      return { name: (known ?? outlet)!, kind: known ? 'agency' : 'outlet', mention: mentionOf(text, tokens.slice(i, i + len)), next: i + len };
    }
  }
  // Capitalised words after a head: "news agency Sputnik", or before one: "the Kommersant daily".
  let j = i;
  if (j < tokens.length && tokens[j].lower === 'the') j++;
  const start = j;
  while (j < tokens.length && tokens[j].cap && j - start < MAX_CHANNEL_WORDS) j++;
  if (j > start) {
    const after = matchHead(tokens, j);
    if (described || after > j) {
      const words = tokens.slice(start, j);
      if (contiguous(text, words)) {
        return { name: words.map((t) => t.text).join(' '), kind: 'outlet', mention: mentionOf(text, words), next: after > j ? after : j };
      }
    }
  }
  return null;
}

/** A listed agency or outlet name, for deciding that "according to X" names a channel. */
export function knownChannel(name: string): { name: string; kind: ChannelKind } | null {
  // Speaker names recur within and across articles; each is looked up once (bounded memo).
  const memo = KNOWN_MEMO.get(name);
  if (memo !== undefined) return memo;
  const key = name.toLowerCase().replace(/^the\s+/, '');
  const agency = AGENCIES.get(key) ?? AGENCIES.get('the ' + key);
  let found: { name: string; kind: ChannelKind } | null = null;
  if (agency) found = { name: agency, kind: 'agency' };
  else {
    const outlet = OUTLETS.get(key) ?? OUTLETS.get('the ' + key);
    if (outlet) found = { name: outlet, kind: 'outlet' };
  }
  if (KNOWN_MEMO.size >= 4096) KNOWN_MEMO.clear();
  KNOWN_MEMO.set(ownCopy(name), found === null ? null : Object.freeze(found));
  return found;
}
const KNOWN_MEMO = new Map<string, Readonly<{ name: string; kind: ChannelKind }> | null>();

function matchHead(tokens: readonly Token[], i: number): number {
  for (const head of HEADS) {
    if (i + head.length > tokens.length) continue;
    let ok = true;
    for (let k = 0; k < head.length; k++) {
      const t = tokens[i + k].lower;
      if (t !== head[k] && t !== head[k] + 's') {
        ok = false;
        break;
      }
    }
    if (ok) return i + head.length;
  }
  return i;
}
const HEADS = CHANNEL_HEADS.map((h) => h.split(' ')).sort((a, b) => b.length - a.length);

function contiguous(text: string, words: readonly Token[]): boolean {
  for (let k = 1; k < words.length; k++) {
    const gap = text.slice(words[k - 1].end, words[k].start);
    if (gap !== ' ') return false;
  }
  return true;
}

function mentionOf(text: string, words: readonly Token[]): Mention {
  const start = words[0].start;
  const end = words[words.length - 1].end;
  return { start, end, text: text.slice(start, end) };
}

const SOURCE_LINE = new RegExp(
  '^(' + SOURCE_LINE_LABELS.map((l) => l.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')).join('|') + ')\\s*:\\s*(\\S[^\\n]{0,78}?)\\s*\\.?$',
  'i',
);

/**
 * The article's own source lines: a short line such as "Source: La Verdad" (also "Fuente:",
 * "Via:"). Returns one Source per line, with the name's span as its mention.
 */
export function findSourceLines(text: string, paragraphs: readonly Span[]): Source[] {
  const out: Source[] = [];
  for (const p of paragraphs) {
    if (p.end - p.start > 100) continue;
    const line = text.slice(p.start, p.end);
    const m = SOURCE_LINE.exec(line);
    if (!m) continue;
    const name = m[2];
    const start = p.start + line.indexOf(name, m[1].length);
    out.push({ name, kind: 'source-line', mentions: [{ start, end: start + name.length, text: name }] });
  }
  return out;
}
