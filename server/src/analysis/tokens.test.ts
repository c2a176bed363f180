import { test } from 'node:test';
import assert from 'node:assert/strict';
import { tokenBoundary, tokenize } from './tokens';

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

/** Each row: [tag, text]. Every offset after white space splits the tokens of the whole text. */
const SPLITS: [string, string][] = [
  ['plain sentence', 'He said, “yes.” Then Mr. Li left.'],
  ['initials at a split', 'J. R. Smith and a. . b'],
  ['abbreviation runs', 'the U.S. and U.K. teams, Gen. Lee'],
  ['unicode spaces', 'a\u00a0b\u2009“c”\u3000d.'],
  ['surrogates near a split', '😀 x \ud800 y'],
];

test('tokenBoundary: tokens after white space are the tokens of the rest, however far the range goes', () => {
  for (const [tag, text] of SPLITS) {
    const all = tokenize(text, 0, text.length);
    let splits = 0;
    for (let p = 1; p <= text.length; p++) {
      if (!tokenBoundary(text, p)) continue;
      splits++;
      const after = all.filter((t) => t.start >= p);
      assert.deepEqual(tokenize(text, p, text.length), after, `${tag} @${p}: tail`);
      // Tokens before the split are settled two characters past it.
      const before = all.filter((t) => t.start < p);
      assert.deepEqual(tokenize(text, 0, Math.min(text.length, p + 2)).filter((t) => t.start < p), before, `${tag} @${p}: head`);
    }
    assert.ok(splits > 0, `${tag}: has white space`);
  }
  assert.equal(tokenBoundary('ab cd', 2), false, 'inside a word');
  assert.equal(tokenBoundary('ab cd', 3), true, 'after a space');
});
