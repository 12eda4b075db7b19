import { describe, expect, it } from 'vitest';
import type { MaterializedView, Pipeline } from '../../model/types';
import { writeViewAsSql } from '../../model/viewSqlMode';
import { TEMPLATES } from '../../templates';
import { col, kafka, link, mergeTree, pipeline, view } from '../../../test/pipelines';
import { generateSql } from '../generate';
import { importSql } from './importSql';
import { gridFromRawSelect } from './rawSelectGrid';

const viewsOf = (p: Pipeline) => p.entities.filter((e): e is MaterializedView => e.kind === 'materializedView');

function design(rawSelect: string, sourceDb = 'default') {
  return pipeline(
    [
      kafka('k', 'events_queue', [col('id', 'UInt64'), col('name'), col('after.id', 'UInt64')], { database: sourceDb }),
      view('v', 'events_mv', [], { rawSelect }),
      mergeTree('t', 'events', [col('id', 'UInt64'), col('name')]),
    ],
    [link('k', 'v'), link('v', 't')],
  );
}

function toGrid(p: Pipeline, id = 'v'): Pipeline {
  const r = gridFromRawSelect(p, id);
  if (!('pipeline' in r)) throw new Error(r.reason);
  return r.pipeline;
}

const reason = (p: Pipeline) => {
  const r = gridFromRawSelect(p, 'v');
  return 'reason' in r ? r.reason : 'switched';
};
const squeeze = (s: string) => s.replace(/\s+/g, ' ');

describe('Edit as grid', () => {
  it('turns every template’s view written as SQL back into its grid with the identical script', () => {
    for (const t of TEMPLATES) {
      const original = t.build();
      const before = generateSql(original).text;
      let p = original;
      for (const v of viewsOf(original)) {
        const r = writeViewAsSql(p, v.id);
        if (!('pipeline' in r)) throw new Error(r.reason);
        p = toGrid(r.pipeline, v.id);
        const back = viewsOf(p).find((x) => x.id === v.id)!;
        expect(back.rawSelect).toBeUndefined();
        expect(back.mappings.map((m) => [m.target, m.expr])).toEqual(v.mappings.filter((m) => m.target && m.expr.trim()).map((m) => [m.target, m.expr]));
        expect([back.where, back.groupBy]).toEqual([v.where.trim(), v.groupBy.trim()]);
      }
      expect(generateSql(p).text, t.id).toBe(before);
    }
  });

  it('reads a query written on one line into rows, WHERE and GROUP BY; only the layout changes', () => {
    const sql = 'SELECT id, upper(name) name, count() AS n FROM events_queue WHERE id > 1 GROUP BY id, name';
    const p = design(sql);
    const before = generateSql(p).text;
    const after = toGrid(p);
    const v = viewsOf(after)[0]!;
    expect(v.mappings.map((m) => [m.target, m.expr])).toEqual([
      ['id', 'id'],
      ['name', 'upper(name)'],
      ['n', 'count()'],
    ]);
    expect([v.where, v.groupBy]).toEqual(['id > 1', 'id, name']);
    // The grid writes `x AS name`, one item a line, and the FROM qualified: the same statement.
    expect(squeeze(generateSql(after).text)).toBe(squeeze(before.replace(sql, 'SELECT id, upper(name) AS name, count() AS n FROM default.events_queue WHERE id > 1 GROUP BY id, name')));
  });

  it('is refused, with the importer’s reason, for queries the grid cannot hold', () => {
    expect(reason(design('SELECT id, arrayJoin([1, 2]) AS name FROM events_queue'))).toBe('it uses arrayJoin');
    expect(reason(design('SELECT q.id AS id, d.name AS name FROM events_queue AS q LEFT JOIN dims AS d ON d.id = q.id'))).toMatch(/more than one table/);
    expect(reason(design('SELECT id FROM events_queue UNION ALL SELECT id FROM events_queue'))).toMatch(/UNION/);
    expect(reason(design('SELECT id, (SELECT 1) AS name FROM events_queue'))).toMatch(/subquery/);
    expect(reason(design(''))).toBe('the query is empty');
    expect(reason(design("SELECT 'id FROM events_queue"))).toMatch(/does not read as SQL \(line 1, column 8/);
    // Half-typed queries, as the panel sees them while the user types.
    expect(reason(design('SELECT id, toString('))).toMatch(/does not read as SQL \(line 1, column 21: the statement ends too early/);
    expect(reason(design('SELECT id FROM events_queue WHERE'))).toBe('its WHERE is empty');
    expect(reason(design('SELECT id FROM events_queue GROUP BY'))).toBe('its GROUP BY is empty');
  });

  it('is refused when the query reads another table than the view’s source, or no source is connected', () => {
    expect(reason(design('SELECT id FROM other'))).toBe("it reads default.other, but the view's source in the design is default.events_queue");
    // Unqualified names mean `default`, also when the source lives elsewhere.
    expect(reason(design('SELECT id FROM events_queue', 'kafka'))).toMatch(/reads default\.events_queue, but .* kafka\.events_queue/);
    expect(toGrid(design('SELECT id FROM kafka.events_queue', 'kafka'))).toBeTruthy();
    const p = design('SELECT id FROM events_queue');
    expect(reason({ ...p, links: p.links.filter((l) => l.source !== 'k') })).toMatch(/connect that table into the view first/);
  });

  it('is refused when the grid would write the query differently', () => {
    // The grid reads an expression that is exactly a source column's name as that column, and backquotes it.
    expect(reason(design('SELECT after.id AS id FROM events_queue'))).toBe('the grid would change the query: it would write after.id AS id as `after.id` AS id');
  });

  it('brings back an imported view whose query fits the grid but was kept as written', () => {
    const script = [
      "CREATE TABLE default.src (`after.id` UInt64, name String) ENGINE = Kafka SETTINGS kafka_broker_list = 'b:9092', kafka_topic_list = 't', kafka_group_name = 'g', kafka_format = 'JSONEachRow';",
      'CREATE TABLE default.dst (id UInt64, name String) ENGINE = MergeTree ORDER BY id;',
      'CREATE MATERIALIZED VIEW default.mv TO default.dst AS SELECT arrayJoin([name]) AS name, 1 AS id FROM default.src;',
    ].join('\n');
    const imported = importSql(script).pipeline;
    const v = viewsOf(imported)[0]!;
    expect(v.rawSelect).toContain('arrayJoin');
    expect('reason' in gridFromRawSelect(imported, v.id)).toBe(true);
    const edited = { ...imported, entities: imported.entities.map((e) => (e.id === v.id ? { ...v, rawSelect: 'SELECT name, 1 AS id FROM default.src' } : e)) };
    const before = generateSql(edited).text;
    const after = toGrid(edited, v.id);
    expect(squeeze(generateSql(after).text)).toBe(squeeze(before));
  });
});
