/**
 * Documents for the exporter tests: astral characters (emoji) before and inside spans, a
 * quote over two paragraphs, a scare quote, notes, and speaker names that a spreadsheet
 * would run as formulas.
 */
import type { AnalysisResult, Entity, Quote } from '../analysis/types';
import type { ExportDocument } from './types';

function at(text: string, needle: string, from = 0): { start: number; end: number } {
  const start = text.indexOf(needle, from);
  if (start < 0) throw new Error(`test fixture: ${JSON.stringify(needle)} not found`);
  return { start, end: start + needle.length };
}

/** An automatic quote over the first `needle` in `text` (marks included), with `partial` laid over it. */
export function quoteIn(text: string, needle: string, partial: Partial<Quote> = {}): Quote {
  const { start, end } = at(text, needle);
  return {
    id: '',
    start,
    end,
    contentStart: start + 1,
    contentEnd: end - 1,
    text: text.slice(start + 1, end - 1),
    open: text[start],
    close: text[end - 1],
    unclosed: false,
    kind: 'quote',
    speaker: null,
    cue: null,
    stance: null,
    via: null,
    rule: null,
    confidence: 0,
    origin: 'auto',
    ...partial,
  };
}

function entity(text: string, id: string, type: Entity['type'], name: string, needles: string[], partial: Partial<Entity> = {}): Entity {
  let from = 0;
  const mentions = needles.map((n) => {
    const s = at(text, n, from);
    from = s.end;
    return { ...s, text: n };
  });
  return { id, type, name, mentions, origin: 'auto', ...partial };
}

export const EMOJI_TEXT =
  '🇺🇦 Kyiv, 3 March 😀 — President Olena Kovalenko said: “We stand 💪 together.”\n' +
  'Critics in Lviv called it “theatre”. “=SUM(A1) is what they want,” said @dmitro, a blogger.\n' +
  '“First paragraph of a long statement,\n“second paragraph,” the ministry said.';

export function emojiDoc(path = 'news/kyiv 😀 story.txt'): ExportDocument {
  const t = EMOJI_TEXT;
  const longEnd = at(t, 'second paragraph,”').end;
  const result: AnalysisResult = {
    quotes: [
      quoteIn(t, '“We stand 💪 together.”', {
        speaker: { name: 'Olena Kovalenko', kind: 'person', entityId: 'e3', role: 'President', mention: { ...at(t, 'Olena Kovalenko'), text: 'Olena Kovalenko' } },
        cue: { ...at(t, 'said'), text: 'said' },
        rule: 'colon',
        confidence: 0.9,
        note: 'check video,\nsecond line',
      }),
      quoteIn(t, '“theatre”', { kind: 'scare' }),
      quoteIn(t, '“=SUM(A1) is what they want,”', {
        speaker: { name: '@dmitro', kind: 'person', entityId: null, role: 'a blogger', mention: { ...at(t, '@dmitro'), text: '@dmitro' } },
        cue: { ...at(t, 'said', at(t, 'want,”').end), text: 'said' },
        via: { name: '-Reuters', mention: { ...at(t, 'blogger'), text: 'blogger' }, cue: '+according to' },
        rule: 'verb-speaker',
        confidence: 0.8,
        origin: 'manual',
      }),
      {
        ...quoteIn(t, '“First paragraph', {}),
        end: longEnd,
        contentEnd: longEnd - 2,
        text: 'First paragraph of a long statement,\nsecond paragraph,',
        close: '”',
        speaker: { name: 'the ministry', kind: 'organization' as const, entityId: null, role: null, mention: { start: longEnd, end: longEnd, text: '' } },
      },
    ].map((q, i) => ({ ...q, id: `q${i + 1}` })),
    entities: [
      entity(t, 'e1', 'PLACE', 'Kyiv', ['Kyiv']),
      entity(t, 'e2', 'DATE', '3 March', ['3 March']),
      entity(t, 'e3', 'PERSON', 'Olena Kovalenko', ['Olena Kovalenko'], { note: 'spelling confirmed' }),
      entity(t, 'e4', 'PLACE', 'Lviv', ['Lviv']),
    ],
    sources: [],
  };
  return { path, text: t, result };
}

export const PLAIN_TEXT = 'The mayor, Ann Lee, said: "Taxes will fall." Lee later added that "nothing is final."';

export function plainDoc(path = 'plain.txt'): ExportDocument {
  const t = PLAIN_TEXT;
  return {
    path,
    text: t,
    result: {
      quotes: [
        quoteIn(t, '"Taxes will fall."', { id: 'q1', speaker: { name: 'Ann Lee', kind: 'person', entityId: 'e1', role: 'mayor', mention: { ...at(t, 'Ann Lee'), text: 'Ann Lee' } } }),
        quoteIn(t, '"nothing is final."', { id: 'q2' }),
      ],
      entities: [entity(t, 'e1', 'PERSON', 'Ann Lee', ['Ann Lee', 'Lee'])],
      sources: [],
    },
  };
}
