// Argument types of aggregate-function column types that ClickHouse refuses at
// CREATE (`Illegal type String of argument for aggregate function sum`), which
// the type model does not check: numeric-only functions over non-numbers.
import { parseType, type TypeNode } from '../../types';

const NUMERIC_ONLY = new Set(['sum', 'sumWithOverflow', 'avg']);
const NUMERIC = /^(U?Int(8|16|32|64|128|256)|Float(32|64)|BFloat16|Decimal\d*|Bool)$/;

function findProblem(n: TypeNode): string | undefined {
  if (n.family === 'AggregateFunction' || n.family === 'SimpleAggregateFunction') {
    const fn = n.args[0];
    const arg = n.args[1];
    if (fn?.kind === 'func' && NUMERIC_ONLY.has(fn.name) && arg?.kind === 'type') {
      let t = arg.type;
      while (t.family === 'Nullable' && t.args[0]?.kind === 'type') t = t.args[0].type;
      if (!NUMERIC.test(t.family)) return `${fn.name} only aggregates numbers, not ${t.family}; declare the column over a numeric type`;
    }
  }
  for (const a of n.args) if (a.kind === 'type') {
    const p = findProblem(a.type);
    if (p) return p;
  }
  return undefined;
}

export function aggregateArgumentProblem(text: string): string | undefined {
  const r = parseType(text);
  return r.ok ? findProblem(r.type) : undefined;
}
