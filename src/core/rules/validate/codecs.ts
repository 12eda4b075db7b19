// Column CODEC lists (docs/clickhouse.md §b.5). Which codec suits which value
// type, and which lists ClickHouse calls meaningless, was measured on chdb 26.7
// (every codec below against 12 representative types; codecs.test.ts replays it).
import type { Column } from '../../model/types';
import { parseType, unwrapLowCardinality, unwrapNullable, type TypeNode } from '../../types';
import { error, type Emit } from './diag';
import { quoted } from './names';
import { splitTopLevel } from './sqlText';

const GENERAL = new Set(['NONE', 'LZ4', 'LZ4HC', 'ZSTD']);
const SPECIAL = new Set(['Delta', 'DoubleDelta', 'Gorilla', 'FPC', 'T64', 'GCD']);
const EXPERIMENTAL = new Set(['ALP', 'ZXC']);
const OTHER = new Set(['AES_128_GCM_SIV', 'AES_256_GCM_SIV', 'Quantized', 'DEFLATE_QPL', 'ZSTD_QAT']);

const FIXED_1248 = /^(U?Int(8|16|32|64)|Float(32|64)|Date|Date32|DateTime|DateTime64|Bool|Enum8|Enum16|Decimal32|Decimal64)$/;
const INTS = /^(U?Int(8|16|32|64|128|256)|Bool)$/;
const FLOATS = /^(Float32|Float64|BFloat16)$/;

/** The stored value type a codec sees: LowCardinality, Nullable and Array removed. */
function valueType(text: string): TypeNode | undefined {
  const r = parseType(text);
  if (!r.ok) return undefined;
  let n = unwrapNullable(unwrapLowCardinality(r.type));
  for (;;) {
    if (n.family === 'Array' && n.args[0]?.kind === 'type') n = unwrapNullable(unwrapLowCardinality(n.args[0].type));
    else if (n.family === 'SimpleAggregateFunction' && n.args[1]?.kind === 'type') n = unwrapNullable(unwrapLowCardinality(n.args[1].type));
    else return n;
  }
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
  if (general.length > 1)
    return emit(error(entityId, 'column.codec.meaningless', `${label}: ${general.map((g) => g.name).join(' then ')} compresses twice, which ClickHouse refuses as meaningless; keep one general codec.`, field));
  const v = valueType(c.type);
  if (v) {
    for (const it of items) {
      const need = misfit(it.name, v);
      if (need) return emit(error(entityId, 'column.codec.type', `${label}: ${it.name} only works on ${need}, not ${c.type}; remove it or pick ZSTD/LZ4.`, field));
    }
  }
  const hasGeneral = general.length > 0;
  const only = items.length === 1 ? items[0]!.name : undefined;
  if (!hasGeneral && (only === 'Delta' || only === 'GCD' || (only === 'Gorilla' && v && !FLOATS.test(v.family))))
    emit(error(entityId, 'column.codec.alone', `${label}: ${only} alone does not compress anything (ClickHouse refuses it); follow it with a general codec, e.g. ${only}, ZSTD.`, field));
}
