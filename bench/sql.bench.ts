// generateSql timing for designs of 10, 100 and 1,000 nodes (budget: 2 ms median
// at 1,000 nodes), cold and after a one-entity edit. Run with `npm run bench`.
import { performance } from 'node:perf_hooks';
import type { Entity, Link, Pipeline } from '../src/core/model/types';
import { generateSql } from '../src/core/sql/generate';
import { col, kafka, link, mergeTree, pipeline, topic, view } from '../src/test/pipelines';

const COLUMNS = [
  ['id', 'UInt64'],
  ['user_id', 'UInt32'],
  ['event', 'LowCardinality(String)'],
  ['url', 'String'],
  ['amount', 'Decimal(18, 4)'],
  ['country', 'FixedString(2)'],
  ['tags', 'Array(String)'],
  ['ts', "DateTime64(3, 'UTC')"],
] as const;

/**
 * A realistic mix: every fourth node starts a topic → Kafka table → view →
 * MergeTree group; every third group also chains a rollup view and table
 * behind its MergeTree (so about 1/3 of views read a MergeTree source).
 */
function design(nodes: number): Pipeline {
  const entities: Entity[] = [];
  const links: Link[] = [];
  const add = (e: Entity) => entities.length < nodes && entities.push(e);
  for (let g = 0; entities.length < nodes; g++) {
    const db = g % 5 === 0 ? 'default' : `team_${g % 7}`;
    const cols = () => COLUMNS.map(([n, t]) => col(n, t, { comment: n === 'id' ? 'event id' : '' }));
    add(topic(`t${g}`, `events_${g}`));
    add(kafka(`k${g}`, `events_queue_${g}`, cols(), { database: db, topic: `events_${g}`, settings: g % 2 ? { kafka_num_consumers: '4', kafka_skip_broken_messages: '10' } : {} }));
    add(view(`v${g}`, `events_mv_${g}`, COLUMNS.map(([n]) => (n === 'url' ? [n, 'lower(url)'] : n)), { database: db, where: g % 3 ? '' : 'amount > 0' }));
    add(mergeTree(`m${g}`, `events_${g}`, cols(), {
      database: db,
      engine: { family: g % 2 ? 'ReplacingMergeTree' : 'MergeTree', replicated: g % 4 === 0, zooPath: '', replicaName: '', params: g % 2 ? { ver: 'ts' } : {} },
      orderBy: 'user_id, ts',
      partitionBy: 'toYYYYMM(ts)',
      ttl: 'toDateTime(ts) + INTERVAL 90 DAY',
      settings: [{ name: 'index_granularity', value: '8192' }],
    }));
    links.push(link(`t${g}`, `k${g}`), link(`k${g}`, `v${g}`), link(`v${g}`, `m${g}`));
    if (g % 3 === 2 && entities.length + 2 <= nodes) {
      add(view(`rv${g}`, `rollup_mv_${g}`, [['day', 'toDate(ts)'], 'country', ['total', 'sum(amount)'], ['n', 'count()']], { database: db, groupBy: 'day, country' }));
      add(mergeTree(`r${g}`, `rollup_${g}`, [col('day', 'Date'), col('country', 'FixedString(2)'), col('total', 'Decimal(38, 4)'), col('n', 'UInt64')], {
        database: db,
        engine: { family: 'SummingMergeTree', replicated: false, zooPath: '', replicaName: '', params: { columns: 'total, n' } },
        orderBy: 'day, country',
      }));
      links.push(link(`m${g}`, `rv${g}`), link(`rv${g}`, `r${g}`));
    }
  }
  return pipeline(entities, links);
}

// Present when node runs with --expose-gc (as `npm run bench` does).
const collectGarbage = (globalThis as { gc?: () => void }).gc;

function percentile(sorted: number[], p: number): number {
  return sorted[Math.min(sorted.length - 1, Math.floor(p * sorted.length))]!;
}

interface Stats {
  median: number;
  p95: number;
}

/** Times `run` on inputs made by `prepare` (outside the timing), after a warm-up. */
function measure<T>(runs: number, prepare: (i: number) => T, run: (x: T) => void): Stats {
  for (let i = 0; i < Math.max(50, runs / 4); i++) run(prepare(i)); // warm-up (JIT)
  const times: number[] = [];
  for (let i = 0; i < runs; i++) {
    const x = prepare(i);
    // Collect the garbage `prepare` made, so a pause it caused is not billed to the generator.
    collectGarbage?.();
    const t0 = performance.now();
    run(x);
    times.push(performance.now() - t0);
  }
  times.sort((a, b) => a - b);
  return { median: percentile(times, 0.5), p95: percentile(times, 0.95) };
}

// Cold: every entity is a new object, so nothing generated earlier is reused
// (what happens when a file is opened). Edit: one entity replaced per run, as
// when the user types in a panel (the store replaces only the edited entity).
function bench(n: number) {
  const p = design(n);
  const bytes = generateSql(p).text.length;
  const runs = n >= 1000 ? 300 : 1000;
  const cold = measure(runs, () => structuredClone(p), (x) => generateSql(x));
  let current = p;
  const edit = measure(
    runs,
    (i) => {
      const at = (i * 7) % current.entities.length;
      const entities = current.entities.slice();
      entities[at] = { ...entities[at]!, comment: `edit ${i}` };
      current = { ...current, entities };
      return current;
    },
    (x) => generateSql(x),
  );
  const kinds = p.entities.reduce<Record<string, number>>((acc, e) => ({ ...acc, [e.kind]: (acc[e.kind] ?? 0) + 1 }), {});
  return { nodes: p.entities.length, mix: `${kinds.kafkaTopic}/${kinds.kafkaTable}/${kinds.materializedView}/${kinds.mergeTree}`, bytes, cold, edit };
}

const rows = [10, 100, 1000].map(bench);
const ms = (x: number) => x.toFixed(3).padStart(8);
console.log('generateSql, node ' + process.version + ' (ms; cold = fresh objects, edit = one entity changed)');
console.log('nodes  topics/kafka/views/tables  script KiB  cold median  cold p95  edit median  edit p95');
for (const r of rows)
  console.log(
    `${String(r.nodes).padStart(5)}  ${r.mix.padEnd(25)}  ${(r.bytes / 1024).toFixed(1).padStart(10)}  ${ms(r.cold.median).padStart(11)}  ${ms(r.cold.p95)}  ${ms(r.edit.median).padStart(11)}  ${ms(r.edit.p95)}`,
  );
const big = rows[rows.length - 1]!;
const verdict = (label: string, x: number) => `${label} ${x.toFixed(3)} ms ${x <= 2 ? '≤' : '>'} 2 ms budget at ${big.nodes} nodes${x <= 2 ? '' : ' (OVER)'}`;
console.log(verdict('cold:', big.cold.median));
console.log(verdict('edit:', big.edit.median));
