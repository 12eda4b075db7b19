// generateSql: the whole design as one runnable ClickHouse script, plus the line
// range of every statement so the SQL pane can highlight the selected node.
import type { Entity, MergeTreeTable, NodeKind, Pipeline } from '../model/types';
import { contextOf, onClusterClause, type SqlContext } from './context';
import { emitKafkaTable } from './emit/kafkaTable';
import { viewStatement } from './emit/materializedView';
import { emitMergeTree } from './emit/mergeTree';
import { lineBreaks, rememberedStatement, rememberStatement, type Statement } from './memo';
import { cmp } from './order';
import { quoteIdent } from './quote';
import { shapeOf } from './shape';
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
  const { order, input, output } = shape;
  const onCluster = onClusterClause(p.options.cluster);
  // Tables need only the cluster clause; views get their ends from the shape.
  const ctx: SqlContext = contextOf(p, shape);
  const body: Statement[] = new Array(order.length);
  const owners: Entity[] = new Array(order.length);
  const databases = new Set<string>();

  for (let n = 0; n < order.length; n++) {
    const k = order[n]!;
    const e = entities[k]!;
    let st: Statement | undefined;
    if (e.kind === 'materializedView') {
      const source = input[k]! >= 0 ? entities[input[k]!] : undefined;
      const target = output[k]! >= 0 ? entities[output[k]!] : undefined;
      st = rememberedStatement(e, source, target, onCluster);
      if (st === undefined) {
        const reason = viewSkipReason(e, source, target);
        st =
          reason === undefined
            ? rememberStatement(e, source, target, onCluster, viewStatement(e, source!, target!, onCluster), true)
            : rememberStatement(e, source, target, onCluster, skippedComment(e, reason), false);
      }
    } else {
      st = rememberedStatement(e, undefined, undefined, onCluster);
      if (st === undefined) {
        const reason = tableReason(e);
        st =
          reason === undefined
            ? rememberStatement(e, undefined, undefined, onCluster, e.kind === 'kafkaTable' ? emitKafkaTable(e, ctx) : emitMergeTree(e as MergeTreeTable, ctx), true)
            : rememberStatement(e, undefined, undefined, onCluster, skippedComment(e, reason), false);
      }
    }
    body[n] = st;
    owners[n] = e;
    if (st.runnable) databases.add(e.database);
  }

  const all: StatementSpan[] = [];
  const breaks: number[] = [];
  if (p.options.createDatabases) {
    // An empty database name cannot be created; validation reports it.
    const names = [...databases].filter((d) => d !== 'default' && d !== '').sort(cmp);
    const engine = p.options.replicatedDatabases ? ' ' + REPLICATED_DATABASE_ENGINE : '';
    for (const d of names) {
      const text = 'CREATE DATABASE IF NOT EXISTS ' + quoteIdent(d) + onCluster + engine + ';';
      all.push({ entityId: '', startLine: 0, endLine: 0, text, kind: 'database', runnable: true, database: d });
      breaks.push(lineBreaks(text));
    }
  }
  for (let n = 0; n < body.length; n++) {
    const st = body[n]!;
    const e = owners[n]!;
    all.push({ entityId: e.id, startLine: 0, endLine: 0, text: st.text, kind: e.kind as StatementKind, runnable: st.runnable });
    breaks.push(st.breaks);
  }
  return assemble(all, breaks);
}

type StatementKind = Exclude<NodeKind, 'kafkaTopic'>;

/**
 * Joins the statements with a blank line between them and numbers their lines
 * from the line breaks counted when each text was made. Each statement's text
 * becomes a slice of the joined text, so the pieces it was built from can be freed.
 */
function assemble(all: StatementSpan[], breaks: readonly number[]): SqlScript {
  if (all.length === 0) return { text: '', statements: all };
  const texts: string[] = new Array(all.length);
  for (let i = 0; i < all.length; i++) texts[i] = all[i]!.text;
  const joined = texts.join('\n\n');
  let line = 1;
  let pos = 0;
  for (let i = 0; i < all.length; i++) {
    const st = all[i]!;
    const end = pos + st.text.length;
    st.startLine = line;
    st.endLine = line + breaks[i]!;
    st.text = joined.slice(pos, end);
    // Past the statement's own line break and the blank line after it.
    pos = end + 2;
    line = st.endLine + 2;
  }
  return { text: joined + '\n', statements: all };
}
