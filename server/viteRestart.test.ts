// The engine survives a Vite restart: the restarted server's endpoint reuses the
// running engine process instead of failing on chdb's one-data-directory rule.
import { readdirSync, readFileSync } from 'node:fs';
import { afterAll, expect, it } from 'vitest';
import { createServer, type ViteDevServer } from 'vite';
import { sharedEngineHost } from './engineHost';

let server: ViteDevServer | null = null;
const vitest = process.env.VITEST;

afterAll(async () => {
  await server?.close();
  sharedEngineHost().close();
  process.env.VITEST = vitest;
});

/** PIDs of engine processes this process started, read from /proc. */
function enginePids(): number[] {
  return readdirSync('/proc')
    .filter((d) => /^\d+$/.test(d))
    .filter((d) => {
      try {
        const stat = readFileSync(`/proc/${d}/stat`, 'utf8');
        const ppid = Number(stat.slice(stat.lastIndexOf(')') + 2).split(' ')[1]);
        return ppid === process.pid && readFileSync(`/proc/${d}/cmdline`, 'utf8').includes('engineChild');
      } catch {
        return false;
      }
    })
    .map(Number);
}

async function ask(base: string): Promise<string> {
  const session = (await (await fetch(`${base}/engine/session`)).json()) as { token: string };
  const r = await fetch(`${base}/engine/`, { method: 'POST', body: 'SELECT 40 + 2', headers: { 'X-Chflow-Token': session.token } });
  return (await r.text()).trim();
}

it('answers before and after server.restart(), from the same engine process', async () => {
  // The plugin stays out of Vitest's own servers; this test wants it in.
  delete process.env.VITEST;
  server = await createServer({ configFile: 'vite.config.ts', logLevel: 'silent', server: { port: 0, strictPort: false } });
  await server.listen();
  const base = () => server!.resolvedUrls!.local[0]!.replace(/\/$/, '');
  expect(await ask(base())).toBe('42');
  const before = enginePids();
  expect(before).toHaveLength(1);
  await server.restart();
  expect(await ask(base())).toBe('42');
  expect(enginePids()).toEqual(before);
}, 60_000);
