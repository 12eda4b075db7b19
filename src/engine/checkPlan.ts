// What "Check with ClickHouse" runs: the design's own SQL, generated from a copy
// of the pipeline whose databases are renamed into a throwaway namespace. The
// renaming happens on the model, so every reference (TO, FROM, keys) follows.
// A statement runs as the script has it whenever the server allows; where the
// checking server cannot (no Keeper, no Replicated databases, no Kafka broker), a
// stand-in is tried and the step says exactly what was substituted.
import { kafkaVirtualColumns } from '../core/clickhouse/virtualColumns';
import type { Column, Entity, KafkaTable, MergeTreeTable, Pipeline } from '../core/model/types';
import { serverDefaultsReason, usesServerDefaults } from '../core/rules/validate/replicated';
import { columnList } from '../core/sql/columns';
import { emitMergeTree } from '../core/sql/emit/mergeTree';
import { buildContext } from '../core/sql/context';
import { generateSql, type StatementSpan } from '../core/sql/generate';
import { qualify, quoteIdent } from '../core/sql/quote';

/** Must match the local endpoint's scratch prefix (server/guardLists.ts). */
export const SCRATCH_PREFIX = 'chflow_scratch_';
/** Where the embedded engine's Kafka tables point: a loopback port nothing listens on. */
export const EMBEDDED_BROKERS = '127.0.0.1:9';
/** Keeper path and replica used when the design relies on server defaults the checking server lacks; needs no macros. */
export const CHECK_KEEPER_PATH = '/clickhouse/tables/{database}/{table}';
export const CHECK_REPLICA_NAME = 'chflow_check';

export type CheckTarget = 'embedded' | 'remote';

/** Why a stand-in may replace the statement: the failure says the checking server, not the design, is short of something. */
export type FallbackReason = 'keeper' | 'serverDefaults' | 'replicatedDatabase';

export interface Attempt {
  /** The exact text sent to the engine. */
  sql: string;
  /** How this text differs from the design's script, in words; empty = as written. */
  substitutions: string[];
}

export interface Fallback extends Attempt {
  when: FallbackReason;
}

export interface CheckStep extends Attempt {
  /** Entity the statement creates; '' for CREATE DATABASE. */
  entityId: string;
  kind: NonNullable<StatementSpan['kind']>;
  /** The design's database name, for CREATE DATABASE steps. */
  database?: string;
  /** False when the generator wrote the object as a comment (not valid SQL yet); it is not sent. */
  runnable: boolean;
  /** Tried in order after a failure that matches their reason. */
  fallbacks: Fallback[];
}

export interface CheckPlan {
  /** Scratch databases the script itself does not create; run first, not listed as steps. */
  setup: string[];
  /** One per statement of the design's script, in its order. */
  steps: CheckStep[];
  /** Run afterwards whatever happened. */
  cleanup: string[];
  /** What differs for the run as a whole, in words for the user. */
  notes: string[];
  /** Scratch database name → the design's database name, to translate messages back. */
  scratchToDesign: Map<string, string>;
}

/** A random run id safe in a plain identifier. */
export function newRunId(): string {
  return Math.random().toString(36).slice(2, 10);
}

/** Whether a ClickHouse failure is one a fallback of this reason stands in for. */
export function fallbackApplies(when: FallbackReason, code: number, message: string, target: CheckTarget): boolean {
  // 225 NO_ZOOKEEPER: the server has no Keeper. Missing {shard}/{replica} macros go with it on the local engine.
  const noKeeper = code === 225 || (target === 'embedded' && code === 139 && /No macro '/.test(message));
  if (when === 'keeper') return noKeeper;
  if (when === 'serverDefaults') return code === 36 && /Macro 'uuid'/.test(message);
  return noKeeper || (code === 139 && /interserver/.test(message));
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

function replicatedFallbacks(t: MergeTreeTable, design: Pipeline, common: string[]): Fallback[] {
  const ctx = buildContext({ ...design, options: { ...design.options, cluster: '' } });
  const out: Fallback[] = [];
  const reason = serverDefaultsReason(design.options);
  if (usesServerDefaults(t) && reason !== '') {
    const explicit = { ...t, engine: { ...t.engine, zooPath: CHECK_KEEPER_PATH, replicaName: CHECK_REPLICA_NAME } };
    out.push({
      when: 'serverDefaults',
      sql: emitMergeTree(explicit, ctx),
      substitutions: [...common, `Keeper path '${CHECK_KEEPER_PATH}' and replica '${CHECK_REPLICA_NAME}' written out: the design relies on the server's defaults because ${reason}, which this server does not provide`],
    });
  }
  const plain = { ...t, engine: { ...t.engine, replicated: false, zooPath: '', replicaName: '' } };
  out.push({ when: 'keeper', sql: emitMergeTree(plain, ctx), substitutions: [...common, `run as ${t.engine.family}: this server has no ClickHouse Keeper for Replicated${t.engine.family}`] });
  return out;
}

/** Gives each design database a throwaway name for one run, remembering the way back for messages. */
export function scratchNamer(runId: string): { scratch: (db: string) => string; scratchToDesign: Map<string, string> } {
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
  return { scratch, scratchToDesign };
}

/** Moves the tables a view's query kept as SQL reads (sql/import/rawSelectTables.ts, loaded only when a design has one). */
export type RawTableRenamer = (text: string, rename: (database: string) => string) => string;

export function buildCheckPlan(design: Pipeline, target: CheckTarget, runId: string, renameRaw?: RawTableRenamer): CheckPlan {
  const notes: string[] = [];
  const { scratch, scratchToDesign } = scratchNamer(runId);
  const cluster = design.options.cluster.trim();
  const common = cluster !== '' ? [`ON CLUSTER ${cluster} left out: the check runs on one server`] : [];
  const entities: Entity[] = design.entities.map((e): Entity => {
    const moved = { ...e, database: scratch(e.database) };
    return moved.kind === 'materializedView' && moved.rawSelect !== undefined && renameRaw ? { ...moved, rawSelect: renameRaw(moved.rawSelect, scratch) } : moved;
  });
  const copy: Pipeline = { entities, links: design.links, options: { ...design.options, cluster: '' } };
  const script = generateSql(copy);
  const byId = new Map(entities.map((e) => [e.id, e]));

  // The embedded engine's Kafka tables, pointed at a dead loopback port (generated only when needed).
  let localText: Map<string, string> | undefined;
  const local = (): Map<string, string> => {
    if (localText) return localText;
    const pointed = entities.map((e): Entity => (e.kind === 'kafkaTable' ? { ...e, brokers: EMBEDDED_BROKERS, namedCollection: '' } : e));
    localText = new Map(generateSql({ ...copy, entities: pointed }).statements.map((s) => [s.entityId, s.text]));
    return localText;
  };

  const steps: CheckStep[] = [];
  for (const st of script.statements) {
    const kind = st.kind ?? 'database';
    const runnable = st.runnable !== false;
    const step: CheckStep = { entityId: st.entityId, kind, sql: st.text, substitutions: common, runnable, fallbacks: [] };
    if (kind === 'database') {
      const designDb = scratchToDesign.get(st.database ?? '') ?? '';
      // `default` is renamed into the namespace, but the design's script never creates it.
      if (designDb === 'default' || designDb === '') continue;
      step.database = designDb;
      if (design.options.replicatedDatabases) {
        const plainDb = `CREATE DATABASE IF NOT EXISTS ${quoteIdent(st.database!)};`;
        step.fallbacks.push({ when: 'replicatedDatabase', sql: plainDb, substitutions: [...common, 'created as an ordinary (Atomic) database: this server cannot host a Replicated database'] });
      }
    }
    const e = byId.get(st.entityId);
    if (runnable && e?.kind === 'mergeTree' && e.engine.replicated) step.fallbacks.push(...replicatedFallbacks(e, copy, common));
    if (runnable && e?.kind === 'kafkaTable') {
      if (target === 'remote') {
        step.sql = nullStandIn(e);
        step.substitutions = [...common, 'a Null table with the same columns (Kafka virtual columns as plain columns) stands in for the Kafka table, so nothing consumes from Kafka'];
      } else {
        const named = (e.namedCollection ?? '').trim() !== '';
        step.sql = local().get(e.id) ?? step.sql;
        step.substitutions = [
          ...common,
          ...(named ? [`the named collection ${e.namedCollection} is not available here; the table's own connection fields are used`] : []),
          `brokers set to ${EMBEDDED_BROKERS} (nothing listens there), so nothing is consumed`,
        ];
      }
    }
    steps.push(step);
  }

  const createdByScript = new Set(steps.filter((s) => s.kind === 'database').map((s) => scratch(s.database!)));
  const setup = [...scratchToDesign.keys()].filter((db) => !createdByScript.has(db)).map((db) => `CREATE DATABASE IF NOT EXISTS ${quoteIdent(db)}`);
  if (setup.length > 0) notes.push('Scratch databases stand in for the design’s databases; all of them are dropped afterwards.');
  const cleanup = [...scratchToDesign.keys()].map((db) => `DROP DATABASE IF EXISTS ${quoteIdent(db)} SYNC`);
  return { setup, steps, cleanup, notes, scratchToDesign };
}

/** Writes the design's database names back into an engine message. */
export function toDesignNames(message: string, plan: Pick<CheckPlan, 'scratchToDesign'>): string {
  let out = message;
  for (const [s, d] of plan.scratchToDesign) out = out.split(s).join(d);
  return out;
}
