// Reads a MergeTree-family table as a user would read its result: merged with
// FINAL for the collapsing families, -State columns through their -Merge
// function grouped by the other columns. The same query reads the pipeline's
// real target and the scratch table holding the expected rows, so the two are
// compared value by value and type by type.
import type { Column, MergeTreeTable } from '../../core/model/types';
import { quoteIdent } from '../../core/sql/quote';
import type { EngineSession, TypedRows } from './session';

/** `fMerge(col)` for AggregateFunction(f, …), `f(col)` for SimpleAggregateFunction(f, …), undefined otherwise. */
export function mergeExpression(c: Column): string | undefined {
  const name = quoteIdent(c.name);
  const agg = /^AggregateFunction\(\s*([A-Za-z_][A-Za-z0-9_]*)(\([^)]*\))?/.exec(c.type.trim());
  if (agg) return `${agg[1]}Merge${agg[2] ?? ''}(${name})`;
  const simple = /^SimpleAggregateFunction\(\s*([A-Za-z_][A-Za-z0-9_]*)/.exec(c.type.trim());
  if (simple) return `${simple[1]}(${name})`;
  return undefined;
}

/** Columns a SELECT can return as stored values. */
export function storedColumns(t: MergeTreeTable): Column[] {
  return t.columns.filter((c) => c.defaultKind !== 'ALIAS' && c.defaultKind !== 'EPHEMERAL');
}

export function readQuery(t: MergeTreeTable, qualifiedName: string): string {
  const cols = storedColumns(t);
  const aggregated = cols.some((c) => /^AggregateFunction\(/.test(c.type.trim()));
  if (aggregated) {
    const keys = cols.filter((c) => mergeExpression(c) === undefined).map((c) => quoteIdent(c.name));
    const items = cols.map((c) => {
      const m = mergeExpression(c);
      return m === undefined ? quoteIdent(c.name) : `${m} AS ${quoteIdent(c.name)}`;
    });
    return `SELECT ${items.join(', ')} FROM ${qualifiedName}${keys.length ? ` GROUP BY ${keys.join(', ')}` : ''} ORDER BY ALL`;
  }
  const final = t.engine.family === 'MergeTree' ? '' : ' FINAL';
  return `SELECT ${cols.map((c) => quoteIdent(c.name)).join(', ')} FROM ${qualifiedName}${final} ORDER BY ALL`;
}

export function readTarget(session: EngineSession, t: MergeTreeTable, qualifiedName: string): TypedRows {
  return session.typedRows(readQuery(t, qualifiedName));
}
