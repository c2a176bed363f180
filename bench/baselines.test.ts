import { test } from 'node:test';
import assert from 'node:assert/strict';
import { compromiseScan, regexScan } from './baselines';

test('regexScan finds quoted spans and capitalised runs in one pass', () => {
  const rows: [string, string, string[]][] = [
    ['curly quote and a name', '“We wait,” Vladimir Putin said.', ['“We wait,”', 'Vladimir Putin']],
    ['straight quote', 'he said "no" twice', ['"no"']],
    ['guillemets', 'a «oui» b', ['«oui»']],
    ['unclosed quote stops at the line end', '“open\nNext', ['Next']],
    ['nothing', 'lower case only', []],
  ];
  for (const [tag, text, want] of rows) {
    const spans = regexScan(text);
    const got: string[] = [];
    for (let i = 0; i < spans.length; i += 2) got.push(text.slice(spans[i], spans[i + 1]));
    assert.deepEqual(got, want, tag);
  }
});

test('compromiseScan counts what compromise finds', () => {
  assert.ok(compromiseScan('“We are waiting,” Putin said in Moscow.') >= 2, 'a person, a place or a quotation');
  assert.equal(compromiseScan(''), 0, 'empty text');
});
