import { test } from 'node:test';
import assert from 'node:assert/strict';
import { Rng, buildCorpus, joinToSize, mulberry32, syntheticArticle } from './corpus';

test('the PRNG is seeded and deterministic', () => {
  const a = mulberry32(1);
  const b = mulberry32(1);
  const c = mulberry32(2);
  const xs = [a(), a(), a()];
  assert.deepEqual([b(), b(), b()], xs, 'same seed, same sequence');
  assert.notDeepEqual([c(), c(), c()], xs, 'other seed, other sequence');
  assert.ok(xs.every((x) => x >= 0 && x < 1), 'floats in [0, 1)');
  const r = new Rng(3);
  for (let i = 0; i < 1000; i++) {
    const v = r.range(2, 4);
    assert.ok(v >= 2 && v <= 4 && Number.isInteger(v), `range(2, 4) gave ${v}`);
  }
});

test('synthetic articles are deterministic, about the size asked, and varied', () => {
  const a = syntheticArticle(new Rng(9), 5000);
  assert.equal(syntheticArticle(new Rng(9), 5000), a, 'same seed, same article');
  assert.ok(a.length >= 5000 && a.length < 7000, `length ${a.length} near 5000`);
  // Across a handful of articles every feature the engine must handle shows up.
  const many = Array.from({ length: 40 }, (_, i) => syntheticArticle(new Rng(100 + i), 4000)).join('\n');
  const rows: [string, RegExp][] = [
    ['curly quotes', /“[^”\n]+”/],
    ['straight quotes', /"[^"\n]+"/],
    ['guillemets', /«[^»\n]+»/],
    ['low-9 quotes', /„[^“\n]+“/],
    ['said after the quote', /[”"»“] \p{Lu}\p{L}+ \p{Lu}[\p{L}' ]+ said\./u],
    ['verb before the speaker', /[”"»“] said /],
    ['appositive role', /, (a|an|the) [a-z ]+(at|for|of) the /],
    ['according to a channel', /According to (Reuters|AFP|the Associated Press|Bloomberg|EFE|Agence France-Presse|dpa)/],
    ['colon quote', /: [“"«„]/],
    ['pronoun speaker', /[”"»“] (he|she) said\./],
    ['multi-paragraph quote (re-opened next paragraph)', /[“"«„][^\n”"»]*\.\n[“"«„]/],
    ['dates', /(January|February|March|April|May|June|July|August|September|October|November|December) \d{1,2}, 20\d\d/],
    ['apostrophes', /\p{L}['’]s\b/u],
    ['source line', /\nSource: /],
    ['CRLF line ends', /\r\n/],
    ['non-ASCII letters', /[éëąńá]/],
  ];
  for (const [tag, re] of rows) assert.match(many, re, tag);
});

test('buildCorpus reaches its byte target with fixtures first', () => {
  const fixtures = ['“Real one,” she said.\n', 'Second real article.\n'];
  const c = buildCorpus({ seed: 5, targetBytes: 200_000, fixtures });
  assert.deepEqual(c.articles.slice(0, 2), fixtures, 'fixtures come first');
  assert.ok(c.bytes >= 200_000 && c.bytes < 210_000, `bytes ${c.bytes}`);
  assert.equal(c.bytes, c.articles.reduce((n, a) => n + Buffer.byteLength(a), 0), 'bytes are UTF-8 bytes of the documents');
  const again = buildCorpus({ seed: 5, targetBytes: 200_000, fixtures });
  assert.deepEqual(again.articles, c.articles, 'deterministic');
  const mean = c.bytes / c.articles.length;
  assert.ok(mean > 3000 && mean < 7000, `mean document ${mean} bytes (~5 KB)`);
});

test('joinToSize joins articles to at least the size asked', () => {
  const rows: [string, string[], number][] = [
    ['cycles a short list', ['abc'], 100],
    ['stops soon after the target', ['x'.repeat(40), 'y'.repeat(40)], 100],
  ];
  for (const [tag, arts, size] of rows) {
    const doc = joinToSize(arts, size);
    assert.ok(Buffer.byteLength(doc) >= size - 1, `${tag}: ${doc.length}`);
    assert.ok(doc.length < size + 50, `${tag}: not far past the target`);
  }
  assert.throws(() => joinToSize([], 10), /no articles/, 'empty list is an error');
});
