// What loads before the canvas shows, and how long it takes: the production
// build's entry and preloaded chunks (gzip), then a real Chromium load of the
// built app timing the first usable canvas and Monaco's arrival.
// Budgets: ≤ 250 KiB gzip of JS before the canvas; the canvas before Monaco.
import { execSync, spawn } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { chromium } from '@playwright/test';

const root = join(import.meta.dirname, '..');
const dist = join(root, 'dist');
// Always rebuild: a stale dist/ would measure yesterday's bundle.
execSync('npx vite build', { cwd: root, stdio: 'ignore' });

const html = readFileSync(join(dist, 'index.html'), 'utf8');
const initial = [...html.matchAll(/(?:src|href)="\/(assets\/[^"]+\.js)"/g)].map((m) => m[1]!);
let total = 0;
console.log('JS loaded before the canvas (production build):');
for (const file of initial) {
  const gz = gzipSync(readFileSync(join(dist, file))).length;
  total += gz;
  console.log(`  ${file.padEnd(40)} ${(gz / 1024).toFixed(1).padStart(7)} KiB gzip`);
}
console.log(`  ${'total'.padEnd(40)} ${(total / 1024).toFixed(1).padStart(7)} KiB gzip  (budget 250 KiB: ${total / 1024 <= 250 ? 'ok' : 'OVER'})`);

const port = 4179;
// Vite itself, not through npx: killing npx would leave the server running.
const server = spawn(process.execPath, [join(root, 'node_modules', 'vite', 'bin', 'vite.js'), 'preview', '--host', '127.0.0.1', '--port', String(port), '--strictPort'], {
  cwd: root,
  stdio: 'ignore',
});
try {
  await waitForServer(`http://127.0.0.1:${port}/`);
  const executablePath = existsSync('/usr/bin/chromium') ? '/usr/bin/chromium' : undefined;
  const browser = await chromium.launch({ executablePath, args: ['--no-sandbox', '--disable-gpu'] });
  const runs: { canvas: number; monaco: number }[] = [];
  for (let i = 0; i < 5; i++) {
    const context = await browser.newContext({ viewport: { width: 1400, height: 850 } });
    const page = await context.newPage();
    const t0 = Date.now();
    await page.goto(`http://127.0.0.1:${port}/`);
    await page.locator('.react-flow__pane').waitFor();
    await page.getByTestId('palette.kafkaTopic').waitFor();
    const canvas = Date.now() - t0;
    await page.locator('.monaco-editor').waitFor({ timeout: 30_000 });
    const monaco = Date.now() - t0;
    runs.push({ canvas, monaco });
    await context.close();
  }
  await browser.close();
  const median = (xs: number[]) => xs.sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;
  console.log(`\nChromium, cold context, 5 loads (median): canvas usable ${median(runs.map((r) => r.canvas))} ms, Monaco ready ${median(runs.map((r) => r.monaco))} ms`);
} finally {
  server.kill();
}

async function waitForServer(url: string): Promise<void> {
  for (let i = 0; i < 100; i++) {
    try {
      if ((await fetch(url)).ok) return;
    } catch {
      /* not up yet */
    }
    await new Promise((r) => setTimeout(r, 100));
  }
  throw new Error(`preview server did not start at ${url}`);
}
