import { test } from 'node:test';
import assert from 'node:assert/strict';
import { RestartPolicy } from './restartPolicy';

test('restartPolicy: restarts a few times per window, then gives up until reset', () => {
  let clock = 0;
  const policy = new RestartPolicy(2, 1000, () => clock);
  const rows: [string, number, boolean, number][] = [
    ['first stop', 0, true, 1],
    ['second stop', 100, true, 2],
    ['third stop in the window', 200, false, 3],
    ['window slid past the first two', 1150, true, 2],
  ];
  for (const [tag, at, restart, recent] of rows) {
    clock = at;
    assert.deepEqual(policy.onStopped(), { restart, recentStops: recent }, tag);
  }
  policy.reset();
  clock = 1160;
  assert.deepEqual(policy.onStopped(), { restart: true, recentStops: 1 }, 'after reset');
});
