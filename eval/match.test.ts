import { test } from 'node:test';
import assert from 'node:assert/strict';
import { countsFromMatch, matchOneToOne, overlapLength, overlapsEnough, prf, sameSpan } from './match';
import type { Span } from '../server/src/analysis/types';

const s = (start: number, end: number): Span => ({ start, end });

test('overlapLength and the 50% rule', () => {
  const rows: [string, Span, Span, number, boolean][] = [
    ['identical', s(0, 10), s(0, 10), 10, true],
    ['disjoint', s(0, 10), s(10, 20), 0, false],
    ['half of each', s(0, 10), s(5, 15), 5, true],
    ['under half of the longer', s(0, 10), s(4, 30), 6, false],
    ['pred inside, long enough', s(0, 10), s(2, 8), 6, true],
    ['pred inside, too short', s(0, 10), s(2, 6), 4, false],
    ['empty never matches', s(3, 3), s(0, 10), 0, false],
  ];
  for (const [tag, a, b, len, ok] of rows) {
    assert.equal(overlapLength(a, b), len, `${tag}: length`);
    assert.equal(overlapsEnough(a, b), ok, `${tag}: 50%`);
    assert.equal(overlapsEnough(b, a), ok, `${tag}: symmetric`);
  }
  assert.equal(sameSpan(s(1, 2), s(1, 2)), true, 'same');
  assert.equal(sameSpan(s(1, 2), s(1, 3)), false, 'not same');
});

test('matchOneToOne uses every item once, best score first', () => {
  const gold = [s(0, 10), s(20, 30)];
  const rows: [string, Span[], [number, number][]][] = [
    ['one each', [s(0, 10), s(20, 30)], [[0, 0], [1, 1]]],
    ['two preds on one gold: the better wins', [s(0, 6), s(0, 10)], [[0, 1]]],
    ['nothing predicted', [], []],
    ['pred spanning both golds matches one', [s(0, 30)], [[0, 0]]],
  ];
  for (const [tag, pred, expected] of rows) {
    assert.deepEqual(matchOneToOne(gold, pred, (g, p) => overlapLength(g, p) > 0, overlapLength), expected, tag);
  }
});

test('prf arithmetic, with null for empty denominators', () => {
  const rows: [string, { tp: number; fp: number; fn: number }, [number | null, number | null, number | null]][] = [
    ['perfect', { tp: 4, fp: 0, fn: 0 }, [1, 1, 1]],
    ['half and half', { tp: 1, fp: 1, fn: 1 }, [0.5, 0.5, 0.5]],
    ['p 1, r 0.5', { tp: 2, fp: 0, fn: 2 }, [1, 0.5, 2 / 3]],
    ['nothing predicted', { tp: 0, fp: 0, fn: 3 }, [null, 0, null]],
    ['nothing right', { tp: 0, fp: 2, fn: 3 }, [0, 0, 0]],
    ['no gold, no pred', { tp: 0, fp: 0, fn: 0 }, [null, null, null]],
  ];
  for (const [tag, c, [p, r, f]] of rows) {
    const got = prf(c);
    assert.equal(got.precision, p, `${tag}: precision`);
    assert.equal(got.recall, r, `${tag}: recall`);
    assert.equal(got.f1 === null ? null : Number(got.f1.toFixed(6)), f === null ? null : Number(f.toFixed(6)), `${tag}: f1`);
  }
  assert.deepEqual(countsFromMatch(5, 3, [[0, 0], [1, 1]]), { tp: 2, fp: 1, fn: 3 }, 'counts from pairs');
});
