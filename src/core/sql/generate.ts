// generateSql: the whole design as one runnable ClickHouse script, plus the line
// range of every statement so the SQL pane can highlight the selected node.
import type { Entity, NodeKind, Pipeline } from '../model/types';
import { contextOf, onClusterClause, type SqlContext } from './context';
import { emitKafkaTable } from './emit/kafkaTable';
import { viewStatement } from './emit/materializedView';
import { emitMergeTree } from './emit/mergeTree';
import { assemble, type DatabaseStatement } from './assemble';
import { lineBreaks, rememberedStatement, rememberStatement, type Statement } from './memo';
import { cmp } from './order';
import { quoteIdent } from './quote';
import { shapeOf, type Shape } from './shape';
import { skippedComment, tableReason, viewSkipReason } from './skip';

export interface StatementSpan {
  /** The entity the statement creates; '' for CREATE DATABASE. */
  entityId: string;
  /** 1-based inclusive line range of the statement in `text`. */
  startLine: number;
  endLine: number;
  text: string;
  // The fields below are optional so spans built elsewhere (tests, fallbacks) stay valid;
  // generateSql always sets kind and runnable.
  /** What the statement creates. */
  kind?: 'database' | Exclude<NodeKind, 'kafkaTopic'>;
  /** False for an object written as a comment because it cannot be valid SQL yet. */
  runnable?: boolean;
  /** Database name for kind 'database'. */
  database?: string;
}

/** The database engine written when the design says its databases are Replicated (the macros come from the server). */
export const REPLICATED_DATABASE_ENGINE = "ENGINE = Replicated('/clickhouse/databases/{database}', '{shard}', '{replica}')";

export interface SqlScript {
  text: string;
  statements: StatementSpan[];
}

export function generateSql(p: Pipeline): SqlScript {
  const shape = shapeOf(p);
  const { entities } = p;
  const { order } = shape;
  const ctx = contextOf(p, shape);
  const made: Statement[] = new Array(order.length);
  const databases = new Set<string>();
  // Tables come sorted by database, so most neighbours share it: skip the set for them.
  let lastDatabase: string | undefined;
  for (let n = 0; n < order.length; n++) {
    const k = order[n]!;
    const st = statementAt(k, entities, shape, ctx);
    made[n] = st;
    const database = entities[k]!.database;
    if (st.runnable && database !== lastDatabase) {
      databases.add(database);
      lastDatabase = database;
    }
  }
  const heads = p.options.createDatabases ? databaseStatements(databases, ctx.onCluster, p.options.replicatedDatabases === true) : [];
  return assemble(heads, made, order, entities, shape);
}

/** The statement of entity `k`: remembered, or made and remembered. */
function statementAt(k: number, entities: readonly Entity[], shape: Shape, ctx: SqlContext): Statement {
  const e = entities[k]!;
  const { onCluster } = ctx;
  const { memos } = shape;
  if (e.kind === 'materializedView') {
    const i = shape.input[k]!;
    const o = shape.output[k]!;
    const source = i >= 0 ? entities[i] : undefined;
    const target = o >= 0 ? entities[o] : undefined;
    const hit = rememberedStatement(memos, entities, k, i, o, onCluster);
    if (hit !== undefined) return hit;
    const reason = viewSkipReason(e, source, target);
    return reason === undefined
      ? rememberStatement(memos, k, e, source, target, onCluster, viewStatement(e, source!, target!, onCluster), true)
      : rememberStatement(memos, k, e, source, target, onCluster, skippedComment(e, reason), false);
  }
  const hit = rememberedStatement(memos, entities, k, -1, -1, onCluster);
  if (hit !== undefined) return hit;
  const reason = tableReason(e);
  if (reason !== undefined) return rememberStatement(memos, k, e, undefined, undefined, onCluster, skippedComment(e, reason), false);
  const text = e.kind === 'kafkaTable' ? emitKafkaTable(e, ctx) : e.kind === 'mergeTree' ? emitMergeTree(e, ctx) : '';
  return rememberStatement(memos, k, e, undefined, undefined, onCluster, text, true);
}

function databaseStatements(databases: ReadonlySet<string>, onCluster: string, replicated: boolean): DatabaseStatement[] {
  // An empty database name cannot be created; validation reports it.
  const names = [...databases].filter((d) => d !== 'default' && d !== '').sort(cmp);
  const engine = replicated ? ' ' + REPLICATED_DATABASE_ENGINE : '';
  return names.map((d) => {
    const text = 'CREATE DATABASE IF NOT EXISTS ' + quoteIdent(d) + onCluster + engine + ';';
    return { text, breaks: lineBreaks(text), runnable: true, database: d };
  });
}

