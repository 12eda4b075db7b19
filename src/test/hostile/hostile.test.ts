// Hostile values end to end: designs whose names, comments and Kafka string
// settings are full of quotes, escapes, control characters, unicode, comment
// markers and keywords generate SQL that ClickHouse (chdb) runs unchanged, and
// the server then holds exactly the intended names and values.
import { afterEach, describe, expect, it } from 'vitest';
import { addColumn, addEntity, connect, updateEntity } from '../../core/model/operations';
import { emptyPipeline } from '../../core/model/types';
import { validate } from '../../core/rules/validate';
import { generateSql } from '../../core/sql/generate';
import { quoteIdent } from '../../core/sql/quote';
import { closeNamespace, runInFreshNamespace, type ChdbNamespace } from '../chdb';
import { hostileDesigns, type ExpectedTable, type HostileDesign } from './designs';
import { readSettings } from './readBack';
import { EMPTY_VALUES, fileNameLength, HOSTILE_VALUES, MAX_TABLE_FILE_NAME } from './values';

// The shared namespace drops leftovers with a NUL-unsafe DROP, so a database whose
// name holds NUL would outlive its case: each case drops its own databases.
let created: { ns: ChdbNamespace; databases: readonly string[] } | undefined;
afterEach(() => {
  if (created?.ns.open) for (const db of created.databases) created.ns.run(`DROP DATABASE IF EXISTS ${quoteIdent(db)} SYNC`);
  created = undefined;
  closeNamespace();
});

const BUILT_IN = "('system', 'information_schema', 'INFORMATION_SCHEMA')";
const { designs, used } = hostileDesigns();

function diagnosticKeys(d: HostileDesign): string[] {
  return validate(d.pipeline)
    .map((x) => `${x.entityId}|${x.code}|${x.field ?? ''}`)
    .sort();
}

function tablesOf(ns: ChdbNamespace): { database: string; name: string; comment: string }[] {
  return ns.rows<{ database: string; name: string; comment: string }>(`SELECT database, name, comment FROM system.tables WHERE database NOT IN ${BUILT_IN}`);
}

function byKey<T extends { database: string; name: string }>(rows: readonly T[]): T[] {
  const key = (r: T) => JSON.stringify([r.database, r.name]);
  return [...rows].sort((a, b) => (key(a) < key(b) ? -1 : key(a) > key(b) ? 1 : 0));
}

function columnsOf(ns: ChdbNamespace): Map<string, [string, string][]> {
  const rows = ns.rows<{ database: string; table: string; name: string; comment: string }>(
    `SELECT database, table, name, comment FROM system.columns WHERE database NOT IN ${BUILT_IN} ORDER BY database, table, position`,
  );
  const out = new Map<string, [string, string][]>();
  for (const r of rows) {
    const k = JSON.stringify([r.database, r.table]);
    if (!out.has(k)) out.set(k, []);
    out.get(k)!.push([r.name, r.comment]);
  }
  return out;
}

function expectedColumns(tables: readonly ExpectedTable[]): Map<string, [string, string][]> {
  return new Map(tables.map((t) => [JSON.stringify([t.database, t.name]), t.columns]));
}

describe('hostile values', () => {
  it(`${HOSTILE_VALUES.length} distinct non-empty values, each placed in at least two kinds of slot`, () => {
    expect(HOSTILE_VALUES.length).toBeGreaterThanOrEqual(200);
    expect(new Set(HOSTILE_VALUES).size).toBe(HOSTILE_VALUES.length);
    for (const v of HOSTILE_VALUES) {
      const roles = used.get(v);
      expect(roles?.has('column') || roles?.has('paddedColumn'), `${JSON.stringify(v)} is a column name`).toBe(true);
      expect(roles?.has('comment'), `${JSON.stringify(v)} is a comment`).toBe(true);
    }
    const asName = HOSTILE_VALUES.filter((v) => used.get(v)?.has('table') || used.get(v)?.has('database'));
    const asSetting = HOSTILE_VALUES.filter((v) => ['topic', 'consumerGroup', 'kafka_client_id', 'format_regexp'].some((r) => used.get(v)?.has(r as never)));
    expect(asName.length).toBeGreaterThanOrEqual(100);
    expect(asSetting.length).toBeGreaterThanOrEqual(50);
  });

  designs.forEach((d, i) => {
    it(`design ${i + 1}: the validator reports exactly the quoting warnings; ClickHouse runs the SQL and holds the exact names and values`, () => {
      expect(diagnosticKeys(d)).toEqual(d.diagnostics);
      expect(validate(d.pipeline).filter((x) => x.severity === 'error')).toEqual([]);

      const script = generateSql(d.pipeline);
      expect(script.statements.every((s) => s.runnable !== false)).toBe(true);
      const { ns, results } = runInFreshNamespace(script.statements.map((s) => s.text));
      created = { ns, databases: d.databases };
      for (const r of results) if (!r.ok) expect.fail(`${r.error}\n--- statement ---\n${r.sql}`);

      expect(ns.createdDatabases().sort()).toEqual([...d.databases].sort());
      expect(byKey(tablesOf(ns))).toEqual(byKey(d.tables.map(({ database, name, comment }) => ({ database, name, comment }))));
      expect(columnsOf(ns)).toEqual(expectedColumns(d.tables));

      const kafka = ns.rows<{ engine_full: string; create_table_query: string }>(
        `SELECT engine_full, create_table_query FROM system.tables WHERE engine = 'Kafka'`,
      );
      expect(kafka).toHaveLength(1);
      expect(Object.fromEntries(readSettings(kafka[0]!.engine_full, 'Kafka SETTINGS '))).toEqual(d.kafkaSettings);
      expect(Object.fromEntries(readSettings(kafka[0]!.create_table_query, 'ENGINE = Kafka SETTINGS '))).toEqual(d.kafkaSettings);
    });
  });
});

describe('empty names are flagged, never executed', () => {
  it.each(EMPTY_VALUES.map((v) => [JSON.stringify(v), v]))('%s as database, table and column name', (_, v) => {
    let p = emptyPipeline();
    const t = addEntity(p, 'mergeTree', { x: 0, y: 0 }, v);
    p = updateEntity(t.pipeline, t.id, { database: v });
    p = addColumn(p, t.id, { name: v, type: 'String' });
    const codes = validate(p).filter((x) => x.severity === 'error').map((x) => x.code);
    expect(codes).toEqual(expect.arrayContaining(['name.empty', 'database.empty', 'column.name.empty']));
  });

  it.each(EMPTY_VALUES.map((v) => [JSON.stringify(v), v]))('%s as Kafka topic and consumer group', (_, v) => {
    let p = emptyPipeline();
    const k = addEntity(p, 'kafkaTable', { x: 0, y: 0 }, 'q');
    p = updateEntity(k.pipeline, k.id, { topic: v, consumerGroup: v, brokers: 'kafka:9092', format: 'JSONEachRow' });
    p = addColumn(p, k.id, { name: 'a', type: 'String' });
    const codes = validate(p).filter((x) => x.severity === 'error').map((x) => x.code);
    expect(codes).toEqual(expect.arrayContaining(['kafka.topic.empty', 'kafka.consumerGroup.empty']));
  });
});

// Gaps found with hostile values: fixed ones are live tests; open ones stay skipped,
// named after the gap, until the validator (or generator) learns the rule.
describe('validator gaps found with hostile values', () => {
  it('a {macro} in Kafka connection settings, which ClickHouse refuses (NO_ELEMENTS_IN_CONFIG), is flagged', () => {
    let p = emptyPipeline();
    const k = addEntity(p, 'kafkaTable', { x: 0, y: 0 }, 'q');
    p = updateEntity(k.pipeline, k.id, { topic: 'events', consumerGroup: 'g', brokers: 'kafka:9092', format: 'JSONEachRow', settings: { kafka_client_id: 'x{shard}y' } });
    p = addColumn(p, k.id, { name: 'a', type: 'String' });
    expect(validate(p).some((x) => x.severity === 'error' && x.field === 'setting.kafka_client_id')).toBe(true);
  });

  /** Kafka table → view → MergeTree, with one column of the given name on both tables. */
  function oneColumnView(c: string) {
    let p = emptyPipeline();
    const k = addEntity(p, 'kafkaTable', { x: 0, y: 0 }, 'q');
    p = updateEntity(k.pipeline, k.id, { topic: 't', consumerGroup: 'g', brokers: 'kafka:9092', format: 'JSONEachRow' });
    p = addColumn(p, k.id, { name: c, type: 'String' });
    const t = addEntity(p, 'mergeTree', { x: 0, y: 0 }, 'dst');
    p = addColumn(t.pipeline, t.id, { name: c, type: 'String' });
    const v = addEntity(p, 'materializedView', { x: 0, y: 0 }, 'mv');
    return connect(connect(v.pipeline, v.id, t.id).pipeline, k.id, v.id).pipeline;
  }
  const runErrors = (p: ReturnType<typeof oneColumnView>) =>
    runInFreshNamespace(generateSql(p).statements.map((s) => s.text)).results.filter((r) => !r.ok).map((r) => r.error);
  const PADDED = ['\tlead tab', '\u00A0nbsp \u00A0nbsp', '\b\f\v', ' lead'];
  const BACKQUOTED_NAMES = ['``', '` `', '`already quoted`'];

  it('a view over columns whose names start or end with white space runs (the generator keeps the name as typed)', () => {
    for (const c of PADDED) expect(runErrors(oneColumnView(c)), JSON.stringify(c)).toEqual([]);
  });

  it('(evidence) ClickHouse accepts a view over columns named like backquoted identifiers', () => {
    for (const c of BACKQUOTED_NAMES) expect(runErrors(oneColumnView(c)), JSON.stringify(c)).toEqual([]);
  });

  it.skip('BUG validator: a view mapping for a column named ``, ` ` or `already quoted` (backquotes in the name) is flagged view.expr.unknownColumn although ClickHouse accepts the generated view', () => {
    for (const c of BACKQUOTED_NAMES) expect(validate(oneColumnView(c)).filter((x) => x.severity === 'error'), JSON.stringify(c)).toEqual([]);
  });

  it('(evidence) ClickHouse refuses {macro} in Kafka connection settings and a table name over 211 escaped bytes', () => {
    const { ns } = runInFreshNamespace(['CREATE DATABASE d']);
    for (const s of ['kafka_topic_list', 'kafka_group_name', 'kafka_client_id', 'kafka_broker_list', 'kafka_schema']) {
      // The test server defines {shard} and {replica} (keeperConfig.ts) but not {layer}: a macro it lacks is refused.
      const base: Record<string, string> = { kafka_broker_list: 'k:9092', kafka_topic_list: 't', kafka_group_name: 'g', kafka_format: 'JSONEachRow', [s]: 'x{layer}y' };
      const list = Object.entries(base).map(([k, v]) => `${k} = '${v}'`).join(', ');
      expect(ns.run(`CREATE TABLE d.q (a String) ENGINE = Kafka SETTINGS ${list}`).error, s).toContain("No macro 'layer'");
    }
    expect(ns.run(`CREATE TABLE d.${quoteIdent('é'.repeat(36))} (a String) ENGINE = MergeTree ORDER BY tuple()`).error).toContain('The max length of table name');
    expect(ns.run(`CREATE TABLE d.${quoteIdent('é'.repeat(35))} (a String) ENGINE = MergeTree ORDER BY tuple()`).ok).toBe(true);
  });

  it('a table name longer than 211 bytes once escaped for the file system (36 × "é" = 216), which ClickHouse refuses (ARGUMENT_OUT_OF_BOUND), is flagged', () => {
    const name = 'é'.repeat(36);
    expect(fileNameLength(name)).toBeGreaterThan(MAX_TABLE_FILE_NAME);
    let p = emptyPipeline();
    const t = addEntity(p, 'mergeTree', { x: 0, y: 0 }, name);
    p = addColumn(t.pipeline, t.id, { name: 'a', type: 'String' });
    expect(validate(p).some((x) => x.severity === 'error' && x.field === 'name')).toBe(true);
  });
});
