// Random token sequences and query-shaped compositions of attack pieces, posted
// to the real endpoint. Whatever the answer: the canary is never read or
// written and the loopback listener never called. Every query answered 200 must
// be one the guard approves on ClickHouse's normalised text and one that a blunt
// second reading (strictReading.ts) finds nothing outside the scratch area in;
// and nothing outside the scratch area changes in the engine.
// SECURITY_RUNS=5000 runs more; SECURITY_SEED replays a failure.
import fc from 'fast-check';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { guardQuery } from '../sqlGuard.ts';
import { startTestEndpoint, type TestEndpoint } from '../testServer.ts';
import { plantCanary, type Canary } from './canary.ts';
import { client, type Client } from './client.ts';
import { startListener, type Listener } from './loopback.ts';
import { PROP_DB, shaped, soup } from './randomQueries.ts';
import { reachesOutside } from './strictReading.ts';

const RUNS = Number(process.env.SECURITY_RUNS ?? 300);
const SEED = process.env.SECURITY_SEED === undefined ? undefined : Number(process.env.SECURITY_SEED);

let ep: TestEndpoint;
let canary: Canary;
let listener: Listener;
let c: Client;

// What a query may never change: databases and tables outside the scratch namespace, grants, limits.
const STATE = [
  "SELECT name FROM system.databases WHERE name NOT LIKE 'chflow\\_scratch\\_%' ORDER BY name",
  "SELECT database, name, engine FROM system.tables WHERE database NOT LIKE 'chflow\\_scratch\\_%' AND database NOT IN ('system', 'information_schema', 'INFORMATION_SCHEMA') ORDER BY ALL",
  'SHOW GRANTS',
  "SELECT name, value FROM system.settings WHERE name IN ('max_execution_time', 'max_memory_usage', 'readonly', 'format_schema', 'format_template_row', 'max_result_bytes') ORDER BY name",
];
let before: string[] = [];
const state = async (): Promise<string[]> => Promise.all(STATE.map(async (q) => (await c.post(q)).text));

beforeAll(async () => {
  canary = plantCanary();
  listener = await startListener();
  ep = await startTestEndpoint();
  c = client(ep);
  for (const sql of [`CREATE DATABASE ${PROP_DB}`, `CREATE TABLE ${PROP_DB}.t (a String, name String) ENGINE = MergeTree ORDER BY a`]) {
    expect((await c.post(sql)).status).toBe(200);
  }
  before = await state();
}, 60_000);

afterAll(async () => {
  await ep?.close();
  await listener?.close();
  canary?.remove();
});

const targets = () => ({ secretPath: canary.secretPath, writePath: canary.writePath, listener: listener.address });

it(`random queries never reach outside the scratch area (${RUNS} runs)`, async () => {
  let answered = 0;
  const arb = fc.oneof({ weight: 1, arbitrary: soup(targets()) }, { weight: 2, arbitrary: shaped(targets()) });
  await fc.assert(
    fc.asyncProperty(arb, async (sql) => {
      const r = await c.post(sql);
      expect(canary.leak(r.text), r.text.slice(0, 200)).toBe('');
      expect(listener.connections).toEqual([]);
      expect(canary.changes()).toEqual([]);
      expect(r.code, 'the engine must answer, not be busy or fall over').not.toBe('202');
      expect(r.text).not.toMatch(/the local engine (stopped|could not start|was restarted)/);
      if (r.status !== 200) {
        expect(r.text).toMatch(/^Code: \d+\. DB::Exception: ./);
        return;
      }
      answered++;
      // The text that ran is ClickHouse's normalised reading of what was sent.
      const n = await c.post('SELECT formatQuerySingleLine({q:String})'.replace('{q:String}', `'${sql.replace(/\\/g, '\\\\').replace(/'/g, "\\'")}'`), { default_format: 'TSVRaw' });
      expect(n.status, n.text).toBe(200);
      const normal = n.text.replace(/\n$/, '');
      expect(guardQuery(normal), normal).toEqual({ ok: true });
      expect(reachesOutside(normal), normal).toEqual([]);
    }),
    { numRuns: RUNS, seed: SEED, endOnFailure: true },
  );
  console.log(`${RUNS} random queries, ${answered} answered 200`);
  expect(await state()).toEqual(before);
}, 240_000);
