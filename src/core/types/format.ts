import type { TypeArg, TypeNode } from './ast';

/** Precision ClickHouse stores for each fixed-width Decimal family. */
export const DECIMAL_WIDTH_PRECISION: Record<string, number> = {
  Decimal32: 9,
  Decimal64: 18,
  Decimal128: 38,
  Decimal256: 76,
};

const INT_TEXT = /^[-+]?[0-9]+$/;

function canonicalNumber(text: string): string {
  if (INT_TEXT.test(text)) {
    const neg = text.startsWith('-');
    const digits = text.replace(/^[-+]/, '').replace(/^0+(?=[0-9])/, '');
    return neg && digits !== '0' ? `-${digits}` : digits;
  }
  // `0.50` is stored as `0.5`; only rewrite when JS reads the literal back identically.
  const n = Number(text);
  return Number.isFinite(n) && Number(String(n)) === n && /^[-+]?[0-9]*\.[0-9]+$/.test(text) ? String(n) : text;
}

function isInt(a: TypeArg | undefined): a is { kind: 'number'; text: string } {
  return a !== undefined && a.kind === 'number' && INT_TEXT.test(a.text);
}

function canonicalArg(a: TypeArg): TypeArg {
  switch (a.kind) {
    case 'type':
      return a.name === undefined ? { kind: 'type', type: canonicalize(a.type) } : { kind: 'type', name: a.name, type: canonicalize(a.type) };
    case 'number':
      return { kind: 'number', text: canonicalNumber(a.text) };
    case 'enum':
      return a.value === undefined ? { kind: 'enum', name: a.name } : { kind: 'enum', name: a.name, value: canonicalNumber(a.value) };
    case 'func':
      return { kind: 'func', name: a.name, params: a.params.map(canonicalArg) };
    default:
      return { ...a };
  }
}

/** Numbers auto-assigned elements (previous + 1, starting at 1) like ClickHouse; undefined if any value is not an integer. */
function numberEnum(args: TypeArg[]): { name: string; value: number }[] | undefined {
  const out: { name: string; value: number }[] = [];
  let next = 1;
  for (const a of args) {
    if (a.kind !== 'enum') return undefined;
    const v = a.value === undefined ? next : Number(a.value);
    if (!Number.isSafeInteger(v)) return undefined;
    out.push({ name: a.name, value: v });
    next = v + 1;
  }
  return out;
}

function canonicalEnum(family: string, args: TypeArg[]): TypeNode {
  const numbered = numberEnum(args);
  if (!numbered || numbered.length === 0) return { family, args };
  const fits8 = numbered.every((e) => e.value >= -128 && e.value <= 127);
  const fam = family === 'Enum' ? (fits8 ? 'Enum8' : 'Enum16') : family;
  return { family: fam, args: numbered.map((e) => ({ kind: 'enum', name: e.name, value: String(e.value) })) };
}

/**
 * Rewrites a type into the spelling ClickHouse stores in `system.columns`:
 * Decimal32(4) → Decimal(9, 4), DateTime(3) → DateTime64(3), Enum('a') → Enum8('a' = 1),
 * Variant members sorted, defaults made explicit. Shapes ClickHouse would reject are left as
 * written so the checker can still point at them.
 */
export function canonicalize(n: TypeNode): TypeNode {
  const args = n.args.map(canonicalArg);
  const [a0] = args;
  switch (n.family) {
    case 'DateTime32':
      return args.length === 0 || (args.length === 1 && a0?.kind === 'string') ? { family: 'DateTime', args } : { family: n.family, args };
    case 'DateTime':
      return isInt(a0) ? { family: 'DateTime64', args } : { family: n.family, args };
    case 'DateTime64':
    case 'Time64':
      return args.length === 0 ? { family: n.family, args: [{ kind: 'number', text: '3' }] } : { family: n.family, args };
    case 'Decimal':
      if (args.length === 0) return { family: 'Decimal', args: [{ kind: 'number', text: '10' }, { kind: 'number', text: '0' }] };
      if (args.length === 1 && isInt(a0)) return { family: 'Decimal', args: [a0, { kind: 'number', text: '0' }] };
      return { family: n.family, args };
    case 'Decimal32':
    case 'Decimal64':
    case 'Decimal128':
    case 'Decimal256':
      if (args.length === 1 && isInt(a0)) {
        return { family: 'Decimal', args: [{ kind: 'number', text: String(DECIMAL_WIDTH_PRECISION[n.family]) }, a0] };
      }
      return { family: n.family, args };
    case 'String':
    case 'Int8': case 'Int16': case 'Int32': case 'Int64': case 'Int128': case 'Int256':
    case 'UInt8': case 'UInt16': case 'UInt32': case 'UInt64': case 'UInt128': case 'UInt256':
      // VARCHAR(20), INT(11): MySQL-style lengths and display widths that ClickHouse ignores.
      return args.length === 1 && isInt(a0) ? { family: n.family, args: [] } : { family: n.family, args };
    case 'Enum':
    case 'Enum8':
    case 'Enum16':
      return canonicalEnum(n.family, args);
    case 'Variant': {
      const keyed = args.map((a) => ({ a, key: a.kind === 'type' ? formatCanonical(a.type) : '' }));
      keyed.sort((x, y) => (x.key < y.key ? -1 : x.key > y.key ? 1 : 0));
      const unique = keyed.filter((k, i) => i === 0 || k.key !== keyed[i - 1]!.key || k.a.kind !== 'type');
      return { family: n.family, args: unique.map((k) => k.a) };
    }
    default:
      return { family: n.family, args };
  }
}

const PLAIN_IDENT = /^[A-Za-z_][A-Za-z0-9_]*$/;

export function quoteName(name: string): string {
  return PLAIN_IDENT.test(name) ? name : '`' + name.replace(/\\/g, '\\\\').replace(/`/g, '\\`') + '`';
}

export function quoteString(value: string): string {
  return "'" + value.replace(/\\/g, '\\\\').replace(/'/g, "\\'") + "'";
}

/** One argument as it appears inside a type's parentheses. */
export function formatArg(a: TypeArg): string {
  switch (a.kind) {
    case 'type':
      return a.name === undefined ? formatCanonical(a.type) : `${quoteName(a.name)} ${formatCanonical(a.type)}`;
    case 'number':
      return a.text;
    case 'string':
      return quoteString(a.value);
    case 'ident':
      return a.name;
    case 'enum':
      return a.value === undefined ? quoteString(a.name) : `${quoteString(a.name)} = ${a.value}`;
    case 'func':
      return a.params.length === 0 ? a.name : `${a.name}(${a.params.map(formatArg).join(', ')})`;
    case 'setting':
      return `${a.name}=${a.value}`;
    case 'skip':
      return a.regexp ? `SKIP REGEXP ${quoteString(a.path)}` : `SKIP ${quoteSkipPath(a.path)}`;
  }
}

function quoteSkipPath(path: string): string {
  return /^[A-Za-z_][A-Za-z0-9_.]*$/.test(path) ? path : quoteName(path);
}

/** Prints a tree that is already canonical. */
function formatCanonical(n: TypeNode): string {
  if (n.args.length === 0) return n.family === 'Tuple' ? 'Tuple()' : n.family;
  return `${n.family}(${n.args.map(formatArg).join(', ')})`;
}

/** The canonical spelling of a type, as ClickHouse shows it in system.columns. */
export function formatType(n: TypeNode): string {
  return formatCanonical(canonicalize(n));
}
