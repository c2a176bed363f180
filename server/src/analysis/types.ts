/**
 * The data the analysis produces. Every offset is a UTF-16 code unit index into the
 * analysed string (a JS string index); `end` is exclusive. Nothing here depends on
 * `vscode` or the LSP: the server, the CLI, the exporters and the tests share it.
 */

/** A half-open range `[start, end)` in UTF-16 code units. */
export interface Span {
  start: number;
  end: number;
}

/** A span together with the text it covers (`text === source.slice(start, end)`). */
export interface Mention extends Span {
  text: string;
}

export type EntityType = 'PERSON' | 'ORG' | 'PLACE' | 'DATE';

/** Where an annotation came from: the engine, or a person using the annotation commands. */
export type Origin = 'auto' | 'manual';

/** A named entity and every mention of it that the article makes. */
export interface Entity {
  /** Stable within one analysis: `e1`, `e2`, … in order of first mention. */
  id: string;
  type: EntityType;
  /** The fullest form the article uses ("Vladimir Putin" for Putin / President Putin). */
  name: string;
  /** Sorted by `start`, never overlapping each other. */
  mentions: Mention[];
  origin: Origin;
  /** A note a person attached to this entity (annotation sidecar). */
  note?: string;
}

export type SpeakerKind = 'person' | 'organization' | 'unnamed';

/** Who a quote is attributed to. */
export interface Speaker {
  /**
   * The canonical name: the full name of a person or organisation ("Alexander Gabuev",
   * "the Kremlin" -> "Kremlin"), or the description as written for an unnamed source
   * ("a Ukrainian military spokesman").
   */
  name: string;
  kind: SpeakerKind;
  /** The entity this speaker is, when it is a named entity of the article. */
  entityId: string | null;
  /** A role the article gives the speaker ("a senior fellow at the Carnegie Endowment…"). */
  role: string | null;
  /**
   * The words near the quote that name the speaker: a name, a surname, a pronoun ("he")
   * or a title ("the Russian president").
   */
  mention: Mention;
}

/** How a speaker was found; shown in hovers and exported, so keep the names readable. */
export type AttributionRule =
  | 'speaker-verb' // "…," Putin said
  | 'verb-speaker' // "…," said Putin
  | 'appositive' // "…," Gabuev, a senior fellow at X, said
  | 'according-to' // according to X, "…"
  | 'told' // X told Y "…"
  | 'colon' // X: "…"  /  X said: "…"
  | 'pronoun' // "…," he said   (resolved to the person it refers to)
  | 'title' // "…," the Russian president said   (resolved)
  | 'continuation' // a quote that continues the previous speaker's turn
  | 'that-clause' // X said that "…" / X warned of "…" (partial quote in reported speech)
  | 'interview' // a question on a line of its own, then "…": the answer of the person the interview introduced
  | 'manual'; // set by a person

/** A reporting channel that is not the speaker: a news agency, an outlet, a statement. */
export interface Channel {
  name: string;
  mention: Mention;
  /** The words that introduced it: "according to", "as reported by", "told", "Source:". */
  cue: string;
}

/** The class of a quoted span (issue: scare quote vs real quote). */
export type QuoteKind = 'quote' | 'scare';

/** How loaded the verb that introduced a quote is. */
export type Stance = 'neutral' | 'assertive' | 'uncertain';

export interface Quote {
  /** Stable within one analysis: `q1`, `q2`, … in document order. */
  id: string;
  /** The quote including its marks. */
  start: number;
  end: number;
  /** The content without marks; `text === source.slice(contentStart, contentEnd)` for a single-paragraph quote. */
  contentStart: number;
  contentEnd: number;
  /**
   * The content without marks. For a quote that runs over several paragraphs the
   * paragraphs' contents are joined with "\n" and the re-opening marks are left out.
   */
  text: string;
  /** The opening mark as written (“ " « „ ‘ …). */
  open: string;
  /** The closing mark as written, or null when the quote is left unclosed. */
  close: string | null;
  /** The quote had no closing mark before the end of its paragraph (or of the text). */
  unclosed: boolean;
  kind: QuoteKind;
  speaker: Speaker | null;
  /** The reporting verb or phrase that gave the speaker ("said", "told", "according to"). */
  cue: Mention | null;
  /** The stance of the cue verb, when there is one. */
  stance: Stance | null;
  /** A channel the quote came through ("according to Reuters"). */
  via: Channel | null;
  /** How the attribution was made, or null when unattributed. */
  rule: AttributionRule | null;
  /** 0..1: how sure the rule is. 0 when unattributed. */
  confidence: number;
  origin: Origin;
  /** A note a person attached to this quote (annotation sidecar). */
  note?: string;
  /**
   * For a quote that runs over several paragraphs: the content span of each paragraph's
   * piece, in order (absent for a single-paragraph quote).
   */
  pieces?: Span[];
}

/** The article's own source line, or an agency/outlet that the article reports through. */
export interface Source {
  name: string;
  kind: 'source-line' | 'agency' | 'outlet';
  mentions: Mention[];
}

export interface AnalysisResult {
  /** Sorted by `start`; never overlapping. */
  quotes: Quote[];
  /** Sorted by first mention. */
  entities: Entity[];
  sources: Source[];
}

export interface AnalyzeOptions {
  /**
   * Analyse only the first `maxLength` code units fully; used by the degraded mode for
   * huge files. Undefined means the whole text.
   */
  maxLength?: number;
}
