// The incremental validator reuses a node's diagnostics while the node and its
// neighbours are the same objects; after any sequence of edits made the store's way
// (new objects only for what changed) it must give exactly what validate() gives on
// a deep copy, where nothing can be reused: same diagnostics, same order.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { design } from '../../../bench/design';
import { designArb } from '../../test/fuzz/designs';
import { fuzzConfig } from '../../test/fuzz/run';
import { typeText } from '../../test/fuzz/types';
import { col } from '../../test/pipelines';
import type { Entity, MergeTreeFamily, Pipeline } from '../model/types';
import { incrementalValidator, validate } from './validate';

const NAMES = ['events', 'events_queue_1', 'store', 'my table', 'select', '', ' padded', 'id', 'ts', 'amount', 'user_id', '_error'];
const DATABASES = ['default', 'team_1', 'analytics', 'my-db', 'service_x'];
const GROUPS = ['clickhouse', 'g1', 'g2', ''];
const EXPRS = ['id', 'lower(url)', 'sum(amount)', 'count()', 'toDate(ts)', '_error', 'nope', '', 'sumState(amount)', 'ifNull(id, 0)', 'cityHash64(url)'];
const KEYS = ['', 'id', 'user_id, ts', 'toYYYYMM(ts)', 'tuple()', 'nope', 'rand()'];
const FAMILIES: MergeTreeFamily[] = ['MergeTree', 'ReplacingMergeTree', 'SummingMergeTree', 'AggregatingMergeTree', 'CollapsingMergeTree'];
const SETTINGS = [
  { name: 'index_granularity', value: '8192' },
  { name: 'index_granularity', value: '0' },
  { name: 'allow_nullable_key', value: '1' },
  { name: 'max_threads', value: '4' },
  { name: 'index_granulrity', value: '1' },
];

/** One random edit: which kind, and numbers that pick what it touches. */
interface Edit {
  op: number;
  a: number;
  b: number;
  c: number;
  type: string;
}

const editArb: fc.Arbitrary<Edit> = fc.record({ op: fc.nat(), a: fc.nat(), b: fc.nat(), c: fc.nat(), type: typeText(false) });

const at = <T,>(xs: readonly T[], n: number): T => xs[n % xs.length]!;

/** Applies one edit as the store does: the edited entity (or link list, or options) is a new object, the rest is kept. */
function apply(p: Pipeline, x: Edit, history: readonly Pipeline[]): Pipeline {
  if (p.entities.length === 0) return history[0]!;
  const entities = p.entities.slice();
  const i = x.a % entities.length;
  const e = entities[i]!;
  const set = (next: Entity): Pipeline => {
    entities[i] = next;
    return { ...p, entities };
  };
  switch (x.op % 22) {
    case 0:
      return set({ ...e, name: at(NAMES, x.b) });
    case 1:
      return set({ ...e, database: at(DATABASES, x.b) });
    case 2:
    case 3:
      if (e.kind !== 'kafkaTable' && e.kind !== 'mergeTree') return set({ ...e, comment: `c${x.b}` });
      if (e.columns.length === 0) return set({ ...e, columns: [col(at(NAMES, x.b), x.type)] });
      return set({ ...e, columns: e.columns.map((c, j) => (j === x.b % e.columns.length ? { ...c, type: x.type } : c)) });
    case 4:
      if (e.kind !== 'kafkaTable' && e.kind !== 'mergeTree') return p;
      return x.c % 2 && e.columns.length > 0
        ? set({ ...e, columns: e.columns.filter((_, j) => j !== x.b % e.columns.length) })
        : set({ ...e, columns: [...e.columns, col(at(NAMES, x.b), x.type)] });
    case 5:
      return { ...p, links: [...p.links, { id: `x${x.c}`, source: e.id, target: x.c % 7 === 0 ? 'gone' : at(entities, x.b).id }] };
    case 6:
      return p.links.length ? { ...p, links: p.links.filter((_, j) => j !== x.b % p.links.length) } : p;
    case 7:
      return p.links.length ? { ...p, links: p.links.map((l, j) => (j === x.b % p.links.length ? { ...l, target: e.id } : l)) } : p;
    case 8:
      // A deleted node's links left dangling, as a hand-edited file may have them.
      entities.splice(i, 1);
      return { ...p, entities };
    case 9:
      entities.splice(i, 1);
      return { ...p, entities, links: p.links.filter((l) => l.source !== e.id && l.target !== e.id) };
    case 10:
      if (e.kind !== 'mergeTree') return p;
      return set({
        ...e,
        engine: {
          family: at(FAMILIES, x.b),
          replicated: x.c % 2 === 1,
          zooPath: at(['', '/clickhouse/tables/{shard}/{database}/{table}', '/same/path', '/p/{uuid}'], x.c >> 1),
          replicaName: at(['', '{replica}'], x.c >> 3),
          params: at<Record<string, string>>([{}, { ver: 'ts' }, { sign: 'id' }, { columns: 'amount' }, { ver: 'nope' }], x.b >> 2),
        },
      });
    case 11:
      if (e.kind !== 'mergeTree') return p;
      return set({ ...e, settings: x.c % 3 === 0 ? [] : [...e.settings, at(SETTINGS, x.b)] });
    case 12:
      if (e.kind !== 'mergeTree') return p;
      return set({ ...e, [at(['orderBy', 'partitionBy', 'primaryKey', 'sampleBy'], x.c)]: at(KEYS, x.b), ttl: at(['', 'toDateTime(ts) + INTERVAL 1 DAY', 'id'], x.c >> 2) });
    case 13:
      if (e.kind !== 'kafkaTable') return p;
      return set({ ...e, settings: at<Record<string, string>>([{}, { kafka_handle_error_mode: 'stream' }, { kafka_num_consumers: '32' }, { kafka_handle_error_mode: "'stream'", kafka_skip_broken_messages: '1' }], x.b) });
    case 14:
      if (e.kind !== 'kafkaTable' && e.kind !== 'kafkaTopic') return p;
      return set({ ...e, consumerGroup: at(GROUPS, x.b), format: at(['JSONEachRow', 'jsoneachrow', 'Nope', ''], x.c), ...(e.kind === 'kafkaTable' ? { namedCollection: at(['', '', 'nc'], x.c) } : {}) });
    case 15:
      if (e.kind !== 'materializedView') return p;
      if (e.mappings.length === 0 || x.c % 4 === 0) return set({ ...e, mappings: [...e.mappings, { id: `m${x.c}`, target: at(NAMES, x.b), expr: at(EXPRS, x.c) }] });
      return set({ ...e, mappings: e.mappings.map((m, j) => (j === x.b % e.mappings.length ? { ...m, expr: at(EXPRS, x.c), target: x.c % 3 ? m.target : at(NAMES, x.b) } : m)) });
    case 16:
      if (e.kind !== 'materializedView') return p;
      return set({ ...e, where: at(['', 'length(_error) = 0', 'amount > 0'], x.b), groupBy: at(['', 'day, country', 'id', 'cityHash64(url)'], x.c), rawSelect: at([undefined, undefined, undefined, '', 'SELECT 1 AS id'], x.b) });
    case 17:
      // A copy under the same id (files may hold one) or a new one; now and then the very same object twice.
      entities.push(x.c % 5 === 0 ? e : { ...e, id: x.c % 2 ? e.id : `dup${x.b}`, name: at(NAMES, x.b) });
      return { ...p, entities };
    case 18: {
      const j = x.b % entities.length;
      [entities[i], entities[j]] = [entities[j]!, entities[i]!];
      return { ...p, entities };
    }
    case 19:
      return { ...p, options: { ...p.options, replicatedDatabases: x.b % 3 === 0, cluster: at(['', '', 'c1'], x.c), serverDefaultReplicaPath: x.c % 5 === 0 } };
    case 20:
      // Undo or redo: an earlier design, whose objects the validator has seen before.
      return at(history, x.b);
    default:
      return set({ ...e, position: { x: x.b, y: x.c } });
  }
}

function check(start: Pipeline, edits: readonly Edit[]): void {
  const incremental = incrementalValidator();
  const history: Pipeline[] = [start];
  let p = start;
  expect(incremental(p)).toEqual(validate(structuredClone(p)));
  edits.forEach((x, step) => {
    p = apply(p, x, history);
    history.push(p);
    expect(incremental(p), `step ${step}: op ${x.op % 22}`).toEqual(validate(structuredClone(p)));
  });
}

const { numRuns, seed } = fuzzConfig(150);

describe(`incremental validation equals a fresh validate (runs ${numRuns}, seed ${seed})`, () => {
  it('on random designs under random edit sequences', () => {
    fc.assert(
      fc.property(designArb(), fc.array(editArb, { minLength: 1, maxLength: 40 }), (p, edits) => check(p, edits)),
      { numRuns, seed },
    );
  });

  it('on Replicated random designs', () => {
    fc.assert(
      fc.property(designArb({ replicated: true }, false), fc.array(editArb, { minLength: 1, maxLength: 40 }), (p, edits) => check(p, edits)),
      { numRuns: Math.max(20, Math.round(numRuns / 5)), seed },
    );
  });

  it('on the benchmark design (every kind, shared consumer groups, chained rollups)', () => {
    fc.assert(
      fc.property(fc.integer({ min: 8, max: 60 }), fc.array(editArb, { minLength: 20, maxLength: 120 }), (n, edits) => check(design(n), edits)),
      { numRuns: Math.max(10, Math.round(numRuns / 10)), seed },
    );
  });
});
