// A live server read back into a design, on the real local endpoint: template
// objects are created in chflow_scratch_* databases, read from system.tables,
// imported, and compared with the template; generating SQL from the import gives
// objects SHOW CREATE-equal to the originals. Drift: drift.chdb.test.ts.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestEndpoint, type TestEndpoint } from '../../../server/testServer';
import { discoverEmbedded, queryRows, runSql, type EngineConnection } from '../../engine/client';
import { SCRATCH_PREFIX } from '../../engine/checkPlan';
import type { Entity, Pipeline } from '../model/types';
import { templateOnScratch } from './testing/templateOnScratch';
import { generateSql } from '../sql/generate';
import { quoteIdent } from '../sql/quote';
import { compareWithServer, driftQuery, importServer, sameTextQuery, settleDrift, objectKey, serverDatabases, serverPipelines, serverTablesQuery, type ServerTable } from '.';

let ep: TestEndpoint;
let conn: EngineConnection;
const run = Date.now().toString(36);
const created: string[] = [];

beforeAll(async () => {
  ep = await startTestEndpoint({ token: undefined });
  const found = await discoverEmbedded(ep.base);
  if (!found) throw new Error('no embedded engine found');
  conn = found;
}, 60_000);
afterAll(async () => {
  for (const db of created) await runSql(conn, `DROP DATABASE IF EXISTS ${quoteIdent(db)}`).catch(() => undefined);
  await ep.close();
});

const onScratch = (id: string, tag: string) => templateOnScratch(id, `${SCRATCH_PREFIX}si${run}${tag}`);

async function create(p: Pipeline): Promise<void> {
  for (const s of generateSql(p).statements) {
    if (!s.runnable) continue;
    const m = /^CREATE DATABASE (?:IF NOT EXISTS )?(\S+)/.exec(s.text);
    if (m?.[1]) created.push(m[1].replace(/`/g, ''));
    await runSql(conn, s.text);
  }
}

const rowsOf = (dbs: string[]) => queryRows<ServerTable>(conn, serverTablesQuery(dbs));
const dbsOf = (p: Pipeline) => [...new Set(p.entities.filter((e) => e.kind !== 'kafkaTopic').map((e) => e.database))].sort();

/**
 * A design without ids or positions: entities by kind + database + name, links
 * by those names. Topic nodes are left out: SQL has none (the Kafka table holds
 * the topic and brokers), so no reading of a server can give them back.
 */
function shape(full: Pipeline) {
  const topics = new Set(full.entities.filter((e) => e.kind === 'kafkaTopic').map((e) => e.id));
  const p = { ...full, entities: full.entities.filter((e) => !topics.has(e.id)), links: full.links.filter((l) => !topics.has(l.source)) };
  const name = new Map(p.entities.map((e) => [e.id, `${e.kind}:${e.database}.${e.name}`]));
  const strip = (e: Entity) => {
    const { id: _id, position: _pos, ...rest } = e;
    const json = JSON.stringify(rest, (k, v) => (k === 'id' ? undefined : v));
    return JSON.parse(json) as unknown;
  };
  return {
    entities: [...p.entities].sort((a, b) => (name.get(a.id)! < name.get(b.id)! ? -1 : 1)).map(strip),
    links: p.links.map((l) => `${name.get(l.source)} -> ${name.get(l.target)}`).sort(),
  };
}

async function showCreate(db: string, name: string): Promise<string> {
  const rows = await queryRows<{ statement: string }>(conn, `SHOW CREATE TABLE ${quoteIdent(db)}.${quoteIdent(name)}`);
  return rows[0]?.statement ?? '';
}

describe('a live server drawn as a design', () => {
  for (const [n, id] of ['json-events-monthly-ttl', 'kafka-fan-out-two-targets', 'kafka-dedup-replacing'].entries()) {
    it(`reads ${id} back from the server as the template's design`, async () => {
      const tag = `t${n}`;
      const design = onScratch(id, tag);
      await create(design);
      const rows = await rowsOf(dbsOf(design));
      const result = importServer(rows, { databases: dbsOf(design) });
      expect(result.messages.filter((m) => m.kind === 'error')).toEqual([]);
      expect(shape(result.pipeline)).toEqual(shape(asServerSpells({ ...design, options: result.pipeline.options })));

      // The import's own SQL, created in fresh databases, gives SHOW CREATE-equal objects.
      const again = onScratchAgain(result.pipeline, tag);
      await create(again.pipeline);
      for (const e of design.entities) {
        if (e.kind === 'kafkaTopic') continue;
        const first = await showCreate(e.database, e.name);
        const second = await showCreate(again.rename.get(e.database)!, e.name);
        expect(swapNames(second, again.rename)).toBe(first);
      }
    }, 120_000);
  }

  it("settles drift that is only ClickHouse's own re-spelling, and keeps real drift", async () => {
    const design = onScratch('json-events-monthly-ttl', 'sp');
    await create(design);
    const settle = async (p: Pipeline) => {
      const drift = compareWithServer(p, await queryRows<ServerTable>(conn, driftQuery(p)));
      const ask = sameTextQuery(drift);
      const same = ask ? (await queryRows<{ same: (boolean | number)[] }>(conn, ask))[0]!.same.map(Boolean) : [];
      return { before: drift, after: settleDrift(p, drift, same) };
    };
    const target = design.entities.find((e) => e.kind === 'mergeTree')!;
    const untouched = await settle(design);
    // Read literally, the TTL differs (INTERVAL 90 DAY against toIntervalDay(90)).
    expect(untouched.before.items.map((i) => `${i.kind} ${i.name}`)).toEqual([`different ${target.name}`]);
    expect(untouched.after.items).toEqual([]);
    // Only the design's own CREATE DATABASE IF NOT EXISTS is left (the design creates its databases).
    expect(untouched.after.migration.steps.map((st) => st.sql)).toEqual([`CREATE DATABASE IF NOT EXISTS ${target.database};`]);
    expect(untouched.before.migration.steps.map((st) => st.sql).join('\n')).toMatch(/MODIFY TTL/);

    const changed: Pipeline = { ...design, entities: design.entities.map((e) => (e.id === target.id && e.kind === 'mergeTree' ? { ...e, orderBy: 'event_time' } : e)) };
    const moved = await settle(changed);
    expect(moved.after.items.map((i) => `${i.kind} ${i.name}`)).toEqual([`different ${target.name}`]);
    expect(moved.after.items[0]!.designSql).toContain('ORDER BY event_time');
  }, 120_000);

  it('lists the pipelines and takes one around a chosen object', async () => {
    const design = onScratch('kafka-fan-out-two-targets', 'pl');
    const other = onScratch('json-events-monthly-ttl', 'pl2');
    await create(design);
    await create(other);
    const rows = await rowsOf([...dbsOf(design), ...dbsOf(other)]);
    const pipelines = serverPipelines(rows);
    expect(pipelines).toHaveLength(2);
    const count = (p: Pipeline) => p.entities.filter((e) => e.kind !== 'kafkaTopic').length;
    expect(serverDatabases(rows)).toEqual([
      { name: dbsOf(design)[0], objects: count(design) },
      { name: dbsOf(other)[0], objects: count(other) },
    ].sort((a, b) => (a.name! < b.name! ? -1 : 1)));
    expect(pipelines.map((p) => p.objects.length).sort()).toEqual([count(design), count(other)].sort());
    const kafkaTable = design.entities.find((e) => e.kind === 'kafkaTable')!;
    const picked = importServer(rows, { around: objectKey(kafkaTable.database, kafkaTable.name) });
    expect(shape(picked.pipeline)).toEqual(shape({ ...design, options: picked.pipeline.options }));
    expect(() => importServer(rows, { around: 'nowhere.nothing' })).toThrow(/nowhere\.nothing is not a Kafka table/);
  }, 120_000);

});

/**
 * The one rewrite ClickHouse makes to these templates' expressions when it stores
 * a table (`INTERVAL 90 DAY` is kept as `toIntervalDay(90)`); the SHOW CREATE
 * comparison above shows both spellings make the same table.
 */
function asServerSpells(p: Pipeline): Pipeline {
  const unit = (u: string) => u[0] + u.slice(1).toLowerCase();
  const spell = (t: string) => t.replace(/INTERVAL (\d+) (SECOND|MINUTE|HOUR|DAY|WEEK|MONTH|QUARTER|YEAR)\b/g, (_m, n: string, u: string) => `toInterval${unit(u)}(${n})`);
  return { ...p, entities: p.entities.map((e) => (e.kind === 'mergeTree' ? { ...e, ttl: spell(e.ttl) } : e)) };
}

function onScratchAgain(p: Pipeline, tag: string): { pipeline: Pipeline; rename: Map<string, string> } {
  const rename = new Map(dbsOf(p).map((d, i) => [d, `${SCRATCH_PREFIX}si${run}${tag}_b${i}`]));
  const entities = p.entities.map((e) => (e.kind === 'kafkaTopic' ? e : { ...e, database: rename.get(e.database)! }));
  return { pipeline: { ...p, entities, options: { ...p.options, createDatabases: true } }, rename };
}

/** The second copy's SHOW CREATE with its database names put back to the first's. */
function swapNames(sql: string, rename: Map<string, string>): string {
  let out = sql;
  for (const [from, to] of rename) out = out.split(to).join(from);
  return out;
}
