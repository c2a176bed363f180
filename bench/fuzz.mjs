#!/usr/bin/env node
// `npm run fuzz`: the analyze() property tests with many more cases than CI runs.
// FUZZ_RUNS (default 100000) cases per property; FUZZ_SEED (default: random, printed) so a
// failure can be replayed with the same seed. CI runs the same file with its small fixed defaults.
import { spawnSync } from 'node:child_process';

const env = { ...process.env };
env.FUZZ_RUNS = env.FUZZ_RUNS || '100000';
env.FUZZ_SEED = env.FUZZ_SEED || String(Math.floor(Math.random() * 2 ** 31));
console.log(`fuzz: FUZZ_RUNS=${env.FUZZ_RUNS} FUZZ_SEED=${env.FUZZ_SEED} (replay with the same values)`);
const r = spawnSync(process.execPath, ['--import', 'tsx', '--test', '--test-reporter=spec', 'server/src/analysis/analyze.property.test.ts'], {
  stdio: 'inherit',
  env,
});
process.exit(r.status ?? 1);
