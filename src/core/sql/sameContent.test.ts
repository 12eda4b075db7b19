// sameContent decides whether a remembered statement may be reused for another
// object, so a field it skips would leave stale SQL. The fixtures are typed with
// every optional field required: a field added to the model breaks compilation
// here until it is added, and then every field is checked to be compared.
import { describe, expect, it } from 'vitest';
import type { Column, DataSkippingIndex, Entity, EngineSpec, KafkaTable, KafkaTopic, Mapping, MaterializedView, MergeTreeTable, TablePart } from '../model/types';
import { sameContent } from './sameContent';

const column: Required<Column> = { id: 'c1', name: 'ts', type: 'DateTime', defaultKind: 'DEFAULT', defaultExpr: 'now()', codec: 'Delta', comment: 'when', ttl: 'ts + INTERVAL 1 DAY' };
const index: Required<DataSkippingIndex> = { id: 'i1', name: 'ix', expr: 'ts', type: 'minmax', granularity: '4' };
const part: Required<TablePart> = { id: 'p1', name: 'pr', definition: '(SELECT ts ORDER BY ts)' };
const engine: Required<EngineSpec> = { family: 'ReplacingMergeTree', replicated: true, zooPath: '/z', replicaName: 'r', params: { ver: 'ts' } };
const mapping: Required<Mapping> = { id: 'm1', target: 'ts', expr: 'now()' };
const base = { name: 'n', database: 'db', comment: 'c', position: { x: 1, y: 2 } };

const topic: Required<KafkaTopic> = { ...base, id: 't', kind: 'kafkaTopic', brokers: 'b:9092', topic: 'tp', format: 'JSONEachRow', consumerGroup: 'g', samples: '{}' };
const kafka: Required<KafkaTable> = {
  ...base,
  id: 'k',
  kind: 'kafkaTable',
  columns: [column],
  brokers: 'b:9092',
  topic: 'tp',
  format: 'JSONEachRow',
  consumerGroup: 'g',
  settings: { kafka_num_consumers: '2' },
  namedCollection: 'nc',
};
const view: Required<MaterializedView> = { ...base, id: 'v', kind: 'materializedView', mappings: [mapping], where: 'ts > 0', groupBy: 'ts', rawSelect: 'SELECT 1' };
const table: Required<MergeTreeTable> = {
  ...base,
  id: 'm',
  kind: 'mergeTree',
  columns: [column],
  engine,
  orderBy: 'ts',
  partitionBy: 'toYYYYMM(ts)',
  primaryKey: 'ts',
  sampleBy: 'ts',
  ttl: 'ts + INTERVAL 2 DAY',
  settings: [{ name: 'index_granularity', value: '8192' }],
  indexes: [index],
  projections: [part],
  constraints: [{ ...part, id: 'p2', name: 'chk', definition: 'CHECK ts > 0' }],
};
const FIXTURES: Entity[] = [topic, kafka, view, table];

/** Paths to every leaf value, with a copy of `e` where that leaf is changed. */
function variants(e: Entity): [string, Entity][] {
  const out: [string, Entity][] = [];
  const walk = (value: unknown, path: (string | number)[]) => {
    if (typeof value === 'object' && value !== null) {
      for (const [k, v] of Object.entries(value)) walk(v, [...path, Array.isArray(value) ? Number(k) : k]);
      return;
    }
    const copy = structuredClone(e) as unknown as Record<string | number, unknown>;
    let at = copy;
    for (const k of path.slice(0, -1)) at = at[k] as Record<string | number, unknown>;
    const last = path[path.length - 1]!;
    at[last] = typeof value === 'string' ? value + 'x' : typeof value === 'boolean' ? !value : (value as number) + 1;
    out.push([path.join('.'), copy as unknown as Entity]);
  };
  walk(e, []);
  return out;
}

describe('sameContent', () => {
  it.each(FIXTURES.map((e) => [e.kind, e] as const))('%s: a copy is the same, with any id or the position changed', (_kind, e) => {
    expect(sameContent(e, structuredClone(e))).toBe(true);
    for (const [path, changed] of variants(e)) {
      const ignored = path === 'id' || path.endsWith('.id') || path.startsWith('position.');
      if (ignored) expect(sameContent(e, changed), path).toBe(true);
    }
  });

  it.each(FIXTURES.map((e) => [e.kind, e] as const))('%s: every other field is compared', (_kind, e) => {
    const checked: string[] = [];
    for (const [path, changed] of variants(e)) {
      if (path === 'id' || path.endsWith('.id') || path.startsWith('position.')) continue;
      expect(sameContent(e, changed), path).toBe(false);
      expect(sameContent(changed, e), path).toBe(false);
      checked.push(path);
    }
    expect(checked.length).toBeGreaterThan(4);
  });

  it('tells lists and records apart by length and keys, and an absent list from an empty one', () => {
    expect(sameContent(table, { ...table, columns: [column, column] })).toBe(false);
    expect(sameContent(kafka, { ...kafka, settings: {} })).toBe(false);
    expect(sameContent(kafka, { ...kafka, settings: { ...kafka.settings, kafka_max_block_size: '1' } })).toBe(false);
    expect(sameContent({ ...kafka, settings: {} }, { ...kafka, settings: {} })).toBe(true);
    const { indexes: _, ...noIndexes } = table;
    expect(sameContent(noIndexes as MergeTreeTable, { ...table, indexes: [] })).toBe(false);
    expect(sameContent(table, { ...table, engine: { ...engine, params: {} } })).toBe(false);
    expect(sameContent(table, view)).toBe(false);
  });
});
