// One design end to end: point it at the mock broker (in the model), compute
// the rows each target must get without Kafka, create the generated SQL in
// chdb, produce the messages, and wait until every target holds exactly those
// rows (or a deadline passes). Kafka tables without views are read directly.
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { KafkaTable, MergeTreeTable, Pipeline } from '../../core/model/types';
import { generateSql, type SqlScript } from '../../core/sql/generate';
import { qualify, quoteIdent, quoteString } from '../../core/sql/quote';
import { computeExpected, directQuery, PARSE_ERROR, type Expected, type TopicInput } from './expected';
import { messagesFor, type Message } from './messages';
import type { MockBroker } from './mockBroker';
import { readTarget } from './readTarget';
import { hasReplicated, pointAtBroker, serverDatabases, withPlainEngines } from './rewire';
import type { EngineSession, TypedRows } from './session';

export interface FlowOptions {
  /** Messages by Kafka table name, for formats without a generator or to test particular rows. */
  messages?: Record<string, Message[]>;
  /** Kafka tables (by name) left without messages, with the reason (e.g. a format that needs a schema registry). */
  skip?: Record<string, string>;
  /**
   * Files a format reads by name (a .proto for kafka_schema, Template row/resultset files). chdb, like
   * clickhouse-local, resolves them against the working directory, so the run happens inside a
   * temporary directory holding them.
   */
  schemaFiles?: Record<string, string>;
  /** Edits the design before it runs (e.g. a schema registry URL that must point at the test's own registry). */
  adjust?: (p: Pipeline) => Pipeline;
  /** Runs against the live pipeline once every row arrived, before it is dropped (e.g. a template's read-back query). */
  inspect?: (session: EngineSession) => void;
  /** How long to wait for the last row (default 30 s). */
  deadlineMs?: number;
}

export interface FlowResult {
  expected: Expected;
  actual: Expected;
  /** Parser messages found in columns fed by `_error`, before they were compared as PARSE_ERROR. */
  parseErrors: string[];
  /** Changes made to the design beyond pointing it at the broker. */
  changes: string[];
  /** Milliseconds from the first DDL statement to the last expected row (NaN if it never came). */
  ms: number;
  /** Consumer state, for failure messages. */
  report: string;
  /** The design as run, for lookups by entity id. */
  pipeline: Pipeline;
}

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));
const same = (a: unknown, b: unknown) => JSON.stringify(a) === JSON.stringify(b);

/** Target columns written from `_error`, by target entity id. */
function errorColumns(p: Pipeline): Map<string, Set<string>> {
  const out = new Map<string, Set<string>>();
  for (const v of p.entities) {
    if (v.kind !== 'materializedView') continue;
    const target = p.links.find((l) => l.source === v.id)?.target;
    const cols = v.mappings.filter((m) => m.expr.trim() === '_error').map((m) => m.target);
    if (target && cols.length) out.set(target, new Set([...(out.get(target) ?? []), ...cols]));
  }
  return out;
}

function maskErrors(rows: TypedRows, columns: Set<string> | undefined, found: string[]): TypedRows {
  if (!columns) return rows;
  const idx = rows.names.map((n, i) => (columns.has(n) ? i : -1)).filter((i) => i >= 0);
  const masked = rows.rows.map((r) =>
    r.map((v, i) => {
      if (!idx.includes(i) || v === '') return v;
      found.push(String(v));
      return PARSE_ERROR;
    }),
  );
  return { ...rows, rows: masked };
}

/** Rows in one fixed order (by their JSON text), so batches and both sides compare as sets with duplicates. */
function sortRows(rows: TypedRows): TypedRows {
  return { ...rows, rows: [...rows.rows].sort((a, b) => (JSON.stringify(a) < JSON.stringify(b) ? -1 : 1)) };
}

/** Drops what a run created: views first, then Kafka tables, then targets, then databases and collections. */
export function dropCreated(session: EngineSession, script: SqlScript, p: Pipeline, collections: readonly string[], databases: readonly string[] = []): void {
  const byId = new Map(p.entities.map((e) => [e.id, e]));
  const rank = { materializedView: 0, kafkaTable: 1, mergeTree: 2 } as Record<string, number>;
  const objects = script.statements
    .filter((s) => s.runnable !== false && s.kind !== 'database')
    .map((s) => byId.get(s.entityId)!)
    .sort((a, b) => rank[a.kind]! - rank[b.kind]!);
  for (const e of objects) session.attempt(`DROP TABLE IF EXISTS ${qualify(e.database, e.name)} SYNC`);
  for (const s of script.statements) if (s.kind === 'database') session.attempt(`DROP DATABASE IF EXISTS ${quoteIdent(s.database!)} SYNC`);
  for (const d of databases) session.attempt(`DROP DATABASE IF EXISTS ${quoteIdent(d)} SYNC`);
  for (const c of collections) session.attempt(`DROP NAMED COLLECTION IF EXISTS ${quoteIdent(c)}`);
}

export async function runFlow(session: EngineSession, broker: MockBroker, design: Pipeline, tag: string, opts: FlowOptions = {}): Promise<FlowResult> {
  const files = opts.schemaFiles;
  if (!files) return runIn(session, broker, design, tag, opts);
  const dir = mkdtempSync(join(tmpdir(), 'chflow-schemas-'));
  for (const [name, text] of Object.entries(files)) writeFileSync(join(dir, name), text);
  const before = process.cwd();
  process.chdir(dir);
  try {
    return await runIn(session, broker, design, tag, opts);
  } finally {
    process.chdir(before);
    rmSync(dir, { recursive: true, force: true });
  }
}

async function runIn(session: EngineSession, broker: MockBroker, design: Pipeline, tag: string, opts: FlowOptions): Promise<FlowResult> {
  const rewired = pointAtBroker(withPlainEngines(opts.adjust ? opts.adjust(design) : design), broker.address, tag);
  const changes = [...(hasReplicated(design) ? ['Replicated engines run as their plain family (chdb Replicated tables are read-only)'] : []), ...rewired.changes];
  const p = rewired.pipeline;
  const script = generateSql(p);
  const existing = serverDatabases(p, script);
  for (const d of existing) changes.push(`database ${d} created first (the design expects it on the server)`);
  const inputs = new Map<string, TopicInput[]>();
  for (const e of p.entities) {
    if (e.kind !== 'kafkaTable' || opts.skip?.[e.name] !== undefined) continue;
    const messages = opts.messages?.[e.name] ?? messagesFor(p, e);
    inputs.set(e.id, rewired.topics.get(e.id)!.map((topic) => ({ topic, messages })));
  }
  // Only views that are created consume; a Kafka table linked to skipped views counts as view-less.
  const runnable = new Set(script.statements.filter((st) => st.runnable !== false).map((st) => st.entityId));
  const hasViews = (id: string) => p.links.some((l) => l.source === id && runnable.has(l.target));
  // A Kafka table without views is read directly, unless it shares its topics (a named collection) with one that has views.
  const topicsWithViews = new Set(
    [...inputs].filter(([id]) => hasViews(id)).flatMap(([, list]) => list.map((x) => x.topic)),
  );
  const direct = new Set(
    [...inputs]
      .filter(([id, list]) => !hasViews(id) && list.every((x) => !topicsWithViews.has(x.topic)))
      .map(([id]) => id),
  );
  const computed = computeExpected(session, p, inputs, direct);
  const expected: Expected = {
    targets: new Map([...computed.targets].map(([id, r]) => [id, sortRows(r)])),
    direct: new Map([...computed.direct].map(([id, r]) => [id, sortRows(r)])),
  };
  // Produced before the DDL, so every topic exists with its data when a consumer first asks for it
  // (a consumer subscribing to a missing topic may wait for a metadata refresh).
  // Tables sharing a named collection share topics: produce each topic once.
  const produced = new Set<string>();
  for (const list of inputs.values())
    for (const { topic, messages } of list) {
      if (produced.has(topic)) continue;
      produced.add(topic);
      broker.produce(topic, messages.map((m) => m.bytes ?? m.text));
    }
  const t0 = performance.now();
  try {
    for (const d of existing) session.exec(`CREATE DATABASE IF NOT EXISTS ${quoteIdent(d)}`);
    for (const sql of rewired.setup) session.exec(sql);
    for (const st of script.statements) if (st.runnable !== false) session.exec(st.text);
    const actual = await waitForRows(session, p, expected, new Map([...inputs].filter(([id]) => hasViews(id))), opts.deadlineMs ?? 45_000);
    const ms = actual.complete ? actual.lastAt - t0 : NaN;
    if (actual.complete) opts.inspect?.(session);
    return { expected, actual: actual.rows, parseErrors: actual.parseErrors, changes, ms, report: session.kafkaConsumerReport(), pipeline: p };
  } finally {
    dropCreated(session, script, p, rewired.collections, existing);
  }
}

/** Messages the table's consumers have read so far (system.kafka_consumers). */
function messagesRead(session: EngineSession, t: KafkaTable): number {
  const [row] = session.rows<{ n: string }>(
    `SELECT sum(num_messages_read) AS n FROM system.kafka_consumers WHERE database = ${quoteString(t.database)} AND table = ${quoteString(t.name)}`,
  );
  return Number(row?.n ?? 0);
}

/**
 * Polls until every target holds the expected rows AND every view-fed Kafka table
 * has read all its messages (so an expected-empty target is not judged early and
 * no late row is pending), or the deadline passes.
 */
async function waitForRows(session: EngineSession, p: Pipeline, expected: Expected, inputs: ReadonlyMap<string, TopicInput[]>, deadlineMs: number) {
  const byId = new Map(p.entities.map((e) => [e.id, e]));
  const errors = errorColumns(p);
  const deadline = performance.now() + deadlineMs;
  const rows: Expected = { targets: new Map(), direct: new Map() };
  const pendingDirect = new Set(expected.direct.keys());
  const viewFed = [...inputs].map(([id, list]) => ({ table: byId.get(id) as KafkaTable, count: list.reduce((n, x) => n + x.messages.length, 0) }));
  let parseErrors: string[] = [];
  let matchedAt = NaN;
  for (;;) {
    const found: string[] = [];
    let matched = true;
    for (const [id, want] of expected.targets) {
      const t = byId.get(id) as MergeTreeTable;
      const got = sortRows(maskErrors(readTarget(session, t, qualify(t.database, t.name)), errors.get(id), found));
      rows.targets.set(id, got);
      if (!same(got, want)) matched = false;
    }
    for (const id of pendingDirect) {
      // A direct SELECT consumes what it reads: keep every batch.
      const t = byId.get(id) as KafkaTable;
      const batch = session.typedRows(`${directQuery(t, qualify(t.database, t.name))} SETTINGS stream_like_engine_allow_direct_select = 1`);
      const before = rows.direct.get(id);
      const merged = sortRows({ ...batch, rows: [...(before?.rows ?? []), ...batch.rows] });
      if (batch.names.length === 0 && before) merged.names = before.names;
      if (batch.types.length === 0 && before) merged.types = before.types;
      rows.direct.set(id, merged);
      if (merged.rows.length >= (expected.direct.get(id)?.rows.length ?? 0)) pendingDirect.delete(id);
    }
    if (pendingDirect.size > 0) matched = false;
    if (!matched) matchedAt = NaN;
    else if (Number.isNaN(matchedAt)) matchedAt = performance.now();
    const consumed = viewFed.every((x) => messagesRead(session, x.table) >= x.count);
    if (matched && consumed) {
      parseErrors = found;
      return { rows, parseErrors, complete: true, lastAt: matchedAt };
    }
    if (performance.now() > deadline) return { rows, parseErrors: found, complete: false, lastAt: NaN };
    await sleep(200);
  }
}
