// The endpoint under load and failure, on real engine processes: a huge body, a
// burst of slow queries against the bounded queue, a query stuck past the
// deadline, the engine process killed, two endpoints on one shared host (a Vite
// restart), and a query wanting more memory than the engine's limit.
import { createEngineMiddleware } from '../endpoint.ts';
import { sharedEngineHost } from '../engineHost.ts';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestEndpoint, type TestEndpoint } from '../testServer.ts';
import { client, type Client, type Reply } from './client.ts';
import { engineChildren, hasProc } from './processes.ts';

let ep: TestEndpoint;
let c: Client;

beforeAll(async () => {
  ep = await startTestEndpoint();
  c = client(ep);
  expect((await c.post('SELECT 1')).status).toBe(200);
}, 60_000);

afterAll(async () => {
  await ep?.close();
});

/** One request without the busy retry, timed. */
async function timed(base: string, token: string, sql: string): Promise<Reply & { ms: number }> {
  const t0 = performance.now();
  const r = await fetch(`${base}/engine/`, { method: 'POST', body: sql, headers: { 'X-Chflow-Token': token } });
  const reply = { status: r.status, code: r.headers.get('x-clickhouse-exception-code'), text: await r.text() };
  return { ...reply, ms: performance.now() - t0 };
}

describe('resources', () => {
  it('refuses a 3.8 MB body quickly and keeps answering SELECT 1 meanwhile', async () => {
    const huge = 'SELECT ' + '1+'.repeat(1_900_000) + '1';
    const big = timed(ep.base, ep.token, huge);
    const during = await timed(ep.base, ep.token, 'SELECT 1');
    const r = await big;
    expect(r.status).toBe(403);
    expect(r.text).toMatch(/larger than \d+ bytes/);
    expect(r.ms).toBeLessThan(3000);
    expect(during.text.trim()).toBe('1');
    expect(during.ms).toBeLessThan(1000);
  });

  it('refuses a 900 KB body (under the request limit, over max_query_size) before reading it', async () => {
    const near = 'SELECT ' + '1+'.repeat(450_000) + '1';
    const big = timed(ep.base, ep.token, near);
    const during = await timed(ep.base, ep.token, 'SELECT 1');
    const r = await big;
    expect(r.status).toBe(403);
    expect(r.text).toMatch(/the query is longer than 262144 characters/);
    expect(r.ms).toBeLessThan(1000);
    expect(during.text.trim()).toBe('1');
    expect(during.ms).toBeLessThan(1000);
  });

  it('reads a 260 KB expression at the limit and refuses it in ClickHouse’s parser without running it', async () => {
    const edge = 'SELECT ' + '1+'.repeat(130_000) + '1';
    const big = timed(ep.base, ep.token, edge);
    const during = await timed(ep.base, ep.token, 'SELECT 1');
    const r = await big;
    console.log(`260 KB expression refused in ${Math.round(r.ms)} ms; SELECT 1 meanwhile took ${Math.round(during.ms)} ms`);
    expect(r.status).toBe(500);
    expect(r.text).toMatch(/TOO_DEEP_AST|Max query size exceeded/);
    expect(during.text.trim()).toBe('1');
    // The engine reads one request at a time: SELECT 1 waits for ClickHouse's parser to give up on the other.
    expect(during.ms).toBeLessThan(5000);
  }, 20_000);

  it('bounds the queue: a burst of slow queries gets busy errors at once, and SELECT 1 answers within the deadline', async () => {
    const t0 = performance.now();
    const burst = await Promise.all(Array.from({ length: 10 }, () => timed(ep.base, ep.token, 'SELECT sleep(0.6)')));
    const busy = burst.filter((r) => r.code === '202');
    const done = burst.filter((r) => r.status === 200);
    expect(busy.length).toBeGreaterThanOrEqual(2);
    expect(busy.length + done.length).toBe(10);
    for (const b of busy) {
      expect(b.text).toMatch(/busy/);
      expect(b.ms).toBeLessThan(500);
    }
    const after = await timed(ep.base, ep.token, 'SELECT 1');
    expect(after.text.trim()).toBe('1');
    expect(performance.now() - t0).toBeLessThan(ep.host.opts.deadlineMs);
  }, 30_000);

  it('refuses a query wanting more than max_memory_usage and stays up', async () => {
    const starts = ep.host.starts;
    const r = await c.post('SELECT length(groupArray(randomString(1000))) FROM numbers(2000000)');
    expect(r.code).toBe('241');
    expect(r.text).toMatch(/MEMORY_LIMIT_EXCEEDED/);
    expect((await c.post('SELECT 1')).text.trim()).toBe('1');
    expect(ep.host.starts).toBe(starts);
  }, 30_000);

  it.skipIf(!hasProc())('starts a new engine after its process is killed', async () => {
    const starts = ep.host.starts;
    const [pid, ...others] = engineChildren();
    expect(pid, 'one engine process for this endpoint').toBeDefined();
    expect(others).toEqual([]);
    const inFlight = timed(ep.base, ep.token, 'SELECT sleep(2)');
    await new Promise((r) => setTimeout(r, 300));
    process.kill(pid!, 'SIGKILL');
    const lost = await inFlight;
    expect(lost.status).not.toBe(200);
    expect(lost.text).toMatch(/the local engine stopped \(SIGKILL\)/);
    const next = await c.post('SELECT 1');
    expect(next.text.trim()).toBe('1');
    expect(ep.host.starts).toBe(starts + 1);
    expect(engineChildren()).not.toContain(pid);
  }, 30_000);
});

describe('deadline', () => {
  let short: TestEndpoint;
  beforeAll(async () => {
    short = await startTestEndpoint({}, { deadlineMs: 20_000 });
  });
  afterAll(async () => {
    await short?.close();
  });

  it('restarts the engine when a query outlives the deadline, and the next query works', async () => {
    const first = await timed(short.base, short.token, 'SELECT 1');
    expect(first.status, `${first.text} after ${Math.round(first.ms)} ms`).toBe(200);
    const starts = short.host.starts;
    // The deadline also runs while the engine starts (2–4 s on this machine when busy), so a deadline
    // shorter than that would kill every start: shorten it only once the engine is up, and restore it.
    short.host.opts.deadlineMs = 3500;
    // One second per block of one row: five seconds in all, past the 3.5 s deadline (and at ClickHouse's own 5 s limit).
    const stuck = await timed(short.base, short.token, 'SELECT sleepEachRow(1) FROM numbers(5) SETTINGS max_block_size = 1');
    expect(stuck.code).toBe('159');
    expect(stuck.text).toMatch(/no answer from the local engine within 3\.5 s; it was restarted/);
    expect(stuck.ms).toBeLessThan(4500);
    short.host.opts.deadlineMs = 20_000;
    const next = await timed(short.base, short.token, 'SELECT 1');
    expect(next.text.trim()).toBe('1');
    expect(short.host.starts).toBe(starts + 1);
  }, 30_000);
});

describe('a Vite restart', () => {
  it('two endpoints on the process-wide host share one engine and both answer', async () => {
    const host = sharedEngineHost();
    const serve = async (token: string) => {
      const mw = createEngineMiddleware({ token });
      const server = createServer((req, res) => mw(req, res, () => res.end()));
      await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
      return { server, base: `http://127.0.0.1:${(server.address() as AddressInfo).port}`, token };
    };
    // Engines stopped by the tests above may still be exiting: count only processes started from here on.
    const before = new Set(engineChildren());
    const first = await serve('first');
    const second = await serve('second');
    try {
      const db = 'chflow_scratch_restart';
      expect((await timed(first.base, first.token, `CREATE DATABASE ${db}`)).status).toBe(200);
      const seen = await timed(second.base, second.token, `EXISTS DATABASE ${db}`);
      expect(seen.text.trim()).toBe('1');
      expect((await timed(second.base, second.token, `DROP DATABASE ${db} SYNC`)).status).toBe(200);
      expect(host.starts).toBe(1);
      if (hasProc()) expect(engineChildren().filter((pid) => !before.has(pid))).toHaveLength(1);
      // Each endpoint keeps its own token.
      expect((await timed(second.base, first.token, 'SELECT 1')).code).toBe('516');
    } finally {
      first.server.close();
      second.server.close();
      host.close();
    }
  }, 30_000);
});
