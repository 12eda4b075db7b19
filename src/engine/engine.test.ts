// The browser client, the check, inference and preview against the real local
// endpoint (chdb), and the remote paths against a stub speaking ClickHouse's errors.
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestEndpoint, type TestEndpoint } from '../../server/testServer';
import { col, kafka, link, mergeTree, pipeline, topic, view } from '../test/pipelines';
import type { MergeTreeTable, Pipeline } from '../core/model/types';
import { validate } from '../core/rules/validate';
import { NO_DEFAULT_PATH } from '../core/rules/validate/replicated';
import { buildCheckPlan } from './checkPlan';
import { connectRemote, discoverEmbedded, EngineError, queryRows, runSql, type EngineConnection } from './client';
import { inferQuery, inferredColumns } from './inference';
import { buildPreview, previewCells } from './preview';
import { checkDiagnostics, planStatements, runCheck } from './runCheck';

// Each plan has its own run id in its scratch names; compare statements without it.
const sameRun = (sql: string) => sql.replace(/chflow_scratch_[0-9a-z]+_(\d+)/g, 'chflow_scratch_RUN_$1');

/** Statements a consent for this design covers. */
function planStatementsOf(d: Pipeline): string[] {
  return planStatements(buildCheckPlan(d, 'embedded', 'x')).map(sameRun);
}

let ep: TestEndpoint;
let conn: EngineConnection;
beforeAll(async () => {
  ep = await startTestEndpoint({ token: undefined });
  const found = await discoverEmbedded(ep.base);
  if (!found) throw new Error('no embedded engine found');
  conn = found;
});
afterAll(async () => {
  await ep.close();
});

const SAMPLES = ['{"id": 1, "name": "a", "ts": "2024-01-02 03:04:05"}', '{"id": 300, "name": "b", "ts": "not a time"}', '{"id": 2, "name": null, "ts": "2024-01-02 00:00:00"}'].join('\n');

function design(expr = 'toUInt8(id)', replicated = false) {
  return pipeline(
    [
      topic('tp', 'events', { samples: SAMPLES }),
      kafka('kt', 'events_queue', [col('id', 'Int64'), col('name', 'Nullable(String)'), col('ts', 'String')]),
      view('mv', 'events_mv', [['id', expr], 'name', ['ts', 'ts'], ['topic', '_topic']]),
      mergeTree('mt', 'events', [col('id', 'UInt8'), col('name', 'String'), col('ts', 'DateTime'), col('topic', 'String')], {
        engine: { family: 'ReplacingMergeTree', replicated, zooPath: '', replicaName: '', params: {} },
      }),
    ],
    [link('tp', 'kt'), link('kt', 'mv'), link('mv', 'mt')],
  );
}

async function scratchDatabases(): Promise<string[]> {
  const rows = await queryRows<{ name: string }>(conn, "SELECT name FROM system.databases WHERE startsWith(name, 'chflow_scratch_')");
  return rows.map((r) => r.name);
}

describe('client against the local endpoint', () => {
  it('discovers the embedded engine and its version', () => {
    expect(conn.kind).toBe('embedded');
    expect(conn.version).toMatch(/^26\.7\./);
  });

  it('raises ClickHouse errors with code and name', async () => {
    const err = await runSql(conn, 'SELECT nope').catch((e: unknown) => e);
    expect(err).toBeInstanceOf(EngineError);
    expect(err).toMatchObject({ kind: 'clickhouse', code: 47, codeName: 'UNKNOWN_IDENTIFIER' });
    const refused = await runSql(conn, "SELECT * FROM url('http://example.com', CSV)").catch((e: unknown) => e);
    expect(refused).toMatchObject({ kind: 'refused', code: 497 });
    const badToken = await runSql({ ...conn, token: 'x' } as EngineConnection, 'SELECT 1').catch((e: unknown) => e);
    expect(badToken).toMatchObject({ kind: 'auth' });
  });
});

const EXPLICIT = { zooPath: '/clickhouse/tables/{shard}/{database}/{table}', replicaName: '{replica}' };

function withTarget(d: Pipeline, patch: (t: MergeTreeTable) => MergeTreeTable, options: Partial<Pipeline['options']> = {}): Pipeline {
  return { ...d, options: { ...d.options, ...options }, entities: d.entities.map((e) => (e.kind === 'mergeTree' ? patch(e) : e)) };
}

describe('Check with ClickHouse', () => {
  it('runs a Replicated design as written (test Keeper); only the Kafka brokers are substituted, and nothing is left behind', async () => {
    const d = withTarget(design('toUInt8(id)', true), (t) => ({ ...t, engine: { ...t.engine, ...EXPLICIT } }));
    const report = await runCheck(conn, d);
    expect(report.failure).toBeUndefined();
    // The script has no CREATE DATABASE (everything is in default), so neither has the report.
    expect(report.steps.map((s) => [s.kind, s.status])).toEqual([
      ['kafkaTable', 'substituted'],
      ['mergeTree', 'ok'],
      ['materializedView', 'ok'],
    ]);
    const mt = report.steps.find((s) => s.entityId === 'mt')!;
    expect(mt.sql).toContain("ENGINE = ReplicatedReplacingMergeTree('/clickhouse/tables/{shard}/{database}/{table}', '{replica}')");
    expect(mt.substitutions).toEqual([]);
    expect(report.steps[0]!.substitutions.join()).toMatch(/brokers set to 127\.0\.0\.1:9/);
    expect(report.ran[0]).toMatch(/^CREATE DATABASE IF NOT EXISTS chflow_scratch_\w+$/);
    expect(report.ran.at(-1)).toMatch(/^DROP DATABASE IF EXISTS chflow_scratch_\w+ SYNC$/);
    expect(await scratchDatabases()).toEqual([]);
  });

  it('reports a Replicated table without arguments on a plain server as the error it is (code 36), not as success', async () => {
    const d = design('toUInt8(id)', true);
    expect(validate(d).map((x) => x.code)).toContain(NO_DEFAULT_PATH);
    const report = await runCheck(conn, d);
    expect(report.steps.find((s) => s.entityId === 'mt')).toMatchObject({ status: 'error', code: 36, sql: expect.stringContaining('ENGINE = ReplicatedReplacingMergeTree\n') });
    expect(report.steps.find((s) => s.entityId === 'mt')!.message).toMatch(/Macro 'uuid'/);
    expect(report.steps.find((s) => s.entityId === 'mv')!.status).toBe('blocked');
    expect(checkDiagnostics(report)).toMatchObject([{ entityId: 'mt', code: 'engine.BAD_ARGUMENTS' }]);
    expect(await scratchDatabases()).toEqual([]);
  });

  it('when the design says the server sets default_replica_path, runs the table with an explicit path and says so', async () => {
    const d = design('toUInt8(id)', true);
    d.options = { ...d.options, serverDefaultReplicaPath: true };
    expect(validate(d).map((x) => x.code)).not.toContain(NO_DEFAULT_PATH);
    const report = await runCheck(conn, d);
    const mt = report.steps.find((s) => s.entityId === 'mt')!;
    expect(mt.status).toBe('substituted');
    expect(mt.asWritten).toMatch(/Macro 'uuid'/);
    expect(mt.sql).toContain("ReplicatedReplacingMergeTree('/clickhouse/tables/{database}/{table}', 'chflow_check')");
    expect(mt.substitutions.join()).toMatch(/the server sets default_replica_path/);
    expect(report.steps.find((s) => s.entityId === 'mv')!.status).toBe('ok');
    // Consent covers every statement that may be sent, stand-ins included.
    const covered = planStatementsOf(d);
    for (const sql of report.ran) expect(covered).toContain(sameRun(sql));
  });

  it('lists the script\'s own CREATE DATABASE; a Replicated database the server cannot host is created ordinary, and said so', async () => {
    const d = withTarget(design('toUInt8(id)', true), (t) => ({ ...t, database: 'analytics' }), { replicatedDatabases: true, createDatabases: true });
    const report = await runCheck(conn, d);
    expect(report.failure).toBeUndefined();
    const db = report.steps.find((s) => s.kind === 'database')!;
    expect(report.steps.filter((s) => s.kind === 'database')).toHaveLength(1);
    expect(db.database).toBe('analytics');
    expect(db.asWritten).toMatch(/interserver/);
    expect(db.status).toBe('substituted');
    expect(report.steps.find((s) => s.entityId === 'mt')).toMatchObject({ status: 'substituted', asWritten: expect.stringMatching(/Macro 'uuid'/) });
    expect(report.steps.find((s) => s.entityId === 'mv')!.status).toBe('ok');
    expect(await scratchDatabases()).toEqual([]);
  });

  it('marks every statement of an ON CLUSTER design as run without it', () => {
    const plan = buildCheckPlan({ ...design(), options: { cluster: 'prod', createDatabases: true } }, 'embedded', 'abc');
    for (const s of plan.steps) expect(s.substitutions).toContain('ON CLUSTER prod left out: the check runs on one server');
    expect(plan.steps.map((s) => s.sql).join('\n')).not.toMatch(/ON CLUSTER/);
  });

  it("maps ClickHouse's error to the view and its expression", async () => {
    const d = design('toUInt8(idd)');
    const report = await runCheck(conn, d);
    const failed = report.steps.filter((s) => s.status === 'error');
    expect(failed).toHaveLength(1);
    expect(failed[0]!.entityId).toBe('mv');
    expect(failed[0]!.message).toMatch(/idd/);
    expect(failed[0]!.message).not.toMatch(/chflow_scratch_/);
    const mv = d.entities.find((e) => e.id === 'mv')!;
    expect(failed[0]!.field).toBe(mv.kind === 'materializedView' ? `mapping.${mv.mappings[0]!.id}.expr` : '');
    expect(checkDiagnostics(report)).toMatchObject([{ entityId: 'mv', severity: 'error', code: 'engine.UNKNOWN_IDENTIFIER' }]);
    expect(await scratchDatabases()).toEqual([]);
  });

  it('points a bad ORDER BY and an unknown type at their fields', async () => {
    const d = design();
    const mt = d.entities.find((e) => e.id === 'mt')!;
    if (mt.kind !== 'mergeTree') throw new Error('fixture');
    const broken = { ...d, entities: d.entities.map((e) => (e.id === 'mt' ? { ...mt, orderBy: 'missing_col', columns: mt.columns.map((c, i) => (i === 1 ? { ...c, type: 'Strin' } : c)) } : e)) };
    const report = await runCheck(conn, broken);
    const step = report.steps.find((s) => s.entityId === 'mt')!;
    expect(step.status).toBe('error');
    expect(step.field).toBe(`columns.${mt.columns[1]!.id}.type`);
    const fixedType = { ...broken, entities: broken.entities.map((e) => (e.id === 'mt' ? { ...mt, orderBy: 'missing_col' } : e)) };
    const r2 = await runCheck(conn, fixedType);
    expect(r2.steps.find((s) => s.entityId === 'mt')).toMatchObject({ status: 'error', field: 'orderBy' });
    expect(r2.steps.find((s) => s.entityId === 'mv')!.status).toBe('blocked');
  });
});

describe('inference and preview', () => {
  it('infers columns from JSON samples', async () => {
    const cols = inferredColumns(await queryRows(conn, inferQuery('JSONEachRow', SAMPLES)));
    expect(cols).toEqual([
      { name: 'id', type: 'Int64' },
      { name: 'name', type: 'String' },
      { name: 'ts', type: 'String' },
    ]);
    const csv = inferredColumns(await queryRows(conn, inferQuery('CSV', "1,it's\n2,b")));
    expect(csv).toEqual([
      { name: 'c1', type: 'Int64' },
      { name: 'c2', type: 'String' },
    ]);
  });

  it('previews the rows and flags wrap-around, unparsable values and NULL into non-Nullable', async () => {
    // The view passes id through unchanged: the conversion to the target's UInt8 is what is checked.
    const d = design('id');
    const [, kt, mv, mt] = d.entities;
    if (kt?.kind !== 'kafkaTable' || mv?.kind !== 'materializedView' || mt?.kind !== 'mergeTree') throw new Error('fixture');
    const plan = buildPreview({ ...mv, where: "name != 'zzz' OR name IS NULL" }, kt, mt, 'JSONEachRow', SAMPLES, 'events');
    const body = await runSql(conn, plan.sql, { format: 'JSONCompactEachRow' });
    const rows = body.trim().split('\n').map((l) => previewCells(JSON.parse(l) as unknown[], plan.columns));
    expect(rows.map((r) => r.map((c) => c.text))).toEqual([
      ['1', 'a', '2024-01-02 03:04:05', 'events'],
      ['300', 'b', 'not a time', 'events'],
      ['2', 'NULL', '2024-01-02 00:00:00', 'events'],
    ]);
    expect(rows[0]!.every((c) => c.problem === '')).toBe(true);
    expect(rows[1]![0]!.problem).toMatch(/does not fit UInt8/);
    expect(rows[1]![2]!.problem).toMatch(/does not parse as DateTime/);
    expect(rows[2]![1]!.problem).toMatch(/NULL into non-Nullable String/);
  });
});

describe('remote server paths (stub)', () => {
  let stub: Server;
  let url: string;
  const seen: string[] = [];
  beforeAll(async () => {
    stub = createServer((req, res) => {
      let body = '';
      req.on('data', (c: Buffer) => (body += c.toString()));
      req.on('end', () => {
        seen.push(body);
        if (req.headers['x-clickhouse-key'] !== 'right') {
          res.writeHead(403, { 'X-ClickHouse-Exception-Code': '516' });
          res.end('Code: 516. DB::Exception: alice: Authentication failed: password is incorrect, or there is no user with such name. (AUTHENTICATION_FAILED) (version 25.3.1.1)\n');
        } else if (body === 'SELECT version()') {
          res.end('25.3.1.1\n');
        } else if (body.includes('ENGINE = Replicated')) {
          res.writeHead(500, { 'X-ClickHouse-Exception-Code': '225' });
          res.end("Code: 225. DB::Exception: Can't create replicated table without ZooKeeper. (NO_ZOOKEEPER) (version 25.3.1.1)\n");
        } else if (body.includes('ENGINE = Null')) {
          res.end('');
        } else if (body.startsWith('CREATE TABLE') && body.includes('MergeTree')) {
          res.writeHead(500, { 'X-ClickHouse-Exception-Code': '36' });
          res.end("Code: 36. DB::Exception: Sorting key contains nullable columns. (BAD_ARGUMENTS) (version 25.3.1.1)\n");
        } else res.end('');
      });
    });
    await new Promise<void>((r) => stub.listen(0, '127.0.0.1', r));
    url = `http://127.0.0.1:${(stub.address() as AddressInfo).port}`;
  });
  afterAll(() => new Promise<void>((r) => stub.close(() => r())));

  it('explains a refused password', async () => {
    const err = await connectRemote(url, 'alice', 'wrong').catch((e: unknown) => e);
    expect(err).toMatchObject({ kind: 'auth', code: 516 });
    expect((err as Error).message).toMatch(/refused the user name or password/);
  });

  it('explains a server that does not answer (or refuses CORS)', async () => {
    const dead = createServer();
    await new Promise<void>((r) => dead.listen(0, '127.0.0.1', r));
    const port = (dead.address() as AddressInfo).port;
    await new Promise<void>((r) => dead.close(() => r()));
    const err = await connectRemote(`http://127.0.0.1:${port}`, 'a', 'b').catch((e: unknown) => e);
    expect(err).toMatchObject({ kind: 'cors' });
    expect((err as Error).message).toMatch(/CORS/);
  });

  it('checks with a Null stand-in for Kafka and reports exactly what ran', async () => {
    const remote = await connectRemote(url, 'alice', 'right');
    expect(remote.version).toBe('25.3.1.1');
    seen.length = 0;
    const report = await runCheck(remote, design());
    expect(report.target).toBe('remote');
    expect(report.ran).toEqual(seen);
    const kt = report.steps.find((s) => s.entityId === 'kt')!;
    expect(kt.sql).toMatch(/ENGINE = Null;$/);
    expect(kt.sql).toContain('_topic LowCardinality(String)');
    expect(kt.sql).not.toContain('Kafka');
    expect(report.steps.find((s) => s.entityId === 'mt')).toMatchObject({ status: 'error', code: 36, field: 'orderBy' });
    expect(report.ran.at(-1)).toMatch(/^DROP DATABASE IF EXISTS chflow_scratch_/);
    expect(kt.status).toBe('substituted');
    expect(kt.substitutions.join()).toMatch(/Null table/);
  });

  it('on a server without Keeper, tries the Replicated table as written, then runs it non-replicated and says so', async () => {
    const remote = await connectRemote(url, 'alice', 'right');
    const d = withTarget(design('toUInt8(id)', true), (t) => ({ ...t, orderBy: 'id', engine: { ...t.engine, ...EXPLICIT } }));
    seen.length = 0;
    const report = await runCheck(remote, d);
    const mt = report.steps.find((s) => s.entityId === 'mt')!;
    expect(mt.asWritten).toMatch(/without ZooKeeper/);
    expect(mt.substitutions).toEqual(['run as ReplacingMergeTree: this server has no ClickHouse Keeper for ReplicatedReplacingMergeTree']);
    // The stub refuses every plain MergeTree CREATE (code 36): the stand-in's own failure is reported, not hidden.
    expect(mt).toMatchObject({ status: 'error', code: 36 });
    const tries = seen.filter((q) => q.startsWith('CREATE TABLE') && q.includes('.events\n'));
    expect(tries.map((q) => /ENGINE = (\w+)/.exec(q)![1])).toEqual(['ReplicatedReplacingMergeTree', 'ReplacingMergeTree']);
  });

  it('renames every database into the scratch namespace on the model', () => {
    const plan = buildCheckPlan(design(), 'remote', 'abc');
    const sql = plan.steps.map((s) => s.sql).join('\n');
    expect(sql).not.toMatch(/\bdefault\./);
    expect(sql).toContain('chflow_scratch_abc_1.events_queue');
    expect([...plan.scratchToDesign.entries()]).toEqual([['chflow_scratch_abc_1', 'default']]);
  });
});
