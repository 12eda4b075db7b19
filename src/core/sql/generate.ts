// generateSql: the whole design as one runnable ClickHouse script, plus the line
// range of every statement so the SQL pane can highlight the selected node.
import type { Entity, NodeKind, Pipeline } from '../model/types';
import { buildContext, cmp, type SqlContext } from './context';
import { emitKafkaTable } from './emit/kafkaTable';
import { emitMaterializedView } from './emit/materializedView';
import { emitMergeTree } from './emit/mergeTree';
import { statementFor } from './memo';
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

/** The database engine written when the design says its databases are Replicated (the macros come from the server). */
export const REPLICATED_DATABASE_ENGINE = "ENGINE = Replicated('/clickhouse/databases/{database}', '{shard}', '{replica}')";

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

export function generateSql(p: Pipeline): SqlScript {
  const ctx = buildContext(p);
  const body: StatementSpan[] = [];
  const databases = new Set<string>();

  for (const e of statementOrder(p, ctx)) {
    if (e.kind === 'kafkaTopic') continue;
    const { text, runnable } = statementFor(e, ctx, () => {
      const reason = skipReason(e, ctx);
      return reason === undefined ? { text: emitEntity(e, ctx), runnable: true } : { text: skippedComment(e, reason), runnable: false };
    });
    // Line numbers are filled in by assemble().
    body.push({ entityId: e.id, startLine: 0, endLine: 0, text, kind: e.kind, runnable });
    if (runnable) databases.add(e.database);
  }

  const all: StatementSpan[] = [];
  if (p.options.createDatabases) {
    // An empty database name cannot be created; validation reports it.
    const names = [...databases].filter((d) => d !== 'default' && d !== '').sort(cmp);
    for (const d of names) {
      const engine = p.options.replicatedDatabases ? ' ' + REPLICATED_DATABASE_ENGINE : '';
      const text = 'CREATE DATABASE IF NOT EXISTS ' + quoteIdent(d) + ctx.onCluster + engine + ';';
      all.push({ entityId: '', startLine: 0, endLine: 0, text, kind: 'database', runnable: true, database: d });
    }
  }
  for (const st of body) all.push(st);
  return assemble(all);
}

/**
 * Joins the statements with a blank line between them, then numbers their
 * lines in one pass over the joined text. Each statement's text becomes a slice
 * of the joined text, so the pieces it was built from can be freed.
 */
function assemble(all: StatementSpan[]): SqlScript {
  if (all.length === 0) return { text: '', statements: all };
  const texts: string[] = new Array(all.length);
  for (let i = 0; i < all.length; i++) texts[i] = all[i]!.text;
  const joined = texts.join('\n\n');
  let line = 1;
  let pos = 0;
  let nl = joined.indexOf('\n');
  for (const st of all) {
    const end = pos + st.text.length;
    st.startLine = line;
    for (; nl !== -1 && nl < end; nl = joined.indexOf('\n', nl + 1)) line++;
    st.endLine = line;
    st.text = joined.slice(pos, end);
    // Past the statement's own line break and the blank line after it.
    pos = end + 2;
    line += 2;
    for (; nl !== -1 && nl < pos; nl = joined.indexOf('\n', nl + 1));
  }
  return { text: joined + '\n', statements: all };
}
