// generateSql reuses the previous call's shape and statements; after any
// sequence of edits its output must equal what a fresh generation gives.
import { describe, expect, it } from 'vitest';
import { HOSTILE } from '../../test/hostileNames';
import { col, kafka, link, mergeTree, pipeline, topic, view } from '../../test/pipelines';
import type { Column, Entity, Link, Pipeline } from '../model/types';
import { generateSql, type SqlScript } from './generate';

function seeded(seed: number): () => number {
  let s = seed;
  return () => ((s = (s * 1103515245 + 12345) % 2147483648) / 2147483648);
}

function start(groups: number): Pipeline {
  const entities: Entity[] = [];
  const links: Link[] = [];
  for (let g = 0; g < groups; g++) {
    const cols = () => [col('id', 'UInt64', { comment: 'id' }), col('my col', 'String'), col('ts', "DateTime64(3, 'UTC')")];
    const db = g % 2 ? 'db' : 'default';
    entities.push(
      topic(`t${g}`, `events_${g}`),
      kafka(`k${g}`, `queue_${g}`, cols(), { database: db, settings: g % 2 ? { kafka_num_consumers: '2' } : {} }),
      view(`v${g}`, `mv_${g}`, ['id', ['my col', 'my col'], ['ts', 'ts']], { database: db }),
      mergeTree(`m${g}`, `events_${g}`, cols(), { database: db, orderBy: 'id, ts', settings: [{ name: 'index_granularity', value: '1024' }] }),
    );
    links.push(link(`t${g}`, `k${g}`), link(`k${g}`, `v${g}`), link(`v${g}`, `m${g}`));
  }
  return pipeline(entities, links);
}

/**
 * The same design as new objects under new ids that sort like the old ones, so
 * nothing from earlier calls can be reused; ids are mapped back in the result.
 */
let freshCalls = 0;

function fresh(p: Pipeline): SqlScript {
  // A prefix of its own per call, so not even an earlier fresh copy's shape matches.
  const prefix = `fresh${++freshCalls}:`;
  const copy = structuredClone(p);
  for (const e of copy.entities) e.id = prefix + e.id;
  for (const l of copy.links) {
    l.source = prefix + l.source;
    l.target = prefix + l.target;
  }
  const s = generateSql(copy);
  return { ...s, statements: s.statements.map((st) => ({ ...st, entityId: st.entityId.slice(st.entityId === '' ? 0 : prefix.length) })) };
}

const NAMES = ['a', 'events_1', 'x y', 'null', ...HOSTILE];

/** One edit as the store makes it: new objects only for what changed. */
function edit(p: Pipeline, rnd: () => number): Pipeline {
  const pick = <T,>(xs: readonly T[]): T => xs[Math.floor(rnd() * xs.length)]!;
  const entities = p.entities.slice();
  let links = p.links;
  let options = p.options;
  const i = Math.floor(rnd() * entities.length);
  const e = entities[i]!;
  const r = rnd();
  if (r < 0.2) entities[i] = { ...e, comment: pick(['', 'note', ...HOSTILE]) };
  else if (r < 0.3) entities[i] = { ...e, name: pick(NAMES) };
  else if (r < 0.35) entities[i] = { ...e, database: pick(['default', 'db', 'other db']) };
  else if (r < 0.5 && (e.kind === 'kafkaTable' || e.kind === 'mergeTree')) {
    const cols: Column[] = e.columns.slice();
    if (cols.length > 0 && rnd() < 0.4) cols.splice(Math.floor(rnd() * cols.length), 1);
    else cols.push(col(pick(NAMES), pick(['String', 'UInt8', ' Nullable(String) '])));
    entities[i] = { ...e, columns: cols };
  } else if (r < 0.55 && e.kind === 'mergeTree') entities[i] = { ...e, orderBy: pick(['', 'id', 'my col', 'id, my col', 'toDate(ts)']) };
  else if (r < 0.6 && e.kind === 'materializedView') entities[i] = { ...e, where: pick(['', 'id > 1']), rawSelect: pick([undefined, '', 'SELECT 1 AS id']) };
  else if (r < 0.68) entities.splice(i, 1);
  else if (r < 0.74) entities.push({ ...e, id: pick([e.id, `n${Math.floor(rnd() * 4)}`]), name: pick(NAMES) });
  else if (r < 0.8) links = [...links, { id: `l${rnd()}`, source: pick(entities).id, target: pick(entities).id }];
  else if (r < 0.84 && links.length > 0) {
    // Same number of links, one pointing elsewhere.
    const j = Math.floor(rnd() * links.length);
    links = links.map((l, x) => (x === j ? { ...l, target: pick(entities).id } : l));
  }
  else if (r < 0.92 && links.length > 0) links = links.filter((_, j) => j !== Math.floor(rnd() * links.length));
  else if (r < 0.96) {
    const j = Math.floor(rnd() * entities.length);
    [entities[i], entities[j]] = [entities[j]!, entities[i]!];
  } else options = { ...options, cluster: pick(['', 'c1', 'my cluster']) };
  return { entities, links, options };
}

describe('generateSql across edits', () => {
  it.each([1, 2, 3])('equals a fresh generation after every step of random edit sequence %i', (seed) => {
    const rnd = seeded(seed);
    const first = start(6);
    let p = first;
    for (let step = 0; step < 150; step++) {
      p = edit(p, rnd);
      expect(generateSql(p), `seed ${seed}, step ${step}`).toEqual(fresh(p));
      // Going back to an earlier design (undo) must not pick up the later statements.
      if (step % 25 === 24) expect(generateSql(first)).toEqual(fresh(first));
    }
  });

  // A design read again (file, stored baseline) has new objects with the same ids:
  // statements are taken over by content, and must not be when the content differs,
  // including a view's source or target changed under it.
  it.each([4, 5, 6])('equals a fresh generation when every step is made on a copy, seed %i', (seed) => {
    const rnd = seeded(seed);
    let p = start(6);
    for (let step = 0; step < 150; step++) {
      const copy = structuredClone(p);
      expect(generateSql(copy), `seed ${seed}, step ${step}, copy`).toEqual(fresh(copy));
      p = edit(rnd() < 0.5 ? copy : p, rnd);
      expect(generateSql(p), `seed ${seed}, step ${step}`).toEqual(fresh(p));
    }
  });
});
