/**
 * Quote-variant groups for a set of exported articles: the same statement reported in
 * different wording by different articles (see analysis/variants.ts). Pure; the CLI uses it
 * for its JSON export (the extension uses its workspace-wide index instead).
 */
import { groupVariants } from '../analysis/variants';
import type { ExportDocument } from './types';

/** The documents again, each with `variantGroups`: quote id -> group id, or null without a variant. */
export function withVariantGroups(docs: readonly ExportDocument[]): ExportDocument[] {
  const uriOf = (d: ExportDocument, i: number): string => `${i}:${d.uri ?? d.path}`;
  const groupOf = new Map<string, string>();
  for (const group of groupVariants(docs.map((d, i) => ({ uri: uriOf(d, i), quotes: d.result.quotes })))) {
    for (const m of group.members) groupOf.set(`${m.uri}\u0000${m.quoteId}`, group.id);
  }
  return docs.map((d, i) => ({
    ...d,
    variantGroups: new Map(d.result.quotes.map((q) => [q.id, groupOf.get(`${uriOf(d, i)}\u0000${q.id}`) ?? null])),
  }));
}
