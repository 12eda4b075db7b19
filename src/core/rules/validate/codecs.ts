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

const FIXED_1248 = /^(U?Int(8|16|32|64)|Float(32|64)|Date|Date32|DateTime|DateTime64|Bool|Enum8|Enum16|Decimal32|Decimal64)$/;
const INTS = /^(U?Int(8|16|32|64|128|256)|Bool)$/;
const FLOATS = /^(Float32|Float64|BFloat16)$/;

const GEO_FAMILIES = new Set(['Point', 'Ring', 'LineString', 'MultiLineString', 'Polygon', 'MultiPolygon']);

/**
 * The value types a codec compresses: one per stored stream of the column. Wrappers are
 * removed, Map/Tuple/Variant contribute each element (a Variant also its UInt8 discriminator),
 * geo types are Float64 coordinates. JSON and Dynamic store typed subcolumns that the codec
 * is not checked against ('opaque'). Undefined when the type does not parse.
 */
function storedLeaves(text: string): TypeNode[] | 'opaque' | undefined {
  const r = parseType(text);
  if (!r.ok) return undefined;
  const out: TypeNode[] = [];
  let opaque = false;
  const walk = (n: TypeNode): void => {
    if (n.family === 'JSON' || n.family === 'Dynamic' || n.family === 'Object') opaque = true;
    else if (GEO_FAMILIES.has(n.family)) out.push({ family: 'Float64', args: [] });
    else if (n.family === 'SimpleAggregateFunction') n.args.slice(1).forEach((a) => a.kind === 'type' && walk(a.type));
    else if (/^(LowCardinality|Nullable|Array|Map|Tuple|Nested|Variant)$/.test(n.family)) {
      if (n.family === 'Variant') out.push({ family: 'UInt8', args: [] });
      n.args.forEach((a) => a.kind === 'type' && walk(a.type));
    } else out.push(n);
  };
  walk(r.type);
  return opaque && out.length === 0 ? 'opaque' : out;
}

function decimalBytes(n: TypeNode): number | undefined {
  if (n.family !== 'Decimal') return undefined;
  const p = n.args[0]?.kind === 'number' ? Number(n.args[0].text) : 10;
  return p <= 9 ? 4 : p <= 18 ? 8 : 16;
}

function fixed1248(n: TypeNode): boolean {
  if (n.family === 'FixedString') return n.args[0]?.kind === 'number' && ['1', '2', '4', '8'].includes(n.args[0].text);
  const d = decimalBytes(n);
  return d !== undefined ? d <= 8 : FIXED_1248.test(n.family);
}

/** Why `codec` cannot be used on a value of type `v`, or undefined. */
function misfit(codec: string, v: TypeNode): string | undefined {
  const f = v.family;
  const dec = f.startsWith('Decimal');
  const date = /^(Date|Date32|DateTime|DateTime64)$/.test(f);
  switch (codec) {
    case 'Delta':
    case 'Gorilla':
      return fixed1248(v) ? undefined : 'values of 1, 2, 4 or 8 bytes';
    case 'DoubleDelta':
      return INTS.test(f) || FLOATS.test(f) || dec || date || /^Enum/.test(f) ? undefined : 'numeric values';
    case 'T64':
      return INTS.test(f) || dec || date || /^Enum/.test(f) ? undefined : 'integer-like values';
    case 'GCD':
      return INTS.test(f) || dec || date ? undefined : 'integers, decimals, dates or times';
    case 'FPC':
      return FLOATS.test(f) ? undefined : 'Float32 or Float64 values';
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
  const general = items.filter((x) => GENERAL.has(x.name) && x.name !== 'NONE');
  const meaningless = (why: string) => emit(error(entityId, 'column.codec.meaningless', `${label}: CODEC(${text}) ${why}, which ClickHouse refuses as meaningless.`, field));
  if (items.length > 1 && items.some((x) => x.name === 'NONE'))
    return meaningless('combines NONE with other codecs');
  if (general.length > 1)
    return emit(error(entityId, 'column.codec.meaningless', `${label}: ${general.map((g) => g.name).join(' then ')} compresses twice, which ClickHouse refuses as meaningless; keep one general codec.`, field));
  const leaves = storedLeaves(c.type);
  if (Array.isArray(leaves)) {
    for (const it of items)
      for (const leaf of leaves) {
        const need = misfit(it.name, leaf);
        if (need) return emit(error(entityId, 'column.codec.type', `${label}: ${it.name} only works on ${need}, not ${formatType(leaf)} (stored in ${c.type}); remove it or pick ZSTD/LZ4.`, field));
      }
  }
  if (general.length === 1 && items.indexOf(general[0]!) !== items.length - 1)
    return meaningless(`runs ${items[items.indexOf(general[0]!) + 1]!.name} after the general codec ${general[0]!.name}; put the general codec last`);
  // Gorilla and FPC model floating-point series; ClickHouse refuses them on anything else.
  const floatCodec = items.findLastIndex((x) => x.name === 'Gorilla' || x.name === 'FPC');
  if (floatCodec >= 0 && leaves !== undefined && (leaves === 'opaque' || !leaves.every((l) => FLOATS.test(l.family))))
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
