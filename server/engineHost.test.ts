// The engine host's deadline counts from when the engine is up: a cold start
// longer than the deadline must not kill the starting engine again and again.
import { existsSync } from 'node:fs';
import { afterAll, expect, it } from 'vitest';
import { EngineHost } from './engineHost';

const host = new EngineHost({ maxPending: 4, deadlineMs: 800 });
afterAll(() => host.close());

it('answers with a deadline shorter than the engine start, and removes its directories when the engine ends', async () => {
  const r = await host.request({ op: 'run', sql: 'SELECT 1', format: 'TSV' });
  expect(r).toEqual({ ok: true, body: '1\n' });
  expect(host.starts).toBe(1);
  const dirs = host.engineDirs;
  expect(dirs.length).toBe(2);
  expect(dirs.every((d) => existsSync(d))).toBe(true);
  host.restart('test');
  await expect.poll(() => dirs.some((d) => existsSync(d)), { timeout: 10_000 }).toBe(false);
}, 60_000);
