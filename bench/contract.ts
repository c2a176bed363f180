/**
 * The AnalysisResult contract of server/src/analysis/types.ts as a checker, shared by the
 * property tests (server/src/analysis/analyze.property.test.ts) and the bench, which checks
 * every result it times. Returns sentences, never throws on a malformed result.
 */
import type { AnalysisResult, Mention } from '../server/src/analysis/types';

/** Line ends the engine treats as paragraph breaks (server/src/analysis/structure.ts). */
const PARAGRAPH_BREAK = /[\n\r\u0085\u2028\u2029]/;

/** Every violation of the AnalysisResult contract for `text`, as readable sentences. */
export function violations(text: string, r: AnalysisResult): string[] {
  const out: string[] = [];
  const n = text.length;
  const inBounds = (what: string, s: number, e: number) => {
    if (!Number.isInteger(s) || !Number.isInteger(e) || s < 0 || e < s || e > n) out.push(`${what}: [${s}, ${e}) not within [0, ${n}]`);
  };
  const mention = (what: string, m: Mention | null | undefined) => {
    if (!m) return;
    inBounds(what, m.start, m.end);
    if (text.slice(m.start, m.end) !== m.text) out.push(`${what}: text ${JSON.stringify(m.text)} != slice ${JSON.stringify(text.slice(m.start, m.end))}`);
  };
  r.quotes.forEach((q, i) => {
    const tag = `quote ${q.id}`;
    if (q.id !== `q${i + 1}`) out.push(`${tag}: id should be q${i + 1}`);
    inBounds(tag, q.start, q.end);
    if (!(q.start <= q.contentStart && q.contentStart <= q.contentEnd && q.contentEnd <= q.end)) {
      out.push(`${tag}: content [${q.contentStart}, ${q.contentEnd}) not inside quote [${q.start}, ${q.end})`);
    }
    if (!text.startsWith(q.open, q.start) || q.open.length === 0) out.push(`${tag}: open mark ${JSON.stringify(q.open)} not at ${q.start}`);
    if (q.close !== null && text.slice(q.end - q.close.length, q.end) !== q.close) out.push(`${tag}: close mark ${JSON.stringify(q.close)} not at end ${q.end}`);
    if (q.unclosed !== (q.close === null)) out.push(`${tag}: unclosed=${q.unclosed} but close=${JSON.stringify(q.close)}`);
    const content = text.slice(q.contentStart, q.contentEnd);
    if (!PARAGRAPH_BREAK.test(content) && q.text !== content) out.push(`${tag}: single-paragraph text ${JSON.stringify(q.text)} != slice ${JSON.stringify(content)}`);
    if (i > 0 && r.quotes[i - 1].end > q.start) out.push(`${tag}: overlaps or precedes ${r.quotes[i - 1].id} (prev end ${r.quotes[i - 1].end} > start ${q.start})`);
    if (!(q.confidence >= 0 && q.confidence <= 1)) out.push(`${tag}: confidence ${q.confidence} not in 0..1`);
    if (q.speaker) mention(`${tag} speaker mention`, q.speaker.mention);
    mention(`${tag} cue`, q.cue);
    if (q.via) mention(`${tag} via mention`, q.via.mention);
  });
  const ids = new Set<string>();
  const all: (Mention & { id: string })[] = [];
  for (const e of r.entities) {
    if (ids.has(e.id)) out.push(`entity ${e.id}: duplicate id`);
    ids.add(e.id);
    if (e.mentions.length === 0) out.push(`entity ${e.id}: no mentions`);
    e.mentions.forEach((m, k) => {
      mention(`entity ${e.id} mention ${k}`, m);
      if (k > 0 && e.mentions[k - 1].end > m.start) out.push(`entity ${e.id}: mention ${k} overlaps or precedes mention ${k - 1}`);
      all.push({ ...m, id: e.id });
    });
  }
  all.sort((a, b) => a.start - b.start || a.end - b.end);
  for (let k = 1; k < all.length; k++) {
    if (all[k - 1].end > all[k].start) {
      out.push(`entities ${all[k - 1].id} ${JSON.stringify(all[k - 1].text)}@${all[k - 1].start} and ${all[k].id} ${JSON.stringify(all[k].text)}@${all[k].start} overlap`);
    }
  }
  for (const s of r.sources) s.mentions.forEach((m, k) => mention(`source ${s.name} mention ${k}`, m));
  for (const q of r.quotes) if (q.speaker?.entityId && !ids.has(q.speaker.entityId)) out.push(`quote ${q.id}: speaker entityId ${q.speaker.entityId} is not an entity`);
  return out;
}
