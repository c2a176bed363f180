/**
 * Finds and loads the GUM news documents: text, gold quotes and gold entities per document.
 */
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { readConllu, type GumDoc } from './conllu';
import { goldEntities, isProperNoun, timeMentionSpans, type GoldEntity } from './goldEntities';
import { readGoldQuotes, type GoldQuote } from './xmlQuotes';
import type { EntityContext } from './score';
import type { Span } from '../server/src/analysis/types';

export type Split = 'train' | 'dev' | 'test';

/** The official GUM split for news (splits.upstream.md); every other news document is train. */
export const OFFICIAL_SPLIT: Readonly<Record<string, Split>> = {
  GUM_news_homeopathic: 'dev',
  GUM_news_iodine: 'dev',
  GUM_news_nasa: 'test',
  GUM_news_sensitive: 'test',
};

export function splitOf(docId: string): Split {
  return OFFICIAL_SPLIT[docId] ?? 'train';
}

export const GUM_DIR_ENV = 'NEWS_ANNOTATOR_GUM_DIR';

/**
 * The corpus folder: $NEWS_ANNOTATOR_GUM_DIR, else `../shared/eval-data/gum-news` beside the
 * repository (where CI and this machine keep it).
 */
export function gumDir(repoRoot: string, env: NodeJS.ProcessEnv = process.env): string {
  const fromEnv = env[GUM_DIR_ENV];
  return fromEnv ? resolve(fromEnv) : resolve(repoRoot, '..', 'shared', 'eval-data', 'gum-news');
}

export interface GumEvalDoc {
  id: string;
  split: Split;
  doc: GumDoc;
  quotes: GoldQuote[];
  qs: GoldQuote[];
  /**
   * False when the XML has no `<quote>` or `<q>` at all: some GUM news documents (hackers,
   * warhol, warming, …) quote people at length but were never given quotation markup, so
   * their quotes cannot be scored.
   */
  quoteAnnotated: boolean;
  entities: GoldEntity[];
  /** Spans of every GUM time mention (see timeMentionSpans). */
  timeSpans: Span[];
}

/** Lists the news document ids present in the corpus folder. */
export function listGumDocs(dir: string): string[] {
  const dep = join(dir, 'dep');
  if (!existsSync(dep)) {
    throw new Error(`GUM news data not found: ${dep} does not exist. Put the corpus at ../shared/eval-data/gum-news or set ${GUM_DIR_ENV}.`);
  }
  return readdirSync(dep)
    .filter((f) => /^GUM_news_.*\.conllu$/.test(f))
    .map((f) => f.replace(/\.conllu$/, ''))
    .sort();
}

export function loadGumDoc(dir: string, id: string): GumEvalDoc {
  const doc = readConllu(readFileSync(join(dir, 'dep', `${id}.conllu`), 'utf8'), id);
  const xmlPath = join(dir, 'xml', `${id}.xml`);
  const { quotes, qs } = existsSync(xmlPath) ? readGoldQuotes(readFileSync(xmlPath, 'utf8'), doc) : { quotes: [], qs: [] };
  return { id, split: splitOf(id), doc, quotes, qs, quoteAnnotated: quotes.length + qs.length > 0, entities: goldEntities(doc), timeSpans: timeMentionSpans(doc) };
}

/** Sentence starts and proper-noun positions of a GUM document, for classifying false entities. */
export function gumEntityContext(doc: GumDoc): EntityContext {
  const sentenceStarts = new Set(doc.sentences.map((s) => s.start));
  const nameAt = new Set<number>();
  for (const w of doc.words) if (isProperNoun(w) || w.upos === 'NUM') nameAt.add(w.start);
  return { sentenceStarts, isNameWordAt: (offset) => nameAt.has(offset) };
}
