// What to suggest when a view writes text into a typed column and every message
// must parse: the -OrZero/-OrNull family exists for numbers, dates, UUIDs and
// IPs only; arrays, maps and tuples read from JSON text; anything else has no
// forgiving parser, so the advice is to keep it as String.

/** `LowCardinality(Nullable(T))` → `T`: the wrappers change nothing about how text parses. */
function unwrapType(t: string): string {
  let out = t;
  for (let m = /^(?:LowCardinality|Nullable)\((.*)\)$/s.exec(out); m; m = /^(?:LowCardinality|Nullable)\((.*)\)$/s.exec(out)) out = m[1]!.trim();
  return out;
}

const NUMBER = /^(U?Int(8|16|32|64|128|256)|Float(32|64)|BFloat16)$/;

/** A sentence of advice for parsing `expr` into `targetType`. */
export function parseAdvice(expr: string, targetType: string): string {
  const inner = unwrapType(targetType.trim());
  const base = inner.replace(/\(.*$/s, '');
  if (NUMBER.test(base)) return `Use to${base}OrZero(${expr}) or to${base}OrNull(${expr}).`;
  if (/^Decimal(32|64|128|256)?$/.test(base)) return `Use toDecimal…OrZero(${expr}, scale) (e.g. toDecimal64OrZero) or its OrNull form.`;
  if (/^DateTime(64)?$/.test(base)) return `Use parseDateTime${base === 'DateTime64' ? '64' : ''}BestEffortOrZero(${expr}) or its OrNull form.`;
  if (/^Date(32)?$/.test(base)) return `Use to${base}OrZero(${expr}) or to${base}OrNull(${expr}).`;
  if (base === 'UUID') return `Use toUUIDOrZero(${expr}) or toUUIDOrNull(${expr}).`;
  if (base === 'IPv4' || base === 'IPv6') return `Use to${base}OrDefault(${expr}) or to${base}OrNull(${expr}).`;
  if (base === 'Array' || base === 'Map' || base === 'Tuple')
    return `Read it with JSONExtract(${expr}, '${inner}'), which gives an empty value for text that does not parse.`;
  return 'ClickHouse has no forgiving parser for this type: keep the column String, or make sure the messages always hold valid values.';
}
