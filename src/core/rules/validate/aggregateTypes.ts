// Argument types and parameters of aggregate-function column types that ClickHouse
// refuses at CREATE (`Illegal type String of argument for aggregate function sum`,
// `Quantile level is out of range [0..1]`), which the type model does not check.
// Measured on chdb 26.7 over numbers, dates, strings, UUID, Enum and arrays.
import { CANONICAL_FAMILIES, formatType, parseType, type TypeNode } from '../../types';
import { memoByText } from '../../types/memo';

const NUMBERS = [
  'UInt8', 'UInt16', 'UInt32', 'UInt64', 'UInt128', 'UInt256', 'Int8', 'Int16', 'Int32', 'Int64', 'Int128', 'Int256', 'Bool',
  'Float32', 'Float64', 'BFloat16', 'Decimal', 'Decimal32', 'Decimal64', 'Decimal128', 'Decimal256',
];
const INTEGERS = NUMBERS.filter((f) => /Int|Bool/.test(f));
const DATES = ['Date', 'Date32', 'DateTime', 'DateTime32', 'DateTime64'];

/** Every family but the accepted ones (and those we have not measured as arguments). */
function allBut(accepted: readonly string[]): ReadonlySet<string> {
  const keep = new Set([...accepted, 'Variant', 'Dynamic', 'Tuple', 'Nothing', 'Nullable', 'LowCardinality']);
  return new Set(CANONICAL_FAMILIES.filter((f) => !keep.has(f)));
}

const SUM = { refused: allBut([...NUMBERS, 'Enum8', 'Enum16', 'Enum']), needs: 'numbers' };
const AVG = { refused: allBut([...NUMBERS, ...DATES]), needs: 'numbers, dates or times' };
const BITS = { refused: allBut(INTEGERS), needs: 'integers' };

const RULES: Record<string, { refused: ReadonlySet<string>; needs: string }> = {
  sum: SUM, sumWithOverflow: SUM, avg: AVG, quantile: AVG, quantileExact: AVG, quantileTiming: AVG, quantiles: AVG,
  groupBitOr: BITS, groupBitAnd: BITS, groupBitXor: BITS,
};

function unwrap(t: TypeNode): TypeNode {
  while ((t.family === 'Nullable' || t.family === 'LowCardinality') && t.args[0]?.kind === 'type') t = t.args[0].type;
  return t;
}

function unserializable(n: TypeNode): TypeNode | undefined {
  if (n.family === 'AggregateFunction') return n;
  if (n.family === 'Map' && n.args[0]?.kind === 'type' && !/^(String|LowCardinality\(String\))$/.test(formatType(n.args[0].type))) return n;
  if (n.family === 'JSON') return undefined;
  for (const a of n.args) if (a.kind === 'type') {
    const bad = unserializable(a.type);
    if (bad) return bad;
  }
  return undefined;
}

function findProblem(n: TypeNode): string | undefined {
  // A JSON typed path is serialized as JSON, which has no form for aggregate states nor for
  // maps keyed by anything but strings (measured, at any depth of the path's type).
  if (n.family === 'JSON')
    for (const a of n.args) {
      const bad = a.kind === 'type' ? unserializable(a.type) : undefined;
      if (bad) return `JSON path ${a.kind === 'type' ? (a.name ?? '') : ''} cannot hold ${formatType(bad)}, which JSON cannot serialize; use a String-keyed Map, SimpleAggregateFunction or a plain type`;
    }
  if (n.family === 'AggregateFunction' || n.family === 'SimpleAggregateFunction') {
    const fn = n.args[0];
    const arg = n.args[1];
    if (fn?.kind === 'func') {
      const rule = Object.hasOwn(RULES, fn.name) ? RULES[fn.name] : undefined;
      const t = arg?.kind === 'type' ? unwrap(arg.type) : undefined;
      if (rule && t && rule.refused.has(t.family)) return `${fn.name} only aggregates ${rule.needs}, not ${t.family}; declare the column over another type`;
      const level = /^quantile/.test(fn.name) ? fn.params.find((p) => p.kind === 'number' && !(Number(p.text) >= 0 && Number(p.text) <= 1)) : undefined;
      if (level && level.kind === 'number') return `${fn.name} levels go from 0 to 1, not ${level.text}`;
    }
  }
  for (const a of n.args) if (a.kind === 'type') {
    const p = findProblem(a.type);
    if (p) return p;
  }
  return undefined;
}

export function aggregateArgumentProblem(text: string): string | undefined {
  return problemMemo(text);
}

const problemMemo = memoByText((text) => {
  const r = parseType(text);
  return r.ok ? findProblem(r.type) : undefined;
});
