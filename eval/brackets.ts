/**
 * The CorefUD bracket notation of GUM's `Entity=` MISC field.
 *
 * Field order (declared in each file): GRP-etype-infstat-salience-centering-minspan-link-identity.
 * `(12-person-new-...` opens mention group 12 on this word, `12)` closes it, and
 * `(12-person-...-Some_Title)` is a one-word mention. Several events can follow each other:
 * `(4-object-giv:act-snsnn-cf1-1-coref)6)`.
 */

export interface MentionInfo {
  /** The entity (coreference group) id, e.g. "12". */
  group: string;
  /** person, organization, place, time, event, abstract, object, substance, plant, animal. */
  etype: string;
  /** The Wikipedia title (decoded, underscores kept), or null. */
  identity: string | null;
}

export type BracketEvent = ({ kind: 'open' } & MentionInfo) | { kind: 'close'; group: string };

/** Parses one `Entity=` value into open/close events in the order written. */
export function parseEntityField(value: string): BracketEvent[] {
  const events: BracketEvent[] = [];
  let i = 0;
  while (i < value.length) {
    const ch = value[i];
    if (ch === '(') {
      // An opening runs to the next bracket; the identity never contains brackets (GUM
      // percent-encodes them).
      let j = i + 1;
      while (j < value.length && value[j] !== '(' && value[j] !== ')') j++;
      const body = value.slice(i + 1, j);
      const fields = body.split('-');
      if (fields.length < 2 || !/^\d+$/.test(fields[0]) || fields[1] === '') {
        throw new Error(`bad entity opening "(${body}" in "${value}"`);
      }
      const rawIdentity = fields.length > 7 ? fields.slice(7).join('-') : '';
      events.push({ kind: 'open', group: fields[0], etype: fields[1], identity: rawIdentity === '' ? null : decodeTitle(rawIdentity) });
      if (value[j] === ')') {
        events.push({ kind: 'close', group: fields[0] });
        j++;
      }
      i = j;
    } else if (/\d/.test(ch)) {
      let j = i;
      while (j < value.length && /\d/.test(value[j])) j++;
      if (value[j] !== ')') throw new Error(`expected ")" after "${value.slice(i, j)}" in "${value}"`);
      events.push({ kind: 'close', group: value.slice(i, j) });
      i = j + 1;
    } else {
      throw new Error(`unexpected "${ch}" at ${i} in "${value}"`);
    }
  }
  return events;
}

function decodeTitle(raw: string): string {
  try {
    return decodeURIComponent(raw);
  } catch {
    return raw;
  }
}

/** A mention as a range of words (indices into the document word list, end exclusive). */
export interface WordMention extends MentionInfo {
  firstWord: number;
  endWord: number;
}

/**
 * Pairs the open/close events of a word sequence into mentions. Brackets of the same group
 * nest, so a close matches the innermost open mention of its group.
 * @throws when a close has no open or a mention is never closed.
 */
export function pairMentions(eventsPerWord: readonly (readonly BracketEvent[])[]): WordMention[] {
  const open = new Map<string, { info: MentionInfo; firstWord: number }[]>();
  const out: WordMention[] = [];
  eventsPerWord.forEach((events, w) => {
    for (const ev of events) {
      if (ev.kind === 'open') {
        const stack = open.get(ev.group) ?? [];
        stack.push({ info: { group: ev.group, etype: ev.etype, identity: ev.identity }, firstWord: w });
        open.set(ev.group, stack);
      } else {
        const stack = open.get(ev.group);
        const top = stack?.pop();
        if (!top) throw new Error(`mention group ${ev.group} closed at word ${w} but never opened`);
        out.push({ ...top.info, firstWord: top.firstWord, endWord: w + 1 });
      }
    }
  });
  for (const [group, stack] of open) {
    if (stack.length > 0) throw new Error(`mention group ${group} opened at word ${stack[0].firstWord} but never closed`);
  }
  out.sort((a, b) => a.firstWord - b.firstWord || b.endWord - a.endWord);
  return out;
}
