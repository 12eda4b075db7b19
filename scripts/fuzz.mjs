// `npm run fuzz`: the property tests of src/core/rules/validate.fuzz.test.ts with
// 10,000 designs (FUZZ_RUNS overrides; FUZZ_SEED replays a reported failure).
// The seed is chosen here so that it is printed before the run and can be replayed.
import { spawnSync } from 'node:child_process';

const seed = process.env.FUZZ_SEED ?? String((Date.now() ^ Math.floor(Math.random() * 0x7fffffff)) | 0);
const env = { ...process.env, FUZZ_RUNS: process.env.FUZZ_RUNS ?? '10000', FUZZ_SEED: seed };
console.log(`fuzz: ${env.FUZZ_RUNS} designs, seed ${seed}`);
const started = Date.now();
const r = spawnSync('npx', ['vitest', 'run', 'src/core/rules/validate.fuzz.test.ts'], { stdio: 'inherit', env });
console.log(`fuzz: seed ${seed}, ${env.FUZZ_RUNS} designs, ${r.status === 0 ? 'no counterexample' : 'FAILED'}, ${((Date.now() - started) / 1000).toFixed(0)} s`);
process.exit(r.status ?? 1);
