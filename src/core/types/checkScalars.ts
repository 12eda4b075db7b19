import type { TypeArg, TypeNode } from './ast';
import { DECIMAL_WIDTH_PRECISION } from './format';
import { closestName, isKnownTimeZone, TIME_ZONES } from './lexicon';
import { CheckContext, describeArg, intValue } from './problems';

function checkArity(ctx: CheckContext, n: TypeNode, min: number, max: number, shape: string): boolean {
  if (n.args.length >= min && n.args.length <= max) return true;
  ctx.error(n, `${n.family} takes ${min === max ? min : `${min} to ${max}`} argument${max === 1 ? '' : 's'}: write ${shape}.`);
  return false;
}

export function checkDecimal(ctx: CheckContext, n: TypeNode): void {
  if (n.family === 'Decimal') {
    if (!checkArity(ctx, n, 0, 2, 'Decimal(P, S), e.g. Decimal(18, 4)')) return;
    const [pa, sa] = n.args;
    const p = pa ? intValue(pa) : 10;
    if (pa && (p === undefined || p < 1 || p > 76)) {
      ctx.error(pa, `Decimal precision must be an integer from 1 to 76, got ${argText(pa)}.`);
      return;
    }
    if (sa) checkScale(ctx, sa, p!, 'Decimal');
    return;
  }
  const maxP = DECIMAL_WIDTH_PRECISION[n.family]!;
  if (!checkArity(ctx, n, 1, 1, `${n.family}(S) with a scale from 0 to ${maxP}`)) return;
  checkScale(ctx, n.args[0]!, maxP, n.family);
}

function checkScale(ctx: CheckContext, a: TypeArg, precision: number, family: string): void {
  const s = intValue(a);
  if (s === undefined || s < 0 || s > precision) {
    ctx.error(a, `${family} scale must be an integer from 0 to the precision ${precision}, got ${argText(a)}.`);
  }
}

function argText(a: TypeArg): string {
  return a.kind === 'number' ? a.text : describeArg(a);
}

function checkPrecision(ctx: CheckContext, a: TypeArg, family: string): void {
  const p = intValue(a);
  if (p === undefined || p < 0 || p > 9) {
    ctx.error(a, `${family} precision is the number of sub-second digits, an integer from 0 to 9 (3 = milliseconds); got ${argText(a)}.`);
  }
}

function checkTimeZone(ctx: CheckContext, a: TypeArg): void {
  if (a.kind === 'ident') {
    ctx.error(a, `Quote the time zone: write '${a.name}'. ClickHouse silently drops an unquoted zone.`);
    return;
  }
  if (a.kind !== 'string') {
    ctx.error(a, `The time zone must be a quoted name such as 'UTC', not ${describeArg(a)}.`);
    return;
  }
  if (!isKnownTimeZone(a.value)) {
    const hint = closestName(a.value, TIME_ZONES);
    ctx.error(a, `Unknown time zone '${a.value}'.${hint ? ` Did you mean '${hint}'?` : ' Use an IANA name such as UTC or Europe/Berlin.'}`);
  }
}

export function checkDateTime(ctx: CheckContext, n: TypeNode): void {
  const [a0, a1] = n.args;
  // DateTime(3) and DateTime(3, 'tz') are read as DateTime64.
  const sixtyFour = n.family === 'DateTime64' || (n.family === 'DateTime' && a0?.kind === 'number');
  if (!sixtyFour) {
    if (!checkArity(ctx, n, 0, 1, `${n.family} or ${n.family}('UTC')`)) return;
    if (a0) checkTimeZone(ctx, a0);
    return;
  }
  if (!checkArity(ctx, n, 0, 2, "DateTime64(precision, 'zone'), e.g. DateTime64(3, 'UTC')")) return;
  if (a0) checkPrecision(ctx, a0, 'DateTime64');
  if (a1) checkTimeZone(ctx, a1);
}

export function checkTime64(ctx: CheckContext, n: TypeNode): void {
  if (n.args.length > 1) {
    ctx.error(n, 'Time64 takes only a precision, e.g. Time64(3); time zones are not allowed for Time types.');
    return;
  }
  if (n.args[0]) checkPrecision(ctx, n.args[0], 'Time64');
}

export function checkFixedString(ctx: CheckContext, n: TypeNode): void {
  if (!checkArity(ctx, n, 1, 1, 'FixedString(N) with the length in bytes, e.g. FixedString(16)')) return;
  const a = n.args[0]!;
  const v = intValue(a);
  if (v === undefined || v < 1) ctx.error(a, `FixedString length must be a whole number of bytes, at least 1; got ${argText(a)}.`);
}

const ENUM_RANGE: Record<string, [number, number]> = {
  Enum8: [-128, 127],
  Enum16: [-32768, 32767],
  Enum: [-32768, 32767],
};

export function checkEnum(ctx: CheckContext, n: TypeNode): void {
  if (n.args.length === 0) {
    ctx.error(n, `${n.family} needs at least one element, e.g. ${n.family}('a' = 1, 'b' = 2).`);
    return;
  }
  const [lo, hi] = ENUM_RANGE[n.family]!;
  const names = new Map<string, number>();
  const values = new Map<number, string>();
  let next = 1;
  for (const a of n.args) {
    if (a.kind !== 'enum') continue;
    const v = a.value === undefined ? next : intValue({ kind: 'number', text: a.value });
    if (v === undefined) {
      ctx.error(a, `Enum value of '${a.name}' must be an integer, got ${a.value}.`);
      continue;
    }
    next = v + 1;
    if (v < lo || v > hi) {
      const wider = n.family === 'Enum8' && v >= -32768 && v <= 32767 ? ' Use Enum16 for wider values.' : '';
      ctx.error(a, `Value ${v} of '${a.name}' is outside ${n.family}'s range ${lo}..${hi}.${wider}`);
    }
    const sameName = names.get(a.name);
    if (sameName !== undefined) ctx.error(a, `Enum name '${a.name}' is used twice (values ${sameName} and ${v}); names must be unique.`);
    else names.set(a.name, v);
    const sameValue = values.get(v);
    if (sameValue !== undefined) ctx.error(a, `Enum value ${v} is used by both '${sameValue}' and '${a.name}'; values must be unique.`);
    else values.set(v, a.name);
  }
}

export function checkQBit(ctx: CheckContext, n: TypeNode): void {
  if (!checkArity(ctx, n, 2, 2, 'QBit(element type, dimension), e.g. QBit(Float32, 128)')) return;
  const [t, d] = n.args;
  if (t!.kind !== 'type' || !['Int8', 'BFloat16', 'Float32', 'Float64'].includes(t!.type.family)) {
    ctx.error(t!, 'QBit elements must be Int8, BFloat16, Float32 or Float64.');
  }
  const v = intValue(d);
  if (v === undefined || v < 1) ctx.error(d!, `QBit dimension must be a positive integer, got ${argText(d!)}.`);
}

const SETTING_LIMITS: Record<string, Record<string, number>> = {
  JSON: { max_dynamic_paths: 10000, max_dynamic_types: 254 },
  Dynamic: { max_types: 254 },
};

/** JSON and Dynamic settings: known names with integer values in range. */
export function checkSetting(ctx: CheckContext, n: TypeNode, a: Extract<TypeArg, { kind: 'setting' }>): void {
  const limits = SETTING_LIMITS[n.family] ?? {};
  const max = limits[a.name];
  if (max === undefined) {
    ctx.error(a, `${n.family} has no setting ${a.name}; use ${Object.keys(limits).join(' or ')}.`);
    return;
  }
  const v = intValue({ kind: 'number', text: a.value });
  if (v === undefined || v < 0 || v > max) ctx.error(a, `${a.name} must be an integer from 0 to ${max}, got ${a.value}.`);
}
