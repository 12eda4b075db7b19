// Feeding AggregatingMergeTree columns from a view (docs/clickhouse.md §c.6):
// `AggregateFunction(f, T)` takes `fState(x)` with x of type T exactly,
// `SimpleAggregateFunction(f, T)` takes `f(x)`; readers use `fMerge` / `f` again.
import { formatArg, formatType, parseType, type TypeNode } from '../types';
import { qualify, quoteIdent } from '../sql/quote';
import type { Column, MergeTreeTable } from './types';

export interface AggregateColumnType {
  kind: 'state' | 'simple';
  /** Function name without parameters, e.g. `quantiles`. */
  func: string;
  /** Parameters as written, e.g. `0.5, 0.9`; '' when none. */
  params: string;
  /** Argument types in canonical spelling. */
  argTypes: string[];
}

/** What an AggregateFunction / SimpleAggregateFunction column type holds; undefined for other types. */
export function aggregateColumnType(type: string): AggregateColumnType | undefined {
  const r = parseType(type);
  if (!r.ok) return undefined;
  const n = r.type;
  if (n.family !== 'AggregateFunction' && n.family !== 'SimpleAggregateFunction') return undefined;
  const [f, ...rest] = n.args;
  if (!f || f.kind !== 'func') return undefined;
  const argTypes = rest.flatMap((a) => (a.kind === 'type' ? [formatType(a.type)] : []));
  return {
    kind: n.family === 'AggregateFunction' ? 'state' : 'simple',
    func: f.name,
    params: f.params.map(formatArg).join(', '),
    argTypes,
  };
}

function canonical(type: string): string | undefined {
  const r = parseType(type);
  return r.ok ? formatType(r.type as TypeNode) : undefined;
}

/** The expression that writes `args` into a column of this aggregate type. */
export function aggregateWriteExpression(a: AggregateColumnType, args: readonly string[]): string {
  const list = args.join(', ');
  if (a.kind === 'simple') return `${a.func}(${list})`;
  return a.params === '' ? `${a.func}State(${list})` : `${a.func}State(${a.params})(${list})`;
}

/**
 * A ready `fState(col)` / `f(col)` for a target column, with source columns of the exact
 * argument types (first match each; `?` where none has the type). Undefined when the
 * target column is not an aggregate type.
 */
export function suggestAggregateExpression(targetType: string, sourceColumns: readonly Pick<Column, 'name' | 'type'>[]): string | undefined {
  const a = aggregateColumnType(targetType);
  if (!a) return undefined;
  const used = new Set<string>();
  const args = a.argTypes.map((t) => {
    const match = sourceColumns.find((c) => !used.has(c.name) && canonical(c.type) === t);
    if (!match) return '?';
    used.add(match.name);
    return quoteIdent(match.name);
  });
  return aggregateWriteExpression(a, args);
}

/** How a column is read back: `fMerge(col)`, `f(col)`, or undefined for a grouping column. */
export function readBackExpression(column: Pick<Column, 'name' | 'type'>): string | undefined {
  const a = aggregateColumnType(column.type);
  if (!a) return undefined;
  const c = quoteIdent(column.name);
  if (a.kind === 'simple') return `${a.func}(${c})`;
  return a.params === '' ? `${a.func}Merge(${c})` : `${a.func}Merge(${a.params})(${c})`;
}

/**
 * An example query that reads an aggregating table back: grouping columns, then each
 * aggregate column merged under its own name. Undefined when the table has no aggregate column.
 */
export function readBackQuery(t: Pick<MergeTreeTable, 'database' | 'name' | 'columns'>): string | undefined {
  const stored = t.columns.filter((c) => c.defaultKind !== 'ALIAS' && c.defaultKind !== 'EPHEMERAL' && c.name !== '');
  const merged = stored.flatMap((c) => {
    const e = readBackExpression(c);
    return e ? [`${e} AS ${quoteIdent(c.name)}`] : [];
  });
  if (merged.length === 0) return undefined;
  const keys = stored.filter((c) => !aggregateColumnType(c.type)).map((c) => quoteIdent(c.name));
  let s = 'SELECT\n    ' + [...keys, ...merged].join(',\n    ') + '\nFROM ' + qualify(t.database, t.name);
  if (keys.length) s += '\nGROUP BY ' + keys.join(', ') + '\nORDER BY ' + keys.join(', ');
  return s + ';';
}
