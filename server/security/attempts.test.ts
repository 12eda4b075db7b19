// Replays every generated attack (attempts.ts) on the real endpoint with its own
// engine process: each must be refused with a reason, no response may hold the
// canary's secret or /etc/passwd, nothing may be written, and the loopback
// listener named by every URL and host must never be called.
// SECURITY_FULL=1 crosses every statement and the main table functions with every disguise.
import { readdirSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestEndpoint, type TestEndpoint } from '../testServer.ts';
import { buildAttempts, DB, type Attempt } from './attempts.ts';
import { plantCanary, type Canary } from './canary.ts';
import { client, inParallel, layerOf, type Client, type Reply } from './client.ts';
import { startListener, type Listener } from './loopback.ts';

let ep: TestEndpoint;
let canary: Canary;
let listener: Listener;
let c: Client;
let engineDirs: string[] = [];

beforeAll(async () => {
  canary = plantCanary();
  listener = await startListener();
  ep = await startTestEndpoint();
  c = client(ep);
  // Real objects to aim at, so an attack fails for being an attack and not for a missing table.
  for (const sql of [
    `CREATE DATABASE IF NOT EXISTS ${DB}`,
    `CREATE TABLE ${DB}.t (a String) ENGINE = MergeTree ORDER BY a`,
    `CREATE TABLE ${DB}.u (a String) ENGINE = MergeTree ORDER BY a`,
  ]) {
    const r = await c.post(sql);
    expect(r.status, r.text).toBe(200);
  }
  const dirs = await c.post("SELECT DISTINCT value FROM system.server_settings WHERE name IN ('user_files_path', 'format_schema_path', 'user_scripts_path')");
  engineDirs = dirs.text.trim().split('\n');
}, 60_000);

afterAll(async () => {
  await ep?.close();
  await listener?.close();
  canary?.remove();
});

/** Why a reply does not count as a refusal, or '' when it does. */
function notRefused(r: Reply): string {
  if (r.status === 200) return `answered 200: ${r.text.slice(0, 120)}`;
  if (r.code === '202') return 'the engine was busy (not a refusal)';
  if (/the local engine (stopped|could not start|was restarted)/.test(r.text)) return `the engine fell over: ${r.text.slice(0, 160)}`;
  if (!/^Code: \d+\. DB::Exception: .{8,}/.test(r.text)) return `no reason given: ${JSON.stringify(r.text.slice(0, 120))}`;
  return '';
}

// Filled in below; a function so the canary paths exist before the attempts are built.
const groups = (): Record<string, Attempt[]> =>
  buildAttempts({ secretPath: canary.secretPath, writePath: canary.writePath, listener: listener.address }, process.env.SECURITY_FULL === '1');
const GROUPS = ['table functions', 'table and database engines', 'dictionaries', 'statements', 'settings', 'URL parameters', 'function references', 'callers'];
let total = 0;

describe('every attempt is refused', () => {
  it.each(GROUPS)('refuses every attempt with %s, with a reason', async (group) => {
    const attempts = groups()[group]!;
    expect(attempts.length).toBeGreaterThanOrEqual(9);
    total += attempts.length;
    const replies = await inParallel(attempts, 4, (a: Attempt) => c.send({ sql: a.sql, params: a.params, headers: a.headers }));
    const failures: string[] = [];
    const layers: Record<string, number> = {};
    const reachedEngine: string[] = [];
    replies.forEach((r, i) => {
      const a = attempts[i]!;
      const layer = layerOf(r);
      layers[layer] = (layers[layer] ?? 0) + 1;
      if (layer === 'engine') reachedEngine.push(`${a.label}: ${r.text.slice(0, 140)}`);
      const why = notRefused(r);
      if (why) failures.push(`${a.label}\n    ${JSON.stringify(a.sql).slice(0, 200)}\n    ${why}`);
    });
    console.log(`${group}: ${attempts.length} attempts; refused by ${JSON.stringify(layers)}`);
    if (reachedEngine.length) console.log(`  refused only when run (${reachedEngine.length}):\n  ${reachedEngine.slice(0, 20).join('\n  ')}`);
    expect(failures, failures.slice(0, 40).join('\n')).toEqual([]);
  }, 600_000);
});

describe('the token', () => {
  const callers: Array<Record<string, string>> = [
    { Origin: 'http://evil.example' },
    { Origin: 'null' },
    { 'Sec-Fetch-Site': 'cross-site' },
    { 'Sec-Fetch-Site': 'same-site' },
  ];
  it.each(callers)(
    'is not handed to %o',
    async (headers) => {
      const r = await fetch(`${ep.base}/engine/session`, { headers });
      const text = await r.text();
      expect(r.status).toBe(403);
      expect(text).not.toContain(ep.token);
      expect(r.headers.get('access-control-allow-origin')).toBeNull();
    },
  );
});

describe('the Run routes', () => {
  const bad: Array<[string, Record<string, string>]> = [
    ['another origin', { Origin: 'http://evil.example', 'X-Chflow-Token': 'test-token' }],
    ['a cross-site request', { 'Sec-Fetch-Site': 'cross-site', 'X-Chflow-Token': 'test-token' }],
    ['no token', {}],
  ];
  it.each(bad.flatMap(([who, headers]) => ['broker', 'produce'].map((route) => [route, who, headers] as const)))(
    'refuses /engine/%s from %s',
    async (route, _who, headers) => {
      const body = JSON.stringify({ topic: 'chflow_run_x', messages: ['m'] });
      const r = await fetch(`${ep.base}/engine/${route}`, { method: 'POST', body, headers });
      expect(r.status, await r.text()).toBe(403);
    },
  );
});

describe('the canary', () => {
  it('was never read: no response holds the secret or /etc/passwd', () => {
    expect(total).toBeGreaterThan(3000);
    expect(c.bodies.length).toBeGreaterThanOrEqual(total);
    const leaks = c.bodies.map((b) => [canary.leak(b), b] as const).filter(([l]) => l !== '');
    expect(leaks.map(([l, b]) => `${l} in ${b.slice(0, 200)}`)).toEqual([]);
  });

  it('was never written: its directory, the write target and the engine directories are unchanged', () => {
    expect(canary.changes()).toEqual([]);
    expect(engineDirs.length).toBeGreaterThan(0);
    for (const d of engineDirs) expect(readdirSync(d), d).toEqual([]);
  });

  it('the loopback listener was never called', () => {
    expect(listener.connections).toEqual([]);
  });
});
