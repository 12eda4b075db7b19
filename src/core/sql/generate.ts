// generateSql: the whole design as one runnable ClickHouse script, plus the line
// range of every statement so the SQL pane can highlight the selected node.
import type { Entity, NodeKind, Pipeline } from '../model/types';
import { buildContext, cmp, type SqlContext } from './context';
import { emitKafkaTable } from './emit/kafkaTable';
import { emitMaterializedView } from './emit/materializedView';
import { emitMergeTree } from './emit/mergeTree';
import { statementOrder } from './order';
import { quoteIdent } from './quote';
import { skippedComment, skipReason } from './skip';

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

export interface SqlScript {
  text: string;
  statements: StatementSpan[];
}

function emitEntity(e: Entity, ctx: SqlContext): string {
  switch (e.kind) {
    case 'kafkaTable':
      return emitKafkaTable(e, ctx);
    case 'mergeTree':
      return emitMergeTree(e, ctx);
    case 'materializedView':
      return emitMaterializedView(e, ctx);
    default:
      return '';
  }
}

function lineCount(s: string): number {
  let n = 1;
  for (let i = s.indexOf('\n'); i !== -1; i = s.indexOf('\n', i + 1)) n++;
  return n;
}

export function generateSql(p: Pipeline): SqlScript {
  const ctx = buildContext(p);
  const statements: StatementSpan[] = [];
  const pending: Omit<StatementSpan, 'startLine' | 'endLine'>[] = [];
  const databases = new Set<string>();

  for (const e of statementOrder(p, ctx)) {
    if (e.kind === 'kafkaTopic') continue;
    const reason = skipReason(e, ctx);
    if (reason !== undefined) {
      pending.push({ entityId: e.id, kind: e.kind, runnable: false, text: skippedComment(e, reason) });
      continue;
    }
    pending.push({ entityId: e.id, kind: e.kind, runnable: true, text: emitEntity(e, ctx) });
    databases.add(e.database);
  }

  const dbStatements: typeof pending = [];
  if (p.options.createDatabases) {
    // An empty database name cannot be created; validation reports it.
    const names = [...databases].filter((d) => d !== 'default' && d !== '').sort(cmp);
    for (const d of names) {
      const text = 'CREATE DATABASE IF NOT EXISTS ' + quoteIdent(d) + ctx.onCluster + ';';
      dbStatements.push({ entityId: '', kind: 'database', runnable: true, text, database: d });
    }
  }

  let line = 1;
  const parts: string[] = [];
  for (const st of [...dbStatements, ...pending]) {
    const n = lineCount(st.text);
    statements.push({ ...st, startLine: line, endLine: line + n - 1 });
    parts.push(st.text);
    line += n + 1; // the blank line between statements
  }
  return { text: parts.length ? parts.join('\n\n') + '\n' : '', statements };
}
