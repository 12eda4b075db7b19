// Layer 5 on its own: attacks sent straight to the engine process, past the
// tokenizer, the parser step and the guard. ClickHouse's grants, constraints and
// configuration must refuse them, except the few that clickhouse-local leaves
// to the guard; those are listed (SECURITY.md names them too), each is shown to
// get through the engine alone and to be refused by the full endpoint, so the
// list cannot silently go stale in either direction. Uses a canary of its own:
// the guard-only cases really read and write it.
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEFAULT_HOST_OPTIONS, EngineHost } from '../engineHost.ts';
import { startTestEndpoint, type TestEndpoint } from '../testServer.ts';
import { plantCanary, type Canary } from './canary.ts';
import { client } from './client.ts';

const DB = 'chflow_scratch_layer';
// Planted while the tests are collected: the attack lists below name its paths.
const canary: Canary = plantCanary();
let ep: TestEndpoint;
let host: EngineHost;
const run = (sql: string) => host.request({ op: 'run', sql, format: 'TSVRaw' });

beforeAll(async () => {
  ep = await startTestEndpoint();
  host = ep.host;
  for (const sql of [`CREATE DATABASE ${DB}`, `CREATE TABLE ${DB}.t (a String) ENGINE = MergeTree ORDER BY a`]) {
    expect(await run(sql)).toMatchObject({ ok: true });
  }
}, 60_000);

afterAll(async () => {
  await ep?.close();
  canary?.remove();
});

const L = '127.0.0.1:9';
const s = canary.secretPath;
const w = canary.writePath;
let lastBody = '';
let lastOk = false;
const leaked = () => canary.leak(lastBody) !== '';
const accepted = () => lastOk;

const ENGINE_REFUSES: Array<[string, string]> = [
    ['file() as a table', `SELECT * FROM file('${s}', 'LineAsString')`],
    ['INSERT INTO FUNCTION file()', `INSERT INTO FUNCTION file('${canary.writePath}', 'LineAsString') SELECT 'x'`],
    ['url()', `SELECT * FROM url('http://${L}/x', 'CSV', 'a String')`],
    ['s3()', `SELECT * FROM s3('http://${L}/b/x', 'CSV', 'a String')`],
    ['remote()', `SELECT * FROM remote('${L}', system.one)`],
    ['mysql()', `SELECT * FROM mysql('${L}', 'd', 't', 'u', 'p')`],
    ['postgresql()', `SELECT * FROM postgresql('${L}', 'd', 't', 'u', 'p')`],
    ['sqlite()', `SELECT * FROM sqlite('${s}', 't')`],
    ['filesystem()', `SELECT * FROM filesystem('${canary.dir}')`],
    ['icebergLocal()', `SELECT * FROM icebergLocal('${canary.dir}')`],
    ['executable()', `SELECT * FROM executable('cat', 'LineAsString', 'a String')`],
    ['the File engine', `CREATE TABLE ${DB}.f (a String) ENGINE = File(LineAsString, '${s}')`],
    ['the URL engine', `CREATE TABLE ${DB}.u (a String) ENGINE = URL('http://${L}/', CSV)`],
    ['a FILE dictionary', `CREATE DICTIONARY ${DB}.d (a UInt64) PRIMARY KEY a SOURCE(FILE(path '${s}' format 'TSV')) LAYOUT(FLAT()) LIFETIME(0)`],
    ['BACKUP to a file', `BACKUP TABLE ${DB}.t TO File('${canary.writePath}')`],
    ['ATTACH from a path', `ATTACH TABLE ${DB}.x FROM '${canary.dir}' (a String) ENGINE = MergeTree ORDER BY a`],
    ['CREATE FUNCTION', 'CREATE FUNCTION chflow_rf AS (p) -> p'],
    ['CREATE NAMED COLLECTION', `CREATE NAMED COLLECTION chflow_nc AS url = 'http://${L}/'`],
    ['CREATE DATABASE outside the namespace', 'CREATE DATABASE chflow_other'],
    ['CREATE TABLE in default', 'CREATE TABLE default.t (a String) ENGINE = MergeTree ORDER BY a'],
    ['INSERT into system', 'INSERT INTO system.one SELECT 0'],
    ['SYSTEM', 'SYSTEM DROP MARK CACHE'],
    ['GRANT', 'GRANT ALL ON *.* TO default'],
    ['CREATE USER', 'CREATE USER chflow_u'],
    ['raising a limit with SET', 'SET max_memory_usage = 100000000000'],
    ['raising a limit in SETTINGS', 'SELECT 1 SETTINGS max_execution_time = 1000'],
    ['a schema path in SETTINGS', `SELECT 1 SETTINGS format_schema = '${s}:M'`],
    ['a template path in SETTINGS', `SELECT 1 SETTINGS format_template_row = '${s}'`],
    ['a schema output path in SETTINGS', `SELECT 1 SETTINGS output_format_schema = '${canary.writePath}'`],
    ['a pinned setting in SETTINGS', 'SELECT 1 SETTINGS allow_introspection_functions = 1'],
];

/** What only layers 2–4 stop in clickhouse-local (SECURITY.md lists the same), with the effect that shows it got through. */
const GUARD_ONLY: Array<[string, string, () => Promise<boolean> | boolean]> = [
  ['the scalar file()', `SELECT file('${s}')`, leaked],
  ['file named without a call (APPLY)', `SELECT * APPLY file FROM (SELECT '${s}' AS p)`, leaked],
  ['file as a higher-order argument', `SELECT arrayMap(file, ['${s}'])`, leaked],
  ['INTO OUTFILE', `SELECT 'x' INTO OUTFILE '${w}'`, () => existsSync(w)],
  ['FROM INFILE', `INSERT INTO ${DB}.t FROM INFILE '${s}' FORMAT LineAsString`, async () => {
    const r = await run(`SELECT count() FROM ${DB}.t WHERE a LIKE 'canary-%'`);
    return r.ok && Number(r.body) > 0;
  }],
  // Refused with an error, but only after the directory was made.
  ['a custom disk (creates its directory)', `CREATE TABLE ${DB}.m (a String) ENGINE = MergeTree ORDER BY a SETTINGS disk = disk(type = local, path = '${join(canary.dir, 'disk')}/')`, () => existsSync(join(canary.dir, 'disk'))],
  ['a file path among a Kafka table’s format settings', `CREATE TABLE ${DB}.k (a String) ENGINE = Kafka SETTINGS kafka_broker_list = '127.0.0.1:9', kafka_topic_list = 't', kafka_group_name = 'g', kafka_format = 'Template', format_template_row = '${s}'`, accepted],
  ['a Kafka broker on another host', `CREATE TABLE ${DB}.k2 (a String) ENGINE = Kafka SETTINGS kafka_broker_list = 'kafka.invalid:9092', kafka_topic_list = 't', kafka_group_name = 'g', kafka_format = 'JSONEachRow'`, accepted],
];

describe('layer 5 alone (straight to the engine, no guard)', () => {
  it.each(ENGINE_REFUSES)('refuses %s', async (label, sql) => {
    const r = await run(sql);
    expect(r.ok, `${label}: ${JSON.stringify(r).slice(0, 200)}`).toBe(false);
    if (!r.ok) expect(canary.leak(r.message)).toBe('');
  });

  it('lets the guard-only list through, as SECURITY.md says (update both if ClickHouse starts refusing one)', async () => {
    for (const [label, sql, effect] of GUARD_ONLY) {
      const r = await run(sql);
      lastBody = r.ok ? r.body : r.message;
      lastOk = r.ok;
      expect(await effect(), `${label}: ${JSON.stringify(r).slice(0, 200)}`).toBe(true);
    }
  });

  it('and the endpoint refuses every one of the guard-only list', async () => {
    const c = client(ep);
    for (const [label, sql] of GUARD_ONLY) {
      const r = await c.post(sql);
      expect(r.status, `${label}: ${r.text}`).toBe(403);
      expect(r.text).toMatch(/chflow's local engine refused the query/);
    }
  });
});
