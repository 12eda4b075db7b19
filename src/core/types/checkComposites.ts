import { formatType } from './format';
import { similarVariantMembers } from './variantSimilar';
import type { TypeNode } from './ast';
import { CheckContext, requireTypeArgs, typeArgs } from './problems';

const GEO = new Set(['Point', 'Ring', 'LineString', 'MultiLineString', 'Polygon', 'MultiPolygon', 'Geometry']);
const SUSPICIOUS_LC = new Set([
  'UInt8', 'UInt16', 'UInt32', 'UInt64', 'UInt128', 'UInt256', 'Int8', 'Int16', 'Int32', 'Int64', 'Int128', 'Int256',
  'Float32', 'Float64', 'BFloat16', 'Bool', 'Date', 'Date32', 'DateTime', 'DateTime32', 'IPv4', 'IPv6',
]);
const LC_OK = new Set(['String', 'FixedString', 'UUID']);

/** What a column of type t stores: a SimpleAggregateFunction is stored as its value type (measured). */
function stored(t: TypeNode): TypeNode {
  while (t.family === 'SimpleAggregateFunction') {
    const value = typeArgs(t).at(-1);
    if (!value) break;
    t = value;
  }
  return t;
}

function single(ctx: CheckContext, n: TypeNode, example: string): TypeNode | undefined {
  if (n.args.length !== 1 || n.args[0]!.kind !== 'type') {
    ctx.error(n, `${n.family} takes exactly one type, e.g. ${example}.`);
    return undefined;
  }
  return n.args[0]!.type;
}

export function checkArray(ctx: CheckContext, n: TypeNode): void {
  single(ctx, n, 'Array(String); use Tuple(...) to combine several types');
}

export function checkMap(ctx: CheckContext, n: TypeNode): void {
  if (n.args.length !== 2 || !requireTypeArgs(ctx, n)) {
    if (n.args.length !== 2) ctx.error(n, 'Map takes exactly two types, the key and the value: e.g. Map(String, UInt64).');
    return;
  }
  const key = stored(typeArgs(n)[0]!);
  const lcInner = key.family === 'LowCardinality' ? typeArgs(key)[0] : key;
  if (lcInner?.family === 'Nullable') {
    const plain = typeArgs(lcInner)[0];
    ctx.error(n.args[0]!, `Map keys cannot be Nullable${plain ? `; use ${formatType(plain)} as the key` : ''}.`);
  }
}

function checkNames(ctx: CheckContext, n: TypeNode, required: boolean): void {
  if (!requireTypeArgs(ctx, n)) return;
  const named = n.args.filter((a) => a.kind === 'type' && a.name !== undefined).length;
  if (required && named < n.args.length) {
    ctx.error(n, `Every ${n.family} element needs a name: write ${n.family}(a UInt8, b String).`);
  } else if (named > 0 && named < n.args.length) {
    ctx.error(n, 'Name all Tuple elements or none: Tuple(a UInt8, b String) or Tuple(UInt8, String).');
  }
  const seen = new Set<string>();
  for (const a of n.args) {
    if (a.kind !== 'type' || a.name === undefined) continue;
    if (seen.has(a.name)) ctx.error(a, `Element name '${a.name}' appears twice in ${n.family}; names must be unique.`);
    seen.add(a.name);
  }
}

export function checkTuple(ctx: CheckContext, n: TypeNode): void {
  checkNames(ctx, n, false);
}

export function checkNested(ctx: CheckContext, n: TypeNode): void {
  if (n.args.length === 0) {
    ctx.error(n, 'Nested needs at least one named element, e.g. Nested(a UInt8, b String).');
    return;
  }
  checkNames(ctx, n, true);
}

function nullableText(t: TypeNode): string {
  return t.family === 'Nullable' ? formatType(t) : `Nullable(${formatType(t)})`;
}

/** Why T cannot sit inside Nullable, with the fix, or undefined when it can. */
function nullableRefusal(inner: TypeNode): string | undefined {
  const f = inner.family;
  const innerText = formatType(inner);
  switch (f) {
    case 'LowCardinality': {
      const lcInner = typeArgs(inner)[0];
      const fix = lcInner ? `LowCardinality(Nullable(${formatType(lcInner)}))` : 'LowCardinality(Nullable(T))';
      return `Nullable(LowCardinality(...)) is the wrong order: write ${fix}.`;
    }
    case 'Array':
    case 'Map':
    case 'Nested': {
      const args = typeArgs(inner);
      const last = args[args.length - 1];
      const fix =
        f === 'Array' && last ? `Array(${nullableText(last)})` : f === 'Map' && args.length === 2 ? `Map(${formatType(args[0]!)}, ${nullableText(args[1]!)})` : `${f}(... Nullable(T))`;
      return `${f} cannot be Nullable; put Nullable inside instead: ${fix}.`;
    }
    case 'Tuple':
      return `Nullable Tuple is refused unless enable_nullable_tuple_type = 1 (Aiven forbids it); make the elements Nullable instead, e.g. Tuple(a Nullable(UInt8)).`;
    case 'Nullable':
      return `Nullable is repeated: ${innerText} is already Nullable.`;
    case 'Variant':
    case 'Dynamic':
      return `${f} cannot be wrapped in Nullable; it can already hold NULL, so use ${innerText} alone.`;
    case 'AggregateFunction':
      return `An aggregate state cannot be Nullable; use ${innerText} alone.`;
    default:
      if (GEO.has(f)) return `Geo type ${f} cannot be Nullable; use ${f} alone.`;
      return undefined;
  }
}

export function checkNullable(ctx: CheckContext, n: TypeNode): void {
  const inner = single(ctx, n, 'Nullable(String)');
  if (!inner || inner.family === 'Nothing') return;
  const why = nullableRefusal(inner);
  if (why) {
    ctx.error(n, why);
    return;
  }
  // A SimpleAggregateFunction is stored as its value type, so Nullable around it is
  // refused exactly when Nullable around that type is (measured on each family).
  const value = stored(inner);
  const valueWhy = value !== inner && nullableRefusal(value);
  if (valueWhy) ctx.error(n, `${formatType(inner)} holds ${formatType(value)} values, which cannot be made Nullable (${valueWhy}) Use ${formatType(inner)} alone.`);
}

export function checkLowCardinality(ctx: CheckContext, n: TypeNode): void {
  const inner = single(ctx, n, 'LowCardinality(String)');
  if (!inner) return;
  // LowCardinality checks what is stored, so it looks through SimpleAggregateFunction (measured).
  const kept = stored(inner);
  const value = kept.family === 'Nullable' ? stored(typeArgs(kept)[0] ?? kept) : kept;
  if (!value || LC_OK.has(value.family)) return;
  if (inner.family === 'LowCardinality') {
    ctx.error(n, `LowCardinality is repeated: use ${formatType(inner)}.`);
  } else if (SUSPICIOUS_LC.has(value.family)) {
    ctx.error(
      n,
      `LowCardinality(${formatType(inner)}) is refused by default (it needs allow_suspicious_low_cardinality_types = 1) and rarely helps fixed-size values: use ${formatType(inner)} alone.`,
    );
  } else {
    ctx.error(n, `LowCardinality only wraps String, FixedString or UUID, optionally Nullable: use ${formatType(inner)} without it.`);
  }
}

export function checkVariant(ctx: CheckContext, n: TypeNode): void {
  if (n.args.length === 0) {
    ctx.error(n, 'Variant needs at least one type, e.g. Variant(UInt64, String).');
    return;
  }
  if (!requireTypeArgs(ctx, n)) return;
  // ClickHouse drops Nothing members (Variant(String, Nothing) is stored as Variant(String)).
  const members = typeArgs(n).map(stored);
  if (members.every((t) => t.family === 'Nothing')) {
    ctx.error(n, 'Variant needs at least one type other than Nothing, e.g. Variant(UInt64, String).');
    return;
  }
  for (const a of n.args) {
    if (a.kind !== 'type') continue;
    // A SimpleAggregateFunction member is checked as the type it stores (measured).
    const t = stored(a.type);
    if (t.family === 'Nothing') ctx.warn(a, 'ClickHouse drops Nothing from a Variant (it can hold no value): leave it out.');
    const lcInner = t.family === 'LowCardinality' ? typeArgs(t)[0] : t;
    if (lcInner?.family === 'Nullable') {
      const plain = typeArgs(lcInner)[0];
      ctx.error(a, `Variant members cannot be Nullable (the Variant itself can be NULL)${plain ? `: use ${formatType(plain)}` : ''}.`);
    } else if (t.family === 'Variant') {
      ctx.error(a, 'A Variant cannot contain another Variant: list its types directly.');
    } else if (t.family === 'Dynamic') {
      ctx.error(a, 'Dynamic cannot be a Variant member: use Dynamic on its own or list concrete types.');
    }
  }
  // Nothing members are dropped before ClickHouse compares the rest (Variant(String, Nothing) is accepted).
  const kept = members.filter((t) => t.family !== 'Nothing');
  for (let i = 0; i < kept.length; i++)
    for (let j = i + 1; j < kept.length; j++)
      if (similarVariantMembers(kept[i]!, kept[j]!)) {
        ctx.error(n, `${formatType(kept[i]!)} and ${formatType(kept[j]!)} are similar types, which ClickHouse refuses in one Variant (allow_suspicious_variant_types): keep one of them.`);
        return;
      }
}
