// Drift: how the design differs from what a server holds in the design's
// databases. Both sides are read by the same importer (the server's CREATEs, and
// the design's own generated script) and written again by the same generator, so
// only real differences remain, not spelling. The migration offered is the
// planner's, with the server's state as the old design.
import { planMigration } from '../migrate';
import type { MigrationPlan } from '../migrate';
import type { Entity, Pipeline } from '../model/types';
import { generateSql } from '../sql/generate';
import { quoteString } from '../sql/quote';
import { importSql, type ImportMessage } from '../sql/import/importSql';
import { readServerTables } from './importServer';
import { serverTablesQuery, type ServerTable } from './serverTables';

export type DriftKind = 'missing' | 'extra' | 'different';

export interface DriftItem {
  kind: DriftKind;
  entityKind: Entity['kind'];
  database: string;
  name: string;
  /** The object's statement as the design writes it (absent for extra objects). */
  designSql?: string;
  /** As the server has it, written by the same generator (absent for missing objects). */
  serverSql?: string;
}

export interface Drift {
  items: DriftItem[];
  /** The server's objects in the design's databases, as a design. */
  server: Pipeline;
  /** What the importer said about the server's objects (skipped engines, notes). */
  messages: ImportMessage[];
  /** From the server's state to the design. */
  migration: MigrationPlan;
  /** The design as the importer reads its generated script (what `server` is compared with). */
  read: Pipeline;
}

/** The databases the design's tables and views live in. */
export function designDatabases(design: Pipeline): string[] {
  return [...new Set(design.entities.filter((e) => e.kind !== 'kafkaTopic').map((e) => e.database))].sort();
}

/** The read-only query whose rows compareWithServer needs. */
export function driftQuery(design: Pipeline): string {
  return serverTablesQuery(designDatabases(design));
}

const sortOf = (e: Entity) => (e.kind === 'materializedView' ? 'view' : 'table');
const keyOf = (e: Entity) => `${sortOf(e)}\u0000${e.database}\u0000${e.name}`;

/** Each object's generated statement, by sort + database + name. */
function statements(p: Pipeline): Map<string, { entity: Entity; sql: string }> {
  const byId = new Map(p.entities.map((e) => [e.id, e]));
  const out = new Map<string, { entity: Entity; sql: string }>();
  for (const s of generateSql(p).statements) {
    const e = s.entityId ? byId.get(s.entityId) : undefined;
    if (e && e.kind !== 'kafkaTopic') out.set(keyOf(e), { entity: e, sql: s.text.trim() });
  }
  return out;
}

export function compareWithServer(design: Pipeline, rows: readonly ServerTable[]): Drift {
  const dbs = new Set(designDatabases(design));
  const imported = readServerTables(rows.filter((r) => dbs.has(r.database)));
  // Ids are the importer's counters on both sides; the planner matches by id
  // first, so the server's get a prefix of their own and match by name.
  const server: Pipeline = {
    ...imported.pipeline,
    entities: imported.pipeline.entities.map((e) => ({ ...e, id: `server:${e.id}` })),
    links: imported.pipeline.links.map((l) => ({ ...l, id: `server:${l.id}`, source: `server:${l.source}`, target: `server:${l.target}` })),
  };
  const read = importSql(generateSql(design).text).pipeline;
  const mine = statements(read);
  const theirs = statements(server);
  const items: DriftItem[] = [];
  for (const [k, d] of mine) {
    const s = theirs.get(k);
    const base = { entityKind: d.entity.kind, database: d.entity.database, name: d.entity.name };
    if (!s) items.push({ kind: 'missing', ...base, designSql: d.sql });
    else if (s.sql !== d.sql) items.push({ kind: 'different', ...base, designSql: d.sql, serverSql: s.sql });
  }
  for (const [k, s] of theirs) {
    if (!mine.has(k)) items.push({ kind: 'extra', entityKind: s.entity.kind, database: s.entity.database, name: s.entity.name, serverSql: s.sql });
  }
  return { items, server, messages: imported.messages, migration: planMigration(server, design), read };
}

const unterminated = (sql: string) => sql.replace(/;\s*$/, '');

/**
 * ClickHouse re-spells some expressions when it stores a table (`INTERVAL 90 DAY`
 * is kept as `toIntervalDay(90)`). Its own formatter does the same, so this
 * read-only SELECT asks the server whether each `different` pair formats alike;
 * null when there is nothing to ask.
 */
export function sameTextQuery(drift: Drift): string | null {
  const pairs = drift.items.filter((i) => i.kind === 'different');
  if (pairs.length === 0) return null;
  const f = (sql: string) => `formatQuerySingleLine(${quoteString(unterminated(sql))})`;
  return `SELECT [${pairs.map((i) => `${f(i.designSql!)} = ${f(i.serverSql!)}`).join(', ')}] AS same`;
}

/**
 * The drift without the pairs the server formats alike (`same`, in the order of
 * sameTextQuery's pairs): the server's object is taken as the design's, so the
 * migration leaves it alone too.
 */
export function settleDrift(design: Pipeline, drift: Drift, same: readonly boolean[]): Drift {
  const pairs = drift.items.filter((i) => i.kind === 'different');
  if (same.length !== pairs.length) throw new Error(`expected ${pairs.length} answers from the server, got ${same.length}`);
  const alike = new Set(pairs.filter((_, n) => same[n]).map((i) => `${i.entityKind}\u0000${i.database}\u0000${i.name}`));
  if (alike.size === 0) return drift;
  const itemKey = (e: Entity) => `${e.kind}\u0000${e.database}\u0000${e.name}`;
  const readBy = new Map(drift.read.entities.map((e) => [itemKey(e), e]));
  const server: Pipeline = {
    ...drift.server,
    entities: drift.server.entities.map((e) => {
      const mine = alike.has(itemKey(e)) ? readBy.get(itemKey(e)) : undefined;
      return mine ? { ...mine, id: e.id, position: e.position } : e;
    }),
  };
  const items = drift.items.filter((i) => !(i.kind === 'different' && alike.has(`${i.entityKind}\u0000${i.database}\u0000${i.name}`)));
  return { ...drift, items, server, migration: planMigration(server, design) };
}
