// The broker harness itself: it starts a real mock cluster, messages written to
// it come back from an independent kcat consumer byte for byte, stopping leaves
// no process behind, and neither does a test process that dies without stopping.
import { spawn, spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { isRunning, MockBroker } from './mockBroker';
import { freshName } from './rewire';

const started: MockBroker[] = [];
afterAll(async () => {
  for (const b of started) await b.stop();
});

async function start(): Promise<MockBroker> {
  const b = await MockBroker.start();
  started.push(b);
  return b;
}

/** Reads a topic's partition 0 from the beginning with a separate kcat, as JSON envelopes. */
function consume(address: string, topic: string): { offset: number; payload: string }[] {
  const r = spawnSync('kcat', ['-b', address, '-C', '-t', topic, '-p', '0', '-o', 'beginning', '-e', '-J', '-q'], { timeout: 20_000 });
  expect(r.status, r.stderr.toString()).toBe(0);
  return r.stdout
    .toString()
    .split('\n')
    .filter((l) => l.trim() !== '')
    .map((l) => JSON.parse(l) as { offset: number; payload: string })
    .map(({ offset, payload }) => ({ offset, payload }));
}

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

async function gone(pid: number, withinMs: number): Promise<boolean> {
  const until = Date.now() + withinMs;
  while (Date.now() < until) {
    if (!isRunning(pid)) return true;
    await sleep(50);
  }
  return !isRunning(pid);
}

describe('the mock broker', () => {
  it('serves on 127.0.0.1 and delivers produced messages in order, newlines and all', async () => {
    const b = await start();
    expect(b.address).toMatch(/^127\.0\.0\.1:\d+$/);
    expect(isRunning(b.pid)).toBe(true);
    const lines = freshName('lines');
    b.produce(lines, ['{"a":1}', 'plain text', 'Ève 🚀']);
    expect(consume(b.address, lines)).toEqual([
      { offset: 0, payload: '{"a":1}' },
      { offset: 1, payload: 'plain text' },
      { offset: 2, payload: 'Ève 🚀' },
    ]);
    const multi = freshName('multi');
    b.produce(multi, ['id,name\n1,Ann', '{\n  "a": 2\n}']);
    expect(consume(b.address, multi).map((m) => m.payload)).toEqual(['id,name\n1,Ann', '{\n  "a": 2\n}']);
  });

  it('refuses what kcat cannot send, naming the message', async () => {
    const b = await start();
    expect(() => b.produce('t', ['ok', ''])).toThrow(/message 1 is empty/);
    expect(() => b.produce('t', ['a\nb\u001ec'])).toThrow(/message 0 contains both a newline and U\+001E/);
  });

  it('stops: stdin closed, process signalled by PID and gone; producing afterwards says so', async () => {
    const b = await start();
    const pid = b.pid;
    await b.stop();
    expect(isRunning(pid)).toBe(false);
    expect(b.running).toBe(false);
    expect(() => b.produce('t', ['x'])).toThrow(/broker at 127\.0\.0\.1:\d+ is stopped/);
    await b.stop(); // a second stop is harmless
  });

  it('says clearly when kcat is missing', async () => {
    await expect(MockBroker.start({ command: '/nonexistent/kcat' })).rejects.toThrow(/kcat not found \(\/nonexistent\/kcat\): install Debian's kcat/);
  });

  it('says what went wrong when the program exits without a broker address', async () => {
    await expect(MockBroker.start({ command: 'false' })).rejects.toThrow(/exited \(code 1, signal null\) before the broker was up/);
  });

  // A test process can die without running afterAll: its kcat must not outlive it.
  for (const how of ['killed with SIGKILL', 'exiting without stop()'] as const) {
    it(`leaves no kcat behind when its process ends ${how}`, async () => {
      const harness = join(import.meta.dirname, 'mockBroker.ts');
      const script =
        `const { MockBroker } = await import(${JSON.stringify(harness)});` +
        `const b = await MockBroker.start(); console.log(b.pid);` +
        (how === 'exiting without stop()' ? 'setTimeout(() => process.exit(0), 300);' : 'setInterval(() => {}, 1000);');
      const child = spawn(process.execPath, ['--import', 'tsx', '--input-type=module', '-e', script], { stdio: ['ignore', 'pipe', 'inherit'] });
      const pid = await new Promise<number>((resolve, reject) => {
        child.stdout.once('data', (d: Buffer) => resolve(Number(d.toString().trim())));
        child.once('exit', (code) => reject(new Error(`helper exited early (${code})`)));
      });
      expect(isRunning(pid)).toBe(true);
      if (how === 'killed with SIGKILL') child.kill('SIGKILL');
      await new Promise((r) => child.once('exit', r));
      expect(await gone(pid, 5000), `kcat ${pid} still running`).toBe(true);
    });
  }
});
