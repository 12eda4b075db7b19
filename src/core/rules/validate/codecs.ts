// Column CODEC lists (docs/clickhouse.md §b.5). Which codec suits which value
// type, and which lists ClickHouse calls meaningless, was measured on chdb 26.7
// (every codec below against 12 representative types; codecs.test.ts replays it).
import type { Column } from '../../model/types';
import { formatType, parseType, type TypeNode } from '../../types';
import { error, type Emit } from './diag';
import { quoted } from './names';
import { splitTopLevel } from './sqlText';

const GENERAL = new Set(['NONE', 'LZ4', 'LZ4HC', 'ZSTD']);
const SPECIAL = new Set(['Delta', 'DoubleDelta', 'Gorilla', 'FPC', 'T64', 'GCD']);
const EXPERIMENTAL = new Set(['ALP', 'ZXC']);
const OTHER = new Set(['AES_128_GCM_SIV', 'AES_256_GCM_SIV', 'Quantized', 'DEFLATE_QPL', 'ZSTD_QAT']);
/** Codecs that compress by themselves (the rest only transform values for the next one). */
const COMPRESSING = new Set(['LZ4', 'LZ4HC', 'ZSTD', 'T64', 'DoubleDelta', 'Gorilla', 'FPC']);

const FLOATS = /^(Float32|Float64|BFloat16)$/;

const GEO_FAMILIES = new Set(['Point', 'Ring', 'LineString', 'MultiLineString', 'Polygon', 'MultiPolygon']);

/**
 * The value types a codec compresses: one per stored stream of the column. Wrappers are
 * removed, Map/Tuple/Variant contribute each element (a Variant also its UInt8 discriminator),
 * geo types are Float64 coordinates, and a JSON column its typed paths (measured: JSON(a String)
 * refuses T64). The dynamic part of JSON and Dynamic is not checked against the codec, but
 * makes the column `opaque` to the floating-point codecs, and a JSON with typed paths anywhere
 * refuses them even inside a Tuple (measured). Undefined when the type does not parse.
 */
function storedLeaves(text: string): { leaves: TypeNode[]; opaque: boolean; typedJson: boolean } | undefined {
  const r = parseType(text);
  if (!r.ok) return undefined;
  const leaves: TypeNode[] = [];
  let opaque = false;
  let typedJson = false;
  const walk = (n: TypeNode): void => {
    if (n.family === 'JSON' || n.family === 'Dynamic' || n.family === 'Object') {
      opaque = true;
      for (const a of n.args)
        if (a.kind === 'type') {
          typedJson = true;
          walk(a.type);
        }
    } else if (GEO_FAMILIES.has(n.family)) leaves.push({ family: 'Float64', args: [] });
    else if (n.family === 'SimpleAggregateFunction') n.args.slice(1).forEach((a) => a.kind === 'type' && walk(a.type));
    else if (/^(LowCardinality|Nullable|Array|Map|Tuple|Nested|Variant)$/.test(n.family)) {
      if (n.family === 'Variant') leaves.push({ family: 'UInt8', args: [] });
      n.args.forEach((a) => a.kind === 'type' && walk(a.type));
    } else leaves.push(n);
  };
  walk(r.type);
  return { leaves, opaque, typedJson };
}

const FIXED_BYTES: Record<string, number> = {
  UInt8: 1, Int8: 1, Bool: 1, Enum8: 1, UInt16: 2, Int16: 2, Enum16: 2, Date: 2, BFloat16: 2,
  UInt32: 4, Int32: 4, Float32: 4, Date32: 4, DateTime: 4, DateTime32: 4, Time: 4, IPv4: 4,
  UInt64: 8, Int64: 8, Float64: 8, DateTime64: 8, Time64: 8,
  UInt128: 16, Int128: 16, UUID: 16, IPv6: 16, UInt256: 32, Int256: 32,
};

/** Bytes per value of a fixed-size type, undefined for variable-size ones (String). */
function valueBytes(n: TypeNode): number | undefined {
  const first = n.args[0];
  const num = first?.kind === 'number' ? Number(first.text) : undefined;
  if (n.family === 'FixedString') return num;
  if (n.family === 'Decimal') return (num ?? 10) <= 9 ? 4 : (num ?? 10) <= 18 ? 8 : (num ?? 10) <= 38 ? 16 : 32;
  const widths: Record<string, number> = { Decimal32: 4, Decimal64: 8, Decimal128: 16, Decimal256: 32 };
  if (Object.hasOwn(widths, n.family)) return widths[n.family];
  if (n.family.startsWith('Interval')) return 8;
  return Object.hasOwn(FIXED_BYTES, n.family) ? FIXED_BYTES[n.family] : undefined;
}

/** Tuple columns (also inside Array/Nullable): ClickHouse skips its float-codec check for them (measured). */
function compound(text: string): boolean {
  const r = parseType(text);
  if (!r.ok) return false;
  let n = r.type;
  while (/^(Nullable|LowCardinality|Array)$/.test(n.family) && n.args[0]?.kind === 'type') n = n.args[0].type;
  return /^(Tuple|Nested)$/.test(n.family) || GEO_FAMILIES.has(n.family);
}

const DATES_AND_TIMES = /^(Date|Date32|DateTime|DateTime32|DateTime64|Time|Time64)$/;

/** Why `codec` cannot be used on a value of type `v`, or undefined (measured on chdb 26.7, codecs.test.ts). */
function misfit(codec: string, v: TypeNode): string | undefined {
  const f = v.family;
  const bytes = valueBytes(v);
  const small = bytes !== undefined && [1, 2, 4, 8].includes(bytes);
  const intLike = /^(U?Int(8|16|32|64|128|256)|Bool)$/.test(f) || f.startsWith('Decimal');
  switch (codec) {
    case 'Delta':
    case 'Gorilla':
      return small ? undefined : 'values of 1, 2, 4 or 8 bytes';
    case 'DoubleDelta':
      return small && f !== 'FixedString' ? undefined : 'numbers, dates, enums or IPv4 of 1, 2, 4 or 8 bytes';
    case 'T64':
      return small && (intLike || DATES_AND_TIMES.test(f) || /^Enum/.test(f) || f === 'IPv4') ? undefined : 'integers, decimals, dates, enums or IPv4 of up to 8 bytes';
    case 'GCD':
      return intLike || /^(Date|Date32|DateTime|DateTime32|DateTime64)$/.test(f) ? undefined : 'integers, decimals, dates or times';
    case 'FPC':
      return f === 'Float32' || f === 'Float64' ? undefined : 'Float32 or Float64 values';
    default:
      return undefined;
  }
}

export function validateCodec(entityId: string, c: Column, emit: Emit): void {
  const text = c.codec.trim();
  if (text === '') return;
  const field = `columns.${c.id}.codec`;
  const label = `Column ${quoted(c.name)}`;
  if (c.defaultKind === 'ALIAS')
    return emit(error(entityId, 'column.codec.alias', `${label} is an ALIAS and stores nothing, so it cannot have a CODEC; remove the codec.`, field));
  const items = splitTopLevel(text).map((x) => {
    const m = /^([A-Za-z_0-9]+)\s*(?:\((.*)\))?$/s.exec(x);
    return { name: m?.[1] ?? x, arg: m?.[2]?.trim() };
  });
  for (const it of items) {
    if (!GENERAL.has(it.name) && !SPECIAL.has(it.name) && !EXPERIMENTAL.has(it.name) && !OTHER.has(it.name))
      return emit(error(entityId, 'column.codec.unknown', `${label}: ${it.name} is not a codec; use e.g. ZSTD(3), LZ4, or Delta, ZSTD (codec names are case-sensitive).`, field));
    if (EXPERIMENTAL.has(it.name))
      return emit(error(entityId, 'column.codec.experimental', `${label}: codec ${it.name} is experimental and refused unless the server enables it; use ZSTD or LZ4.`, field));
    if (it.name === 'ZSTD' && it.arg !== undefined && /^\d+$/.test(it.arg) && Number(it.arg) > 22)
      return emit(error(entityId, 'column.codec.level', `${label}: ZSTD levels go up to 22 (got ${it.arg}).`, field));
  }
  const width = items.find((x) => (x.name === 'Delta' || x.name === 'Gorilla') && x.arg !== undefined && !['1', '2', '4', '8'].includes(x.arg));
  if (width)
    return emit(error(entityId, 'column.codec.argument', `${label}: ${width.name}(${width.arg}) takes a value width of 1, 2, 4 or 8 bytes; leave the width out to let ClickHouse use the column's.`, field));
  const general = items.filter((x) => GENERAL.has(x.name) && x.name !== 'NONE');
  const meaningless = (why: string) => emit(error(entityId, 'column.codec.meaningless', `${label}: CODEC(${text}) ${why}, which ClickHouse refuses as meaningless.`, field));
  if (items.length > 1 && items.some((x) => x.name === 'NONE'))
    return meaningless('combines NONE with other codecs');
  if (general.length > 1)
    return emit(error(entityId, 'column.codec.meaningless', `${label}: ${general.map((g) => g.name).join(' then ')} compresses twice, which ClickHouse refuses as meaningless; keep one general codec.`, field));
  const stored = storedLeaves(c.type);
  if (stored) {
    // Delta(N) and Gorilla(N) with an explicit width are built without looking at the column type (measured).
    for (const it of items.filter((x) => !((x.name === 'Delta' || x.name === 'Gorilla') && x.arg !== undefined)))
      for (const leaf of stored.leaves) {
        const need = misfit(it.name, leaf);
        if (need) return emit(error(entityId, 'column.codec.type', `${label}: ${it.name} only works on ${need}, not ${formatType(leaf)} (stored in ${c.type}); remove it or pick ZSTD/LZ4.`, field));
      }
  }
  if (general.length === 1 && items.indexOf(general[0]!) !== items.length - 1)
    return meaningless(`runs ${items[items.indexOf(general[0]!) + 1]!.name} after the general codec ${general[0]!.name}; put the general codec last`);
  // Gorilla and FPC model floating-point series; ClickHouse refuses them on anything else.
  const floatCodec = items.findLastIndex((x) => x.name === 'Gorilla' || x.name === 'FPC');
  if (floatCodec >= 0 && stored !== undefined && (stored.typedJson || (!compound(c.type) && (stored.opaque || !stored.leaves.every((l) => FLOATS.test(l.family))))))
    return meaningless(`applies ${items[floatCodec]!.name}, a floating-point codec, to ${c.type}`);
  const delta = items.findIndex((x) => x.name === 'Delta' || x.name === 'DoubleDelta');
  if (floatCodec >= 0 && delta >= 0 && delta < floatCodec)
    return meaningless(`runs ${items[delta]!.name} before ${items[floatCodec]!.name}, which already encodes deltas`);
  // Codecs that only transform (Delta, GCD) need something that compresses after them.
  if (!items.some((x) => COMPRESSING.has(x.name)) && !items.some((x) => x.name === 'NONE' || OTHER.has(x.name))) {
    const first = items[0]!.name;
    emit(error(entityId, 'column.codec.alone', `${label}: ${items.map((x) => x.name).join(', ')} alone does not compress anything (ClickHouse refuses it); follow it with a general codec, e.g. ${first}, ZSTD.`, field));
  }
}
