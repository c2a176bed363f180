import { test } from 'node:test';
import assert from 'node:assert/strict';
import { findQuotes } from './quotes';

/** Each row: [tag, text, expected quotes as [text, unclosed]]. */
const ROWS: [string, string, [string, boolean][]][] = [
  ['curly pair', 'He said “we will win” today.', [['we will win', false]]],
  ['straight pair', 'He said "we will win" today.', [['we will win', false]]],
  ['two straight pairs', '"Yes," she said, "and no."', [['Yes,', false], ['and no.', false]]],
  ['mixed curly open, straight close', '“We are ready", Putin said.', [['We are ready', false]]],
  ['mixed straight open, curly close', 'that "we share the views”.', [['we share the views', false]]],
  ['guillemets', 'Il a dit « nous gagnerons » hier.', [[' nous gagnerons ', false]]],
  ['reversed guillemets', 'Er sagte »wir gewinnen« gestern.', [['wir gewinnen', false]]],
  ['German low-high', 'Er sagte „wir gewinnen“ gestern.', [['wir gewinnen', false]]],
  ['single curly quote', 'to avoid the word ‘war’ in public.', [['war', false]]],
  ['single straight quote', "to avoid the word 'war' in public.", [['war', false]]],
  ['single low-9 pair', 'das Wort ‚Krieg‘ nicht.', [['Krieg', false]]],
  ['apostrophes only', "Today’s talks, Putin's plan, rock 'n' roll and the '90s.", []],
  ['curly decade apostrophe', 'Back in the ’90s it was ’em.', []],
  ['plural possessive', "the 'best' teachers' union said", [['best', false]]],
  ['nested single inside double', '“He called it ‘madness’ yesterday,” she said.', [['He called it ‘madness’ yesterday,', false]]],
  ['British outer single with inner double', '‘He said “no” to me,’ she said.', [['He said “no” to me,', false]]],
  ['unclosed at paragraph end', 'He said “we will win.\nNext paragraph.', [['we will win.', true]]],
  ['unclosed at text end', 'He said “we will win', [['we will win', true]]],
  ['space typed after the opening mark, after a comma', 'The curator said," It is a rare chance," and smiled.', [[' It is a rare chance,', false]]],
  ['space typed after the opening mark, after a colon', 'She wrote:" We are done here."', [[' We are done here.', false]]],
  ['a lone closer after a comma stays dropped', 'He paused," then left. Later "yes" came.', [['yes', false]]],
  ['a lone closer with no closer after it stays dropped', 'The price rose," the sheet shows.', []],
  [
    'single marks inside a quote that runs on and closes are part of it',
    '“We stay.\nThe word \'won\' is ours,” he said.',
    [['We stay.\nThe word \'won\' is ours,', false]],
  ],
  [
    'multi-paragraph quote',
    '“First part of it.\n“Second part,” he said.',
    [['First part of it.\nSecond part,', false]],
  ],
  [
    'multi-paragraph over a blank line',
    '“First part.\n\n“Second part.\n\n“Third,” he said.',
    [['First part.\nSecond part.\nThird,', false]],
  ],
  [
    'unclosed quote cut by a new opener',
    '“An example. There is little reason. A spokesman said it was “the result”. End.',
    [['An example. There is little reason.', true], ['the result', false]],
  ],
  ['stray close mark ignored', 'be “global partners” . for the world”. Then “ok now” he said.', [['global partners', false], ['ok now', false]]],
  ['empty pair ignored', 'He said "" and “ ” there.', []],
  ['closing quote before comma', '"Kyiv is trying,” he said.', [['Kyiv is trying,', false]]],
  ['missing space after close', '"Yes,"he said.', [['Yes,', false]]],
  ['British single quote with an apostrophe inside', '‘We don’t know yet,’ he said.', [['We don’t know yet,', false]]],
  ["straight single quote with a possessive inside", "'It's the teachers' fault,' he said.", [["It's the teachers' fault,", false]]],
  ['inch mark is no quote', 'A 12" pizza and a 5\'11" man.', []],
  ['CRLF paragraphs', '“One.\r\n“Two.”\r\nThree.', [['One.\nTwo.', false]]],
  ['CR paragraphs', 'A “b\rC “d” e', [['b', true], ['d', false]]],
];

for (const [tag, text, expected] of ROWS) {
  test(`findQuotes: ${tag}`, () => {
    const got = findQuotes(text).map((q) => [q.text, q.unclosed]);
    assert.deepEqual(got, expected, tag);
  });
}

test('findQuotes: spans cover marks and content', () => {
  const text = 'A “b c” d';
  const [q] = findQuotes(text);
  assert.equal(text.slice(q.start, q.end), '“b c”', 'span');
  assert.equal(text.slice(q.contentStart, q.contentEnd), 'b c', 'content');
  assert.equal(q.open, '“', 'open');
  assert.equal(q.close, '”', 'close');
});

test('findQuotes: multi-paragraph pieces keep their own content spans', () => {
  const text = '“One.\n“Two.”';
  const [q] = findQuotes(text);
  assert.deepEqual(
    q.pieces.map((p) => text.slice(p.start, p.end)),
    ['One.', 'Two.'],
    'pieces',
  );
  assert.equal(q.start, 0, 'start');
  assert.equal(q.end, text.length, 'end');
});

test('findQuotes: limit stops the scan', () => {
  const text = 'a “b” c “d” e';
  assert.deepEqual(
    findQuotes(text, 6).map((q) => q.text),
    ['b'],
    'limit',
  );
});

/** Odd input never throws and every span stays in bounds, sorted, without overlap. */
const ODD: [string, string][] = [
  ['lone surrogates', '“\uD800 said \uDC00”'],
  ['NUL', '\u0000"\u0000"\u0000'],
  ['only marks', '"""""“”“”«»‘’\'\''],
  ['long line', '“a ' + 'word "x" '.repeat(20000)],
  ['CR/CRLF mix', '“a\r\n“b\r“c\n”'],
];
for (const [tag, text] of ODD) {
  test(`findQuotes: odd input (${tag})`, () => {
    const qs = findQuotes(text);
    let last = 0;
    for (const q of qs) {
      assert.ok(q.start >= last && q.start < q.end && q.end <= text.length, `${tag}: span in bounds and sorted`);
      assert.ok(q.contentStart > q.start && q.contentEnd <= q.end, `${tag}: content inside`);
      last = q.end;
    }
  });
}

test('findQuotes: a quote runs on into the next paragraph without re-opening', () => {
  const text = 'He said, "We learned a lot.\nIt wasn\'t a long day." Then he left.';
  const qs = findQuotes(text);
  assert.deepEqual(
    qs.map((q) => [q.text, q.unclosed, q.close]),
    [['We learned a lot.\nIt wasn\'t a long day.', false, '"']],
    'run-on continuation',
  );
});
