// SQL import timing: a script of at least 1 MB (the SQL of a generated design
// grown until it is that big) parsed into a design and laid out. Budget: 100 ms
// median. Also checks that the parser is not in the JS loaded before the canvas
// (run after startup.bench.ts, which builds dist/).
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { generateSql } from '../src/core/sql/generate';
import { importSql } from '../src/core/sql/import/importSql';
import { design } from './design';

let script = '';
for (let n = 1000; script.length < 1024 * 1024; n += 500) script = generateSql(design(n)).text;
const kib = (script.length / 1024).toFixed(0);

const check = importSql(script);
const errors = check.messages.filter((m) => m.kind === 'error');
if (errors.length > 0) throw new Error(`the bench script does not import: ${errors[0]!.text}`);

// Present when node runs with --expose-gc (as `npm run bench` does): the garbage of one run is not billed to the next.
const collectGarbage = (globalThis as { gc?: () => void }).gc;
for (let i = 0; i < 3; i++) importSql(script); // warm-up (JIT)
const times: number[] = [];
const cpu: number[] = [];
for (let i = 0; i < 15; i++) {
  collectGarbage?.();
  const c0 = process.cpuUsage();
  const t0 = performance.now();
  importSql(script);
  times.push(performance.now() - t0);
  const c = process.cpuUsage(c0);
  cpu.push((c.user + c.system) / 1000);
}
times.sort((a, b) => a - b);
cpu.sort((a, b) => a - b);
const median = times[Math.floor(times.length / 2)]!;
console.log(`\nSQL import of a ${kib} KiB script (${check.statements} statements, ${check.imported} objects): median ${median.toFixed(1)} ms, min ${times[0]!.toFixed(1)} ms, CPU median ${cpu[Math.floor(cpu.length / 2)]!.toFixed(1)} ms (budget 100 ms: ${median <= 100 ? 'ok' : 'OVER'})`);

// A sentence only the import modules hold: it must not be in what index.html loads.
const dist = join(import.meta.dirname, '..', 'dist');
if (existsSync(join(dist, 'index.html'))) {
  const html = readFileSync(join(dist, 'index.html'), 'utf8');
  const initial = [...html.matchAll(/(?:src|href)="\/(assets\/[^"]+\.js)"/g)].map((m) => readFileSync(join(dist, m[1]!), 'utf8'));
  const inStartup = initial.some((js) => js.includes('refuses TO together with ENGINE'));
  console.log(`SQL import parser in the JS loaded before the canvas: ${inStartup ? 'YES (should load on first use)' : 'no'}`);
}
