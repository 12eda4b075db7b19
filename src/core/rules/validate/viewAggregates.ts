// Aggregating views (docs/clickhouse.md §c.6): once one output is an aggregate,
// every other output must be grouped by, and GROUP BY may not name an aggregate's
// alias (ClickHouse resolves GROUP BY names to SELECT aliases first).
import type { MaterializedView } from '../../model/types';
import { columnReference } from '../../model/viewColumns';
import { isAggregateFunction } from '../../types/lexicon';
import { memoByTexts } from '../../types/memo';
import { error, type Emit } from './diag';
import { inferExprType, parseCall, type ColumnTypes } from './exprType';
import { quoted } from './names';
import { keyElements, normalizeExpr } from './sqlText';
import { identifiers } from './ttl';

function isAggregate(expr: string): boolean {
  const call = parseCall(expr);
  return call !== undefined && isAggregateFunction(call.name);
}

/** True when the expression is just the column named like its own output. */
function isBare(expr: string, target: string): boolean {
  return isBareMemo(expr, target);
}

const isBareMemo = memoByTexts((expr, target) => {
  const ids = identifiers(expr);
  return ids.length === 1 && ids[0] === target && /^`?[^(]*`?$/.test(expr.trim()) && !/[+\-*\/ ]/.test(expr.trim().replace(/^`.*`$/, ''));
});

export function checkAggregation(v: MaterializedView, columns: ColumnTypes, emit: Emit): void {
  const rows = v.mappings.filter((m) => m.expr.trim() !== '' && m.target.trim() !== '');
  const groups = keyElements(v.groupBy);
  const grouped = new Set(groups.map(normalizeExpr));
  const groupedNames = new Set(groups.flatMap(identifiers));
  // Only a bare column keeps its type as the grouping key; GROUP BY cityHash64(d) groups by a UInt64.
  const suspicious = groups.map((g) => columnReference(g)).find((n) => n !== undefined && /\b(Dynamic|Variant)\b/.test(columns.get(n) ?? ''));
  if (suspicious !== undefined)
    emit(error(v.id, 'view.groupBy.type', `GROUP BY uses ${quoted(suspicious)} of type ${columns.get(suspicious)}; ClickHouse refuses Variant/Dynamic values as grouping keys. Group by a typed subcolumn or a cast instead.`, 'groupBy'));
  const renamed = new Map(rows.filter((m) => !isBare(m.expr, m.target)).map((m) => [m.target, m]));
  if (suspicious === undefined) checkDynamicKeys(v, groups, renamed, columns, emit);
  for (const m of rows) {
    const other = identifiers(m.expr).map((n) => renamed.get(n)).find((o) => o !== undefined && o !== m);
    if (other)
      emit(error(v.id, 'view.expr.aliasShadow', `${m.expr.trim()} mentions ${quoted(other.target)}, which ClickHouse reads as the output ${other.expr.trim()} AS ${quoted(other.target)}, not as the source column. Give that output another name or write its expression here.`, `mapping.${m.id}.expr`));
  }
  for (const m of rows) {
    if (isAggregate(m.expr) && groupedNames.has(m.target))
      emit(error(v.id, 'view.groupBy.aggregate', `GROUP BY names ${quoted(m.target)}, which is the alias of the aggregate ${m.expr.trim()}; ClickHouse refuses grouping by an aggregate. Group by the source expression instead.`, 'groupBy'));
  }
  // `toDate(ts) AS day … GROUP BY day` is the normal way to group by an output. Only an
  // alias that hides a source column of the same name, used inside a larger GROUP BY
  // expression, means something other than what it reads like.
  const groupedInside = new Set(groups.filter((g) => !/^`?[\w.]+`?$/.test(g.trim())).flatMap(identifiers));
  for (const m of rows) {
    if (!isAggregate(m.expr) && columns.has(m.target) && groupedInside.has(m.target) && !isBare(m.expr, m.target))
      emit(error(v.id, 'view.groupBy.aliasShadow', `GROUP BY uses ${quoted(m.target)} inside an expression; ClickHouse reads it as the alias of ${m.expr.trim()}, not as the source column, so the grouping does not match the output. Group by the alias alone, or give the output another name.`, 'groupBy'));
  }
  if (!rows.some((m) => isAggregate(m.expr))) return;
  for (const m of rows) {
    if (isAggregate(m.expr)) continue;
    const e = normalizeExpr(m.expr);
    const refs = identifiers(m.expr).filter((n) => columns.has(n));
    const covered = grouped.has(e) || grouped.has(normalizeExpr(m.target)) || (refs.length > 0 && refs.every((n) => groupedNames.has(n))) || refs.length === 0;
    if (!covered)
      emit(error(v.id, 'view.groupBy.missing', `${m.expr.trim()} is neither aggregated nor in GROUP BY while other outputs aggregate; ClickHouse refuses the view. Add it to GROUP BY or wrap it in an aggregate such as any().`, `mapping.${m.id}.expr`));
  }
}

const DYNAMIC = /\b(Dynamic|Variant|JSON|Object)\b/;
// Functions whose result is a plain type whatever they read (measured over Dynamic and Variant).
const CONCRETE = new Set(['cityHash64', 'sipHash64', 'xxHash64', 'length', 'toString', 'toTypeName', 'dynamicType', 'variantType', 'isNull', 'isNotNull', 'upper', 'lower', 'concat', 'toYYYYMM', 'toYYYYMMDD']);

/**
 * A function of a Dynamic, Variant or JSON value is often Dynamic itself (toStartOfMinute(d),
 * d + 1, ifNull(d, 0); measured), and GROUP BY refuses it, while toString(d) or upper(d) are
 * concrete. Where the type is not known here the designer asks for a cast (a stricter rule).
 */
function checkDynamicKeys(v: MaterializedView, groups: readonly string[], renamed: Map<string, { expr: string }>, columns: ColumnTypes, emit: Emit): void {
  for (const g of groups) {
    const name = columnReference(g);
    const expr = name !== undefined ? renamed.get(name)?.expr : g;
    if (expr === undefined) continue;
    const dynamic = identifiers(expr).find((n) => DYNAMIC.test(columns.get(n) ?? ''));
    if (dynamic === undefined) continue;
    const call = parseCall(expr);
    if (call && CONCRETE.has(call.name)) continue;
    const type = inferExprType(expr, columns);
    if (type !== undefined && !DYNAMIC.test(type)) continue;
    emit(error(v.id, 'view.groupBy.dynamicExpr', `GROUP BY ${g.trim()} computes on ${quoted(dynamic)} of type ${columns.get(dynamic)}; such a result can itself be Dynamic, which ClickHouse refuses as a grouping key. Cast the value first, e.g. toStartOfMinute(CAST(${quoted(dynamic)} AS DateTime)), or group by a typed subcolumn.`, 'groupBy'));
    return;
  }
}
