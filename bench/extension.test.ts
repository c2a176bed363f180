import { test } from 'node:test';
import assert from 'node:assert/strict';
import { findActivationMs } from './extension';

test('findActivationMs finds an activation time anywhere in a results file', () => {
  const rows: [string, unknown, number | null][] = [
    ['top level', { activationMs: 812 }, 812],
    ['nested', { passed: 3, timings: { extensionActivationMs: 95.5 } }, 95.5],
    ['key must mention activation', { startupMs: 10 }, null],
    ['value must be a number', { activation: 'fast' }, null],
    ['not an object', 42, null],
    ['null', null, null],
  ];
  for (const [tag, value, want] of rows) assert.equal(findActivationMs(value), want, tag);
});
