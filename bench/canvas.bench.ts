// The canvas at size, in Chromium on the built app (with the test hook): for designs
// of 100, 300 and 500 nodes, the time to open the design, the JS heap after load, 30
// keystrokes in a node's name field and a 60-move drag of a node.
// Budget (issue 12): a keystroke reaches the SQL pane within one frame and a drag keeps
// every frame within 16 ms, at 500 nodes. On a 60 Hz display an input waits for the next
// refresh (0 to 16.7 ms) before any frame can show it, so "within one frame" is checked
// as: the change is painted in the first frame after the input (latency under two
// refreshes) and the frames keep the display's pace while typing or dragging (the p95 gap
// between frames within one refresh). The timed passes run untraced; the main thread's
// CPU time per input comes from a second, traced pass.
import { execSync, spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { loadavg } from 'node:os';
import { join } from 'node:path';
import { chromium, type Page } from '@playwright/test';
import { laidOutDesign } from './design';
import { installProbes, type Probe } from './canvasProbes';

const root = join(import.meta.dirname, '..');
const outDir = process.env.BENCH_OUT ?? 'dist-e2e-bench';
const sizes = (process.env.BENCH_SIZES ?? '100,300,500').split(',').map(Number);
const port = Number(process.env.BENCH_PORT) || 4181;
const TYPED = '_abcdefghijklmnopqrstuvwxyz123';
const MOVES = 60;
/** One refresh of a 60 Hz display, plus the jitter of the frame clock. */
const FRAME = 1000 / 60;
const ON_TIME = FRAME + 0.5;

if (!process.env.BENCH_NO_BUILD) execSync(`npx vite build --outDir ${outDir}`, { cwd: root, stdio: 'ignore', env: { ...process.env, VITE_TEST_HOOK: '1' } });

const server = spawn(
  process.execPath,
  [join(root, 'node_modules', 'vite', 'bin', 'vite.js'), 'preview', '--outDir', outDir, '--host', '127.0.0.1', '--port', String(port), '--strictPort'],
  { cwd: root, stdio: 'ignore' },
);

/** One interaction (typing, dragging): latency per input, frame gaps, long tasks, CPU per input. */
interface Pass {
  latency: number[];
  intervals: number[];
  longTasks: number[];
  cpu: number;
}

interface Row {
  nodes: number;
  openMs: number;
  heapMiB: number;
  typing: Pass;
  dragging: Pass;
}

try {
  await waitForServer(`http://127.0.0.1:${port}/`);
  const executablePath = existsSync('/usr/bin/chromium') ? '/usr/bin/chromium' : undefined;
  const browser = await chromium.launch({ executablePath, args: ['--no-sandbox', '--disable-gpu'] });
  const rows: Row[] = [];
  for (const n of sizes) {
    const context = await browser.newContext({ viewport: { width: 1400, height: 850 } });
    const page = await context.newPage();
    await page.goto(`http://127.0.0.1:${port}/`);
    await page.waitForFunction(() => window.__chflowMonacoReady === true, undefined, { timeout: 60_000 });
    await installProbes(page);
    const openMs = await page.evaluate((p) => (window as unknown as Probe).__bench.open(p), laidOutDesign(n));
    const heapMiB = await heapAfterGc(page);
    const typing = await typeInName(page);
    const dragging = await dragANode(page);
    rows.push({ nodes: n, openMs, heapMiB, typing, dragging });
    await context.close();
  }
  await browser.close();
  report(rows);
} finally {
  server.kill();
}

/** What `run` returns, and the CPU milliseconds the renderer's main thread spent on tasks meanwhile. */
async function mainThreadCpu<T>(page: Page, run: () => Promise<T>): Promise<[T, number]> {
  const browser = page.context().browser()!;
  // 'toplevel' alone: its task events carry the thread time, and it adds the least overhead.
  await browser.startTracing(page, { categories: ['toplevel'] });
  const result = await run();
  const events = JSON.parse((await browser.stopTracing()).toString()).traceEvents as TraceEvent[];
  const main = new Set(events.filter((e) => e.name === 'thread_name' && e.args?.name === 'CrRendererMain').map((e) => `${e.pid}:${e.tid}`));
  const tasks = events
    .filter((e) => e.name === 'ThreadControllerImpl::RunTask' && e.tdur !== undefined && main.has(`${e.pid}:${e.tid}`))
    .sort((a, b) => a.ts! - b.ts!);
  // Nested tasks are part of the task around them: count top-level ones only.
  let micros = 0;
  let end = -Infinity;
  for (const e of tasks) {
    if (e.ts! < end) continue;
    micros += e.tdur!;
    end = e.ts! + (e.dur ?? 0);
  }
  return [result, micros / 1000];
}

interface TraceEvent {
  name: string;
  pid: number;
  tid: number;
  ts?: number;
  dur?: number;
  /** Thread (CPU) time of a complete event, in µs. */
  tdur?: number;
  args?: { name?: string };
}

async function heapAfterGc(page: Page): Promise<number> {
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('HeapProfiler.collectGarbage');
  await cdp.send('Performance.enable');
  const { metrics } = await cdp.send('Performance.getMetrics');
  return (metrics.find((m) => m.name === 'JSHeapUsedSize')?.value ?? 0) / 2 ** 20;
}

/**
 * Selects a node in view, then types 30 characters at the end of its name, about 20 a
 * second, timing each keystroke; then types them again under a trace for the CPU time.
 * The timed pass runs untraced: tracing slows the page and would inflate the latency.
 */
async function typeInName(page: Page): Promise<Pass> {
  const id = await page.evaluate(() => (window as unknown as Probe).__bench.nodeInView(0));
  await page.locator(`.react-flow__node[data-id="${id}"] .node-header`).click();
  const name = page.getByTestId('panel.name');
  await name.click();
  await name.press('End');
  await page.evaluate(() => (window as unknown as Probe).__bench.startKeys());
  await name.pressSequentially(TYPED, { delay: 50 });
  await page.waitForTimeout(300);
  const timed = await page.evaluate(() => (window as unknown as Probe).__bench.stopKeys());
  const [, cpu] = await mainThreadCpu(page, async () => {
    await name.pressSequentially(TYPED, { delay: 50 });
    await page.waitForTimeout(300);
  });
  const typed = await name.inputValue();
  const text = await page.evaluate(() => window.__chflow!.editorText() ?? '');
  if (!text.includes(typed)) throw new Error(`the SQL pane does not show the typed name ${typed}`);
  return { latency: timed.key, intervals: timed.intervals, longTasks: timed.longTasks, cpu: cpu / TYPED.length };
}

/**
 * Drags another node in view by its header in MOVES pointer moves, one per frame or so,
 * timing each frame; then drags it back under a trace for the CPU time.
 */
async function dragANode(page: Page): Promise<Pass> {
  await page.evaluate(() => (document.activeElement as HTMLElement | null)?.blur());
  const id = await page.evaluate(() => (window as unknown as Probe).__bench.nodeInView(1));
  const box = await page.locator(`.react-flow__node[data-id="${id}"] .node-header`).boundingBox();
  if (!box) throw new Error('no node to drag');
  const x = box.x + box.width / 2;
  const y = box.y + box.height / 2;
  const path = (i: number) => [x + i * 4, y + (i % 20) * 3] as const;
  await page.mouse.move(x, y);
  await page.mouse.down();
  await page.evaluate(() => (window as unknown as Probe).__bench.startDrag());
  for (let i = 1; i <= MOVES; i++) await page.mouse.move(...path(i));
  const timed = await page.evaluate(() => (window as unknown as Probe).__bench.stopDrag());
  await page.mouse.up();
  await page.waitForTimeout(200);
  await page.mouse.down();
  const [, cpu] = await mainThreadCpu(page, async () => {
    for (let i = MOVES - 1; i >= 0; i--) await page.mouse.move(...path(i));
  });
  await page.mouse.up();
  await page.waitForTimeout(200);
  return { latency: timed.drag, intervals: timed.intervals, longTasks: timed.longTasks, cpu: cpu / MOVES };
}

function report(rows: Row[]): void {
  const pct = (xs: number[], p: number) => {
    const s = [...xs].sort((a, b) => a - b);
    return s.length ? s[Math.min(s.length - 1, Math.floor(p * s.length))]! : NaN;
  };
  const f = (x: number) => x.toFixed(1).padStart(6);
  const missed = (xs: number[]) => `${((100 * xs.filter((x) => x > ON_TIME).length) / Math.max(1, xs.length)).toFixed(0).padStart(3)}%`;
  const cols = (p: Pass) =>
    `${f(pct(p.latency, 0.5))} ${f(pct(p.latency, 0.95))}   ${f(pct(p.intervals, 0.95))}  ${missed(p.intervals)}  ${f(p.cpu)}   ${p.longTasks.length ? `${p.longTasks.length} (${Math.max(...p.longTasks).toFixed(0)})` : '0'}`.padEnd(52);
  const [l1, l5] = loadavg();
  console.log(`\nCanvas at size, Chromium on the built app (load average ${l1!.toFixed(1)} / ${l5!.toFixed(1)})`);
  console.log('latency: input until its frame is painted (p50, p95); frame: gap between frames (p95) and the share over one 60 Hz frame;');
  console.log('CPU: main-thread time per input (from a trace); long: tasks over 50 ms (max ms)');
  console.log('                            keystroke → SQL pane                                 drag a node');
  console.log('nodes   open ms  heap MiB   lat p50 lat p95   frame  over   CPU ms   long        lat p50 lat p95   frame  over   CPU ms   long');
  for (const r of rows) console.log(`${String(r.nodes).padStart(5)}   ${f(r.openMs)}   ${f(r.heapMiB)}    ${cols(r.typing)}${cols(r.dragging)}`);
  // "Within one frame": the change is in the first frame after the input (latency under two
  // refreshes) and the frames keep the display's pace (p95 gap within one refresh).
  const next = Math.max(...rows.flatMap((r) => [pct(r.typing.latency, 0.95), pct(r.dragging.latency, 0.95)]));
  const gap = Math.max(...rows.flatMap((r) => [pct(r.typing.intervals, 0.95), pct(r.dragging.intervals, 0.95)]));
  const ok = next < 2 * FRAME && gap <= ON_TIME;
  console.log(
    `keystroke and drag: shown in the next frame (latency p95 ${next.toFixed(1)} ms ${next < 2 * FRAME ? '<' : '≥'} ${(2 * FRAME).toFixed(1)}) and frames on time (gap p95 ${gap.toFixed(1)} ms ${gap <= ON_TIME ? '≤' : '>'} ${ON_TIME.toFixed(1)}): ${ok ? 'within budget' : 'OVER budget'}`,
  );
  const cpu = Math.max(...rows.map((r) => Math.max(r.typing.cpu, r.dragging.cpu)));
  // Everything the page ran while typing or dragging (frames, timers, the validation after the
  // pause), divided by the inputs: a keystroke 50 ms after the last one has about three frames.
  console.log(`main-thread CPU per keystroke / pointer move (all work while typing or dragging ÷ inputs, traced): at most ${cpu.toFixed(1)} ms`);
}

async function waitForServer(url: string): Promise<void> {
  for (let i = 0; i < 200; i++) {
    try {
      if ((await fetch(url)).ok) return;
    } catch {
      /* not up yet */
    }
    await new Promise((r) => setTimeout(r, 100));
  }
  throw new Error(`preview server did not start at ${url}`);
}
