// `npm run fuzz`: the property tests of src/core/rules/validate.fuzz.test.ts with
// 10,000 designs (FUZZ_RUNS overrides; FUZZ_SEED replays a reported failure).
import { spawnSync } from 'node:child_process';

const env = { ...process.env, FUZZ_RUNS: process.env.FUZZ_RUNS ?? '10000' };
console.log(`fuzz: ${env.FUZZ_RUNS} designs${env.FUZZ_SEED ? `, seed ${env.FUZZ_SEED}` : ''}`);
const r = spawnSync('npx', ['vitest', 'run', 'src/core/rules/validate.fuzz.test.ts'], { stdio: 'inherit', env });
process.exit(r.status ?? 1);
