// The benchmark's design: a realistic mix of pipelines of any size, shared by the
// SQL benchmark (in node), the browser benchmark and the scale e2e spec (both send
// it to the app through the test hook).
import type { Entity, Link, Pipeline } from '../src/core/model/types';
import { applyLayout, layoutPipeline } from '../src/core/layout';
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
export function design(nodes: number): Pipeline {
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
  // The last pipeline may be cut short at `nodes`: keep only links whose ends exist.
  const ids = new Set(entities.map((e) => e.id));
  return pipeline(entities, links.filter((l) => ids.has(l.source) && ids.has(l.target)));
}


/** The design placed by the app's own auto-layout, as a user would see it after Layout. */
export function laidOutDesign(nodes: number): Pipeline {
  const p = design(nodes);
  return applyLayout(p, layoutPipeline(p));
}
