// Random old → new design pairs for the migration property test. The old design
// is a Kafka table feeding one or two views and targets; the new one is a copy
// (same ids, as after editing in chflow) with one to three of the changes users
// make to a running pipeline. A seeded generator makes every pair replayable.
import type { Column, KafkaTable, MaterializedView, MergeTreeTable, Pipeline } from '../../model/types';

export interface DesignPair {
  seed: number;
  before: Pipeline;
  after: Pipeline;
  /** What was changed, for the test name. */
  changes: string[];
}

/** mulberry32: small, seedable, good enough to pick changes. */
export function random(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const column = (id: string, name: string, type: string): Column => ({ id, name, type, defaultKind: '', defaultExpr: '', codec: '', comment: '', ttl: '' });
const at = { x: 0, y: 0 };

function kafkaTable(db: string): KafkaTable {
  return {
    kind: 'kafkaTable', id: 'k', name: 'events_queue', database: db, comment: '', position: at,
    columns: [column('k_id', 'id', 'UInt64'), column('k_name', 'name', 'String'), column('k_n', 'n', 'Int32')],
    brokers: 'broker:9092', topic: 'events', format: 'JSONEachRow', consumerGroup: 'chflow', settings: {},
  };
}

function target(id: string, name: string, db: string): MergeTreeTable {
  return {
    kind: 'mergeTree', id, name, database: db, comment: '', position: at,
    columns: [column(`${id}_id`, 'id', 'UInt64'), column(`${id}_name`, 'name', 'String'), column(`${id}_n`, 'n', 'Int32')],
    engine: { family: 'MergeTree', replicated: false, zooPath: '', replicaName: '', params: {} },
    orderBy: 'id', partitionBy: '', primaryKey: '', sampleBy: '', ttl: '', settings: [], indexes: [],
  };
}

function view(id: string, name: string, db: string): MaterializedView {
  return {
    kind: 'materializedView', id, name, database: db, comment: '', position: at, where: '', groupBy: '',
    mappings: ['id', 'name', 'n'].map((c) => ({ id: `${id}_${c}`, target: c, expr: c })),
  };
}

function addLane(p: Pipeline, n: number): void {
  const db = p.entities[0]!.database;
  p.entities.push(view(`v${n}`, `to_t${n}`, db), target(`t${n}`, `t${n}`, db));
  p.links.push({ id: `lk${n}`, source: 'k', target: `v${n}` }, { id: `lt${n}`, source: `v${n}`, target: `t${n}` });
}

const get = <T>(p: Pipeline, id: string) => p.entities.find((e) => e.id === id) as T | undefined;
const lanes = (p: Pipeline) => p.entities.filter((e) => e.kind === 'mergeTree').map((e) => e.id.slice(1));

type Change = (p: Pipeline, pick: () => number) => string | undefined;

const CHANGES: Change[] = [
  // A column end to end: Kafka table, view and target.
  (p, pick) => {
    const k = get<KafkaTable>(p, 'k')!;
    if (k.columns.some((c) => c.name === 'extra')) return undefined;
    const type = pick() < 0.5 ? 'String' : 'UInt32';
    k.columns.push(column('k_extra', 'extra', type));
    const lane = lanes(p)[0]!;
    get<MergeTreeTable>(p, `t${lane}`)!.columns.push(column(`t${lane}_extra`, 'extra', type));
    get<MaterializedView>(p, `v${lane}`)!.mappings.push({ id: `v${lane}_extra`, target: 'extra', expr: 'extra' });
    return `column extra ${type} end to end into t${lane}`;
  },
  // Drop a target column (and its mapping).
  (p) => {
    const lane = lanes(p)[0]!;
    const t = get<MergeTreeTable>(p, `t${lane}`)!;
    if (!t.columns.some((c) => c.name === 'n')) return undefined;
    t.columns = t.columns.filter((c) => c.name !== 'n');
    const v = get<MaterializedView>(p, `v${lane}`)!;
    v.mappings = v.mappings.filter((m) => m.target !== 'n');
    return `drop column n of t${lane}`;
  },
  // Widen a target type.
  (p) => {
    const lane = lanes(p).at(-1)!;
    const c = get<MergeTreeTable>(p, `t${lane}`)!.columns.find((x) => x.name === 'n');
    if (!c || c.type !== 'Int32') return undefined;
    c.type = 'Int64';
    return `t${lane}.n Int32 → Int64`;
  },
  // A Kafka engine setting (the table is created again).
  (p) => {
    get<KafkaTable>(p, 'k')!.settings.kafka_max_block_size = '1000';
    return 'kafka_max_block_size = 1000';
  },
  // A view expression (MODIFY QUERY).
  (p) => {
    const lane = lanes(p)[0]!;
    const m = get<MaterializedView>(p, `v${lane}`)!.mappings.find((x) => x.target === 'name');
    if (!m || m.expr !== 'name') return undefined;
    m.expr = 'upper(name)';
    return `v${lane}: name → upper(name)`;
  },
  // The sorting key (rebuild + backfill + swap).
  (p) => {
    const t = get<MergeTreeTable>(p, `t${lanes(p)[0]!}`)!;
    if (t.orderBy !== 'id' || !t.columns.some((c) => c.name === 'name')) return undefined;
    t.orderBy = 'name, id';
    return `${t.name} ORDER BY (name, id)`;
  },
  // A new view and target on the same Kafka table.
  (p) => {
    if (lanes(p).includes('9')) return undefined;
    addLane(p, 9);
    return 'new lane t9';
  },
  // A lane removed (its target dropped).
  (p) => {
    const all = lanes(p);
    if (all.length < 2) return undefined;
    const lane = all.at(-1)!;
    p.entities = p.entities.filter((e) => e.id !== `v${lane}` && e.id !== `t${lane}`);
    p.links = p.links.filter((l) => l.source !== `v${lane}` && l.target !== `v${lane}`);
    return `lane t${lane} removed`;
  },
  // A target renamed.
  (p) => {
    const t = get<MergeTreeTable>(p, `t${lanes(p).at(-1)!}`)!;
    if (t.name.endsWith('_renamed')) return undefined;
    t.name += '_renamed';
    return `rename to ${t.name}`;
  },
  // Column comment and codec, table setting and TTL: ALTERs in place.
  (p) => {
    const t = get<MergeTreeTable>(p, `t${lanes(p)[0]!}`)!;
    const c = t.columns.find((x) => x.name === 'name')!;
    if (!c || c.comment !== '') return undefined;
    c.comment = 'the name';
    c.codec = 'ZSTD(3)';
    t.settings = [{ name: 'merge_with_ttl_timeout', value: '3600' }];
    return `${t.name}: comment, codec, setting`;
  },
  // A Kafka column type only (the table is created again, views unchanged).
  (p) => {
    const c = get<KafkaTable>(p, 'k')!.columns.find((x) => x.name === 'name')!;
    if (c.type !== 'String') return undefined;
    c.type = 'LowCardinality(String)';
    return 'events_queue.name LowCardinality(String)';
  },
];

export function designPair(seed: number, database: string): DesignPair {
  const pick = random(seed);
  const before: Pipeline = { entities: [kafkaTable(database)], links: [], options: { cluster: '', createDatabases: true } };
  addLane(before, 1);
  if (pick() < 0.5) addLane(before, 2);
  const after = JSON.parse(JSON.stringify(before)) as Pipeline;
  const changes: string[] = [];
  const wanted = 1 + Math.floor(pick() * 3);
  for (let tries = 0; changes.length < wanted && tries < 20; tries++) {
    const said = CHANGES[Math.floor(pick() * CHANGES.length)]!(after, pick);
    if (said) changes.push(said);
  }
  return { seed, before, after, changes };
}
