import { test } from 'node:test';
import assert from 'node:assert/strict';
import { tokenize } from './tokens';

/** Each row: [tag, text, expected tokens as "text" or "text/lower/flags" (w = word, c = capital)]. */
const ROWS: [string, string, string[]][] = [
  ['plain words and punctuation', 'he said, “yes.”', ['he//w', 'said//w', ',//', '“//', 'yes//w', './/', '”//']],
  ['capital lower-cased once', 'Putin SAID', ['Putin/putin/wc', 'SAID/said/wc']],
  ['inner hyphen and apostrophes', "state-run Xi’s Putin's", ['state-run//w', 'Xi’s/xi’s/wc', "Putin's/putin's/wc"]],
  ['trailing hyphen is punctuation', 'pro- and', ['pro//w', '-//', 'and//w']],
  ['abbreviations keep their dot', 'Mr. Smith and U.S. officials', ['Mr./mr./wc', 'Smith/smith/wc', 'and//w', 'U.S./u.s./wc', 'officials//w']],
  ['initial keeps its dot', 'J. Smith', ['J./j./wc', 'Smith/smith/wc']],
  ['sentence dot after a word', 'over. Then', ['over//w', './/', 'Then/then/wc']],
  ['joined particle counts as a capital', 'al-Assad and al-qaeda', ['al-Assad/al-assad/wc', 'and//w', 'al-qaeda//w']],
  ['letters beyond ASCII', 'Zelenskyy über Łódź', ['Zelenskyy/zelenskyy/wc', 'über//w', 'Łódź/łódź/wc']],
  ['digits are words', 'in 2023, 92,000', ['in//w', '2023//w', ',//', '92//w', ',//', '000//w']],
  ['unicode spaces skipped', 'a\u00a0b\u2009c\u3000d', ['a//w', 'b//w', 'c//w', 'd//w']],
  ['surrogate pair stays whole', 'ok 😀 go', ['ok//w', '😀//', 'go//w']],
  ['lone surrogate', 'a\ud800b', ['a//w', '\ud800//', 'b//w']],
];

function show(t: { text: string; lower: string; word: boolean; cap: boolean }): string {
  return `${t.text}/${t.lower === t.text ? '' : t.lower}/${t.word ? 'w' : ''}${t.cap ? 'c' : ''}`;
}

test('tokenize: words, marks, lower forms and capitals', () => {
  for (const [tag, text, expected] of ROWS) {
    assert.deepEqual(tokenize(text, 0, text.length).map(show), expected, tag);
  }
});

test('tokenize: offsets match the text, and the range and the limit are kept', () => {
  const text = 'Xi said, “the talks were “objective and fair”.” Mr. Li agreed.';
  for (const [from, to, max] of [[0, text.length, Infinity], [3, 30, Infinity], [10, text.length, 4], [0, 0, Infinity]] as const) {
    const tokens = tokenize(text, from, to, max);
    const tag = `[${from}, ${to}) max ${max}`;
    assert.ok(tokens.length <= max, `${tag}: at most max tokens`);
    for (const t of tokens) {
      assert.equal(text.slice(t.start, t.end), t.text, `${tag}: text at offsets`);
      assert.ok(t.start >= from && t.end <= to, `${tag}: inside the range`);
    }
  }
});
