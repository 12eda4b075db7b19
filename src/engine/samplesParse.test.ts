// Sample messages that are not what the Kafka table reads: the preview reports
// each one with its column and reason, and inference says which line and why.
// Against the real local endpoint (chdb).
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestEndpoint, type TestEndpoint } from '../../server/testServer';
import { col, kafka, link, mergeTree, pipeline, topic, view } from '../test/pipelines';
import { discoverEmbedded, EngineError, parseJsonRows, queryRows, runSql, type EngineConnection } from './client';
import { inferenceProblem, inferQuery } from './inference';
import { buildPreview, runPreview } from './preview';

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

function design(expr: string) {
  return pipeline(
    [
      topic('tp', 'events'),
      kafka('kt', 'events_queue', [col('id', 'Int64'), col('name', 'Nullable(String)'), col('ts', 'String')]),
      view('mv', 'events_mv', [['id', expr], 'name', ['ts', 'ts'], ['topic', '_topic']]),
      mergeTree('mt', 'events', [col('id', 'UInt8'), col('name', 'String'), col('ts', 'DateTime'), col('topic', 'String')]),
    ],
    [link('tp', 'kt'), link('kt', 'mv'), link('mv', 'mt')],
  );
}

describe('samples that do not parse', () => {
  const rowsOf = (sql: string) => runSql(conn, sql, { format: 'JSONCompactEachRow' }).then((b) => parseJsonRows<unknown[]>(b));

  it('the preview names the message, column and reason of a value that does not parse, and previews the other messages', async () => {
    const d = design('id');
    const [, kt, mv, mt] = d.entities;
    if (kt?.kind !== 'kafkaTable' || mv?.kind !== 'materializedView' || mt?.kind !== 'mergeTree') throw new Error('fixture');
    const samples = ['{"id": 1, "name": "a", "ts": "x"}', '{"id": "zz", "name": "b", "ts": "y"}', '', '{"id": 2, "name": "c", "ts": "z"}'].join('\n');
    // As one query, ClickHouse refuses the whole table.
    const whole = await rowsOf(buildPreview(mv, kt, mt, 'JSONEachRow', samples, 'events').sql).catch((e: unknown) => e);
    expect(whole).toMatchObject({ kind: 'clickhouse', code: 27 });
    const r = await runPreview(rowsOf, mv, kt, mt, 'JSONEachRow', samples, 'events');
    expect(r.unparsed).toEqual([{ line: 2, text: samples.split('\n')[1], column: 'id', problem: expect.stringMatching(/^Cannot parse input: expected '"' before: 'zz", "name": "b", "ts": "y"}'$/) }]);
    expect(r.rows.map((row) => row[1]!.text)).toEqual(['a', 'c']);
  });

  it('CSV with a header: each message is read with the header, and a failure no message explains is passed on', async () => {
    const d = design('id');
    const [, kt, mv, mt] = d.entities;
    if (kt?.kind !== 'kafkaTable' || mv?.kind !== 'materializedView' || mt?.kind !== 'mergeTree') throw new Error('fixture');
    const csv = 'id,name,ts\n1,a,x\nnope,b,y';
    const r = await runPreview(rowsOf, mv, kt, mt, 'CSVWithNames', csv, 'events');
    expect(r.unparsed.map((u) => [u.line, u.text])).toEqual([[3, 'nope,b,y']]);
    expect(r.unparsed[0]!.problem).not.toMatch(/^Code:|While executing/);
    expect(r.rows).toHaveLength(1);
    const broken = { ...mv, mappings: mv.mappings.map((m, i) => (i === 0 ? { ...m, expr: 'idd' } : m)) };
    await expect(runPreview(rowsOf, broken, kt, mt, 'CSVWithNames', csv, 'events')).rejects.toMatchObject({ code: 47 });
  });

  it('inference on samples that are not the format says which line and why, in plain words', async () => {
    const fail = async (format: string, samples: string) => {
      const e = await queryRows(conn, inferQuery(format, samples)).catch((x: unknown) => x);
      expect(e).toBeInstanceOf(EngineError);
      return inferenceProblem((e as EngineError).message, format, samples);
    };
    expect(await fail('JSONEachRow', '{"x": 1}\nnot json\n')).toBe("The samples are not valid JSONEachRow: line 2: Cannot parse input: expected '{' before 'not json'.");
    expect(await fail('CSV', '1,2\n3')).toBe('The samples are not valid CSV: Rows have different amount of values.');
    expect(inferenceProblem('Code: 47. DB::Exception: other', 'CSV', '')).toBe('Code: 47. DB::Exception: other');
  });
});
