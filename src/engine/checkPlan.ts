// What "Check with ClickHouse" runs: the design's own SQL, generated from a copy
// of the pipeline whose databases are renamed into a throwaway namespace. The
// renaming happens on the model, so every reference (TO, FROM, keys) follows.
import { kafkaVirtualColumns } from '../core/clickhouse/virtualColumns';
import type { Column, Entity, KafkaTable, Pipeline } from '../core/model/types';
import { columnList } from '../core/sql/columns';
import { generateSql, type StatementSpan } from '../core/sql/generate';
import { qualify, quoteIdent } from '../core/sql/quote';

/** Must match the local endpoint's scratch prefix (server/guardLists.ts). */
export const SCRATCH_PREFIX = 'chflow_scratch_';
/** Where the embedded engine's Kafka tables point: a loopback port nothing listens on. */
export const EMBEDDED_BROKERS = '127.0.0.1:9';

export type CheckTarget = 'embedded' | 'remote';

export interface CheckStep {
  /** Entity the statement creates; '' for CREATE DATABASE. */
  entityId: string;
  kind: NonNullable<StatementSpan['kind']>;
  /** The exact text sent to the engine. */
  sql: string;
  /** False when the generator wrote the object as a comment (not valid SQL yet); it is not sent. */
  runnable: boolean;
}

export interface CheckPlan {
  steps: CheckStep[];
  /** Run afterwards whatever happened. */
  cleanup: string[];
  /** What differs from the design's own script, in words for the user. */
  notes: string[];
  /** Scratch database name → the design's database name, to translate messages back. */
  scratchToDesign: Map<string, string>;
}

/** A random run id safe in a plain identifier. */
export function newRunId(): string {
  return Math.random().toString(36).slice(2, 10);
}

function nullStandIn(t: KafkaTable): string {
  const virtual: Column[] = kafkaVirtualColumns(t.settings['kafka_handle_error_mode']).map((v) => ({
    id: v.name,
    name: v.name,
    type: v.type,
    defaultKind: '',
    defaultExpr: '',
    codec: '',
    comment: '',
  }));
  // Only plain columns: ALIAS columns of the Kafka table stay ALIAS (Null accepts them).
  return `CREATE TABLE ${qualify(t.database, t.name)}\n${columnList([...t.columns, ...virtual], { kafka: true })}\nENGINE = Null;`;
}

export function buildCheckPlan(design: Pipeline, target: CheckTarget, runId: string): CheckPlan {
  const notes: string[] = [];
  const names = new Map<string, string>();
  const scratchToDesign = new Map<string, string>();
  const scratch = (db: string): string => {
    let s = names.get(db);
    if (s === undefined) {
      s = `${SCRATCH_PREFIX}${runId}_${names.size + 1}`;
      names.set(db, s);
      scratchToDesign.set(s, db);
    }
    return s;
  };

  const entities: Entity[] = design.entities.map((e): Entity => {
    const db = scratch(e.database);
    if (e.kind === 'mergeTree' && e.engine.replicated) {
      notes.push(`${e.name}: run as ${e.engine.family} (the Replicated engine needs ClickHouse Keeper and a cluster).`);
      return { ...e, database: db, engine: { ...e.engine, replicated: false, zooPath: '', replicaName: '' } };
    }
    if (target === 'embedded' && (e.kind === 'kafkaTable' || e.kind === 'kafkaTopic')) {
      if (e.kind === 'kafkaTable' && (e.namedCollection ?? '').trim() !== '') {
        notes.push(`${e.name}: the named collection is not available here; the table's own connection fields are used.`);
        return { ...e, database: db, brokers: EMBEDDED_BROKERS, namedCollection: '' };
      }
      return { ...e, database: db, brokers: EMBEDDED_BROKERS };
    }
    return { ...e, database: db };
  });
  if (design.options.cluster.trim() !== '') notes.push(`ON CLUSTER ${design.options.cluster} is left out: the check runs on one server.`);
  if (target === 'embedded' && design.entities.some((e) => e.kind === 'kafkaTable')) {
    notes.push(`Kafka tables are created for real, with their brokers set to ${EMBEDDED_BROKERS} so nothing is consumed.`);
  }

  const copy: Pipeline = { entities, links: design.links, options: { ...design.options, cluster: '', createDatabases: true } };
  const script = generateSql(copy);
  const byId = new Map(entities.map((e) => [e.id, e]));
  const steps: CheckStep[] = script.statements.map((st) => {
    const kind = st.kind ?? 'database';
    const runnable = st.runnable !== false;
    const e = byId.get(st.entityId);
    if (target === 'remote' && runnable && e?.kind === 'kafkaTable') {
      notes.push(`${e.name}: a Null table with the same columns (Kafka virtual columns as plain columns) stands in for the Kafka table, so nothing consumes from Kafka.`);
      return { entityId: st.entityId, kind, sql: nullStandIn(e), runnable };
    }
    return { entityId: st.entityId, kind, sql: st.text, runnable };
  });
  const cleanup = [...scratchToDesign.keys()].map((db) => `DROP DATABASE IF EXISTS ${quoteIdent(db)} SYNC`);
  return { steps, cleanup, notes, scratchToDesign };
}

/** Writes the design's database names back into an engine message. */
export function toDesignNames(message: string, plan: Pick<CheckPlan, 'scratchToDesign'>): string {
  let out = message;
  for (const [s, d] of plan.scratchToDesign) out = out.split(s).join(d);
  return out;
}
