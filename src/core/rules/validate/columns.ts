// Column rules shared by Kafka and MergeTree tables.
import type { Column } from '../../model/types';
import { error, warning, type Emit } from './diag';
import { needsQuoting, quoted } from './names';
import { typeProblems } from './typeFacts';
import { validateCodec } from './codecs';
import { aggregateArgumentProblem } from './aggregateTypes';

export function columnField(c: Column, part: 'name' | 'type' | 'defaultExpr'): string {
  return `columns.${c.id}.${part}`;
}

const SETTING_GATED = /allow_suspicious_(low_cardinality|variant)_types/;

/** `kafkaColumn` when the columns belong to a Kafka table, whose storable types differ slightly. */
export function validateColumns(entityId: string, columns: readonly Column[], emit: Emit, position: 'column' | 'kafkaColumn' = 'column'): void {
  const counts = new Map<string, number>();
  for (const c of columns) counts.set(c.name, (counts.get(c.name) ?? 0) + 1);

  columns.forEach((c, i) => {
    if (c.name.trim() === '')
      emit(error(entityId, 'column.name.empty', `Column ${i + 1} has no name; name it or remove it.`, columnField(c, 'name')));
    else if ((counts.get(c.name) ?? 0) > 1)
      emit(error(entityId, 'column.name.duplicate', `${label(c, i)} appears more than once; column names must be unique in a table (names differing only in case are distinct).`, columnField(c, 'name')));
    else if (needsQuoting(c.name))
      emit(warning(entityId, 'column.name.needsQuoting', `Column name will be written as ${quoted(c.name)}; every query must quote it. Use letters, digits and underscores to avoid that.`, columnField(c, 'name')));

    const aggProblem = c.type.trim() === '' ? undefined : aggregateArgumentProblem(c.type);
    const problems = aggProblem ? [{ message: `${aggProblem}.`, severity: 'error' as const }, ...typeProblems(c.type, position)] : typeProblems(c.type, position);
    // ALIAS and EPHEMERAL columns are never stored, and ClickHouse skips its setting-gated
    // "suspicious type" checks for them (LowCardinality(DateTime('UTC')) ALIAS now() and similar
    // Variant members are accepted, measured on 26.7; fuzz seed 892540241); only worth a warning.
    // A Kafka table keeps ALIAS but the generator drops EPHEMERAL there, making the column plain.
    const unstored = (c.defaultKind === 'ALIAS' && c.defaultExpr.trim() !== '') || (c.defaultKind === 'EPHEMERAL' && position === 'column');
    const relaxed = unstored ? problems.map((x) => (SETTING_GATED.test(x.message) ? { ...x, severity: 'warning' as const } : x)) : problems;
    const firstError = relaxed.find((x) => x.severity === 'error');
    if (firstError) emit(error(entityId, 'column.type.invalid', `${label(c, i)}: ${firstError.message}`, columnField(c, 'type')));
    else if (problems[0]) emit(warning(entityId, 'column.type.suspicious', `${label(c, i)}: ${problems[0].message}`, columnField(c, 'type')));

    if ((c.defaultKind === 'DEFAULT' || c.defaultKind === 'MATERIALIZED' || c.defaultKind === 'ALIAS') && c.defaultExpr.trim() === '')
      emit(error(entityId, 'column.defaultExpr.empty', `${label(c, i)} is ${c.defaultKind} but has no expression; write one or make it a plain column.`, columnField(c, 'defaultExpr')));
    else if (c.defaultKind !== '' && !firstError) {
      const why = literalMismatch(c.defaultExpr, c.type);
      if (why) emit(error(entityId, 'column.defaultExpr.type', `${label(c, i)}: ${why}; ClickHouse refuses the table. Write a value of the column's type, or change the type.`, columnField(c, 'defaultExpr')));
    }
    if (position === 'column' && !firstError) validateCodec(entityId, c, emit);
  });
}

/** How messages name a column; built only for a message, as most columns have none. */
function label(c: Column, i: number): string {
  return c.name.trim() === '' ? `Column ${i + 1}` : `Column ${quoted(c.name)}`;
}

/** Columns by name (first wins), for lookups from keys, engine params and views. */
export function columnsByName(columns: readonly Column[]): Map<string, Column> {
  const m = new Map<string, Column>();
  for (const c of columns) if (!m.has(c.name)) m.set(c.name, c);
  return m;
}

const NUMBER = /^[-+]?(\d+(\.\d*)?|\.\d+)([eE][-+]?\d+)?$|^[-+]?(inf|nan)$/i;
const DATE = /^\d{4}-\d{2}-\d{2}([ T]\d{2}:\d{2}(:\d{2}(\.\d+)?)?)?$/;

/**
 * A string literal default that cannot become the column's type (CL05: DEFAULT 'abc' on
 * UInt8). Only the plain case is judged: one quoted literal into a number or date column.
 */
function literalMismatch(expr: string, type: string): string | undefined {
  const m = /^'((?:[^'\\]|\\.)*)'$/.exec(expr.trim());
  if (!m) return undefined;
  const text = m[1]!;
  const base = type.trim().replace(/^(LowCardinality|Nullable)\((.*)\)$/, '$2').replace(/^(Nullable)\((.*)\)$/, '$2');
  if (/^(U?Int\d+|Float\d+|BFloat16|Decimal\d*(\(.*\))?)$/.test(base) && !NUMBER.test(text.trim()))
    return `the default '${text}' is not a number, so it cannot be ${base}`;
  if (/^(Date|Date32|DateTime|DateTime64)(\(.*\))?$/.test(base) && !DATE.test(text.trim()))
    return `the default '${text}' is not a date or time in YYYY-MM-DD[ hh:mm:ss] form, so it cannot be ${base}`;
  return undefined;
}
