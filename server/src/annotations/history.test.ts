import { test } from 'node:test';
import assert from 'node:assert/strict';
import { AnnotationHistory, putAnnotations } from './history';
import { type Annotation, createAnnotation, liveAnnotations } from './model';

const TEXT = 'Officials said the dam was “safe”.';
const at = (i: number): string => `2026-01-01T00:00:0${i}.000Z`;

test('undo and redo produce new versions in order', () => {
  const history = new AnnotationHistory();
  let list: Annotation[] = [];
  const created = createAnnotation(TEXT, { start: 27, end: 33 }, { kind: 'class', quoteKind: 'quote' }, { id: 'a1', now: at(0) });
  list = putAnnotations(list, [created]);
  history.record({ label: 'Add class', changes: [{ before: null, after: created }] });
  const changed = { ...created, quoteKind: 'scare', modified: at(1) } as Annotation;
  list = putAnnotations(list, [changed]);
  history.record({ label: 'Change class', changes: [{ before: created, after: changed }] });

  const steps: [string, 'undo' | 'redo', string | null, number, string | undefined][] = [
    ['undo change', 'undo', 'Change class', 1, 'quote'],
    ['undo create', 'undo', 'Add class', 0, 'quote'],
    ['nothing left to undo', 'undo', null, 0, 'quote'],
    ['redo create', 'redo', 'Add class', 1, 'quote'],
    ['redo change', 'redo', 'Change class', 1, 'scare'],
    ['nothing left to redo', 'redo', null, 1, 'scare'],
  ];
  let clock = 2;
  for (const [tag, action, label, liveCount, kind] of steps) {
    const step = action === 'undo' ? history.undo(at(clock)) : history.redo(at(clock));
    assert.equal(step?.label ?? null, label, `${tag}: label`);
    if (step) {
      list = putAnnotations(list, step.versions);
      assert.ok(step.versions.every((v) => v.modified === at(clock)), `${tag}: fresh modified time`);
    }
    clock++;
    assert.equal(liveAnnotations(list).length, liveCount, `${tag}: live count`);
    assert.equal(list.length, 1, `${tag}: tombstone kept, never two copies`);
    const a = list[0];
    assert.equal(a.kind === 'class' ? a.quoteKind : undefined, kind, `${tag}: kind`);
  }
  history.undo(at(9));
  history.record({ label: 'Other', changes: [{ before: null, after: created }] });
  assert.equal(history.canRedo(), false, 'a new operation clears redo');
});

test('history keeps at most its limit', () => {
  const history = new AnnotationHistory(3);
  const a = createAnnotation(TEXT, { start: 0, end: 9 }, { kind: 'reject', on: 'entity' }, { id: 'x', now: at(0) });
  for (let i = 0; i < 5; i++) history.record({ label: `op${i}`, changes: [{ before: null, after: a }] });
  const labels: string[] = [];
  for (let step = history.undo(at(1)); step; step = history.undo(at(1))) labels.push(step.label);
  assert.deepEqual(labels, ['op4', 'op3', 'op2'], 'oldest dropped');
});
