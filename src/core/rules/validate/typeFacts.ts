// What the validators need to know about a column's type text. Until the full
// type checker lands in src/core/types, this carries a tolerant local reading:
// enough to find the family, unwrap Nullable/LowCardinality and spot typos.
import lexicon from '../../clickhouse/lexicon.json';
import { splitTopLevel } from './sqlText';

interface Family {
  name: string;
  ci: boolean;
  aliasTo: string | null;
}

const FAMILIES: readonly Family[] = lexicon.typeFamilies;
const EXACT = new Map(FAMILIES.map((f) => [f.name, f]));
const FOLDED = new Map(FAMILIES.filter((f) => f.ci).map((f) => [f.name.toUpperCase(), f]));

/** The canonical family of a type name (`BIGINT` → Int64), or undefined when ClickHouse has no such family. */
export function canonicalFamily(name: string): string | undefined {
  const f = EXACT.get(name) ?? FOLDED.get(name.toUpperCase());
  if (!f) return undefined;
  return f.aliasTo ?? f.name;
}

export interface TypeShape {
  family: string;
  args: string[];
}

/** `Decimal(10, 2)` → { family: 'Decimal', args: ['10', '2'] }; tolerant of junk. */
export function shape(text: string): TypeShape {
  const t = text.trim();
  const open = t.indexOf('(');
  if (open < 0) return { family: t, args: [] };
  const inner = t.endsWith(')') ? t.slice(open + 1, -1) : t.slice(open + 1);
  return { family: t.slice(0, open).trim(), args: splitTopLevel(inner) };
}

/** The type under LowCardinality/Nullable wrappers, and whether it is nullable. */
export function unwrap(text: string): { base: string; nullable: boolean } {
  let t = text.trim();
  let nullable = false;
  for (;;) {
    const s = shape(t);
    const fam = canonicalFamily(s.family);
    if ((fam === 'Nullable' || fam === 'LowCardinality') && s.args.length === 1) {
      nullable ||= fam === 'Nullable';
      t = s.args[0]!;
    } else if (/\s+NULL$/i.test(t) && !/\s+NOT\s+NULL$/i.test(t)) {
      nullable = true;
      t = t.replace(/\s+NULL$/i, '');
    } else return { base: t, nullable };
  }
}

function baseFamily(text: string): string {
  const s = shape(unwrap(text).base);
  return canonicalFamily(s.family) ?? s.family;
}

export function isNullable(text: string): boolean {
  return unwrap(text).nullable;
}

export function isUnsignedInteger(text: string): boolean {
  return /^UInt(8|16|32|64|128|256)$/.test(baseFamily(text));
}

export function isInteger(text: string): boolean {
  return isUnsignedInteger(text) || /^Int(8|16|32|64|128|256)$/.test(baseFamily(text));
}

export function isFloat(text: string): boolean {
  return /^(Float32|Float64|BFloat16)$/.test(baseFamily(text));
}

export function isDecimal(text: string): boolean {
  return /^Decimal(32|64|128|256)?$/.test(baseFamily(text));
}

export function isNumeric(text: string): boolean {
  return isInteger(text) || isFloat(text) || isDecimal(text);
}

/** Date, DateTime and DateTime64: the version types ClickHouse names in its own errors. */
export function isDateOrDateTime(text: string): boolean {
  return /^(Date|DateTime|DateTime32|DateTime64)$/.test(baseFamily(text));
}

export function familyOf(text: string): string {
  return baseFamily(text);
}

/** Why the type text cannot be a column type, or undefined when it looks fine. */
export function typeProblem(text: string): string | undefined {
  const t = text.trim();
  if (t === '') return 'The column has no type; pick one (for example String or UInt64).';
  let depth = 0;
  for (const ch of t.replace(/'(?:[^'\\]|\\.)*'/g, "''")) {
    if (ch === '(') depth++;
    else if (ch === ')' && --depth < 0) break;
  }
  if (depth !== 0) return `The brackets in \`${t}\` do not pair up.`;
  return familyProblem(t);
}

// Walks every nested type name so `Array(Strin)` is caught as well as `Strin`.
function familyProblem(t: string): string | undefined {
  const s = shape(t);
  const name = s.family.replace(/\s+(NOT\s+)?NULL$/i, '');
  if (name === '') return `\`${t}\` does not start with a type name.`;
  if (!canonicalFamily(name)) {
    const hint = FAMILIES.find((f) => f.name.toLowerCase() === name.toLowerCase());
    return hint
      ? `Unknown type \`${name}\`; type names are case-sensitive, write \`${hint.name}\`.`
      : `Unknown type \`${name}\`.`;
  }
  const fam = canonicalFamily(name)!;
  const typeArgs = TYPE_ARGS[fam];
  if (!typeArgs) return undefined;
  for (const a of s.args) {
    // Tuple and Nested elements may be named: `id UInt64`.
    const named = /^[A-Za-z_][A-Za-z0-9_]*\s+([A-Za-z].*)$/s.exec(a);
    const inner = typeArgs === 'named' && named && !canonicalFamily(a.split(/[\s(]/)[0]!) ? named[1]! : a;
    const problem = familyProblem(inner);
    if (problem) return problem;
  }
  return undefined;
}

// Families whose arguments are themselves types.
const TYPE_ARGS: Record<string, 'plain' | 'named'> = {
  Array: 'plain',
  Nullable: 'plain',
  LowCardinality: 'plain',
  Map: 'plain',
  Variant: 'plain',
  Tuple: 'named',
  Nested: 'named',
};
