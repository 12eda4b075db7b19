// "Run" end to end on the real local endpoint: the endpoint's own mock broker,
// the design created in chdb, the topic's samples produced, rows read from the
// target, then everything dropped. Expected rows are computed by ClickHouse over
// format(…) of the same samples, not read back from the pipeline.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { stopRunBroker } from '../../server/brokerRoutes';
import { startTestEndpoint, type TestEndpoint } from '../../server/testServer';
import { findTemplate } from '../core/templates';
import { col, kafka, link, mergeTree, pipeline, topic, view } from '../test/pipelines';
import { discoverEmbedded, queryRows, type EngineConnection } from './client';
import { planRun, runPipeline } from './runPipeline';

let ep: TestEndpoint;
let conn: EngineConnection;
beforeAll(async () => {
  ep = await startTestEndpoint({ token: undefined });
  const found = await discoverEmbedded(ep.base);
  if (!found) throw new Error('no embedded engine found');
  conn = found;
});
afterAll(async () => {
  await stopRunBroker();
  await ep.close();
});

const SAMPLES = ['{"id": 1, "name": "a"}', '{"id": 2, "name": "b"}', '{"id": 3, "name": "c"}'].join('\n');

function design() {
  return pipeline(
    [
      topic('tp', 'events', { samples: SAMPLES }),
      kafka('kt', 'events_queue', [col('id', 'Int64'), col('name', 'String')]),
      view('mv', 'events_mv', [['n', 'toUInt32(id * 10)'], ['label', 'upper(name)']], { where: 'id != 2' }),
      mergeTree('mt', 'events', [col('n', 'UInt32'), col('label', 'String')], {
        engine: { family: 'MergeTree', replicated: true, zooPath: '/clickhouse/tables/{shard}/{database}/{table}', replicaName: '{replica}', params: {} },
        orderBy: 'n',
      }),
    ],
    [link('tp', 'kt'), link('kt', 'mv'), link('mv', 'mt')],
  );
}

describe('Run on the local engine', () => {
  it('runs a view whose query is kept as SQL, its table names moved into the run databases', async () => {
    const d = design();
    const raw = 'SELECT toUInt32(id * 10) AS n, upper(name) AS label\nFROM events_queue\nWHERE id != 2';
    const withRaw = { ...d, entities: d.entities.map((e) => (e.kind === 'materializedView' ? { ...e, mappings: [], where: '', rawSelect: raw } : e)) };
    const plan = await planRun(conn, withRaw, 'runtestraw');
    const viewSql = plan.statements.find((s) => s.entityId === 'mv')!.sql;
    expect(viewSql).toMatch(/FROM chflow_scratch_runtestraw\w*\.events_queue/);
    const report = await runPipeline(conn, plan, { waitMs: 30_000, pollMs: 500 });
    expect(report.failure).toBeUndefined();
    const got = report.targets.find((t) => t.entityId === 'mt')!;
    expect(got.rows.map((r) => r.label).sort()).toEqual(['A', 'C']);
  }, 60_000);

  it('moves the samples through a real broker into the target, then drops everything', async () => {
    const plan = await planRun(conn, design(), 'runtest1');
    expect(plan.notes.join('\n')).toMatch(/runs as MergeTree/);
    const report = await runPipeline(conn, plan, { waitMs: 30_000, pollMs: 500 });
    expect(report.failure).toBeUndefined();
    const expected = await queryRows(
      conn,
      `SELECT toUInt32(id * 10) AS n, upper(name) AS label FROM format(JSONEachRow, 'id Int64, name String', '${SAMPLES.replace(/\n/g, '\\n')}') WHERE id != 2 ORDER BY n`,
    );
    expect(expected).toHaveLength(2);
    const got = report.targets.find((t) => t.entityId === 'mt')!;
    expect(got.label).toBe('default.events');
    expect([...got.rows].sort((a, b) => Number(a.n) - Number(b.n))).toEqual(expected);
    const left = await queryRows<{ name: string }>(conn, "SELECT name FROM system.databases WHERE name LIKE 'chflow\\\\_scratch\\\\_runtest1%'");
    expect(left).toEqual([]);
  }, 60_000);

  it('runs the seed template once its topic has samples', async () => {
    const seed = findTemplate('aiven-kafka-replicated')!.build();
    const withSamples = {
      ...seed,
      entities: seed.entities.map((e) => (e.kind === 'kafkaTopic' ? { ...e, samples: '{"x": 7, "y": "seven"}\n{"x": 8, "y": "eight"}' } : e)),
    };
    const report = await runPipeline(conn, await planRun(conn, withSamples, 'runtest2'), { waitMs: 30_000, pollMs: 500 });
    expect(report.failure).toBeUndefined();
    const dest = report.targets.find((t) => t.label === 'default.destination')!;
    expect([...dest.rows].sort((a, b) => Number(a.x) - Number(b.x))).toEqual([
      { x: 7, y: 'seven' },
      { x: 8, y: 'eight' },
    ]);
  }, 60_000);

  it('refuses produce requests for topics that are not run topics', async () => {
    const r = await fetch(`${ep.base}/engine/produce`, {
      method: 'POST',
      headers: { 'X-Chflow-Token': conn.kind === 'embedded' ? conn.token : '' },
      body: JSON.stringify({ topic: 'payments', messages: ['x'] }),
    });
    expect(r.status).toBe(400);
    expect(await r.text()).toMatch(/run topic/);
  });
});
