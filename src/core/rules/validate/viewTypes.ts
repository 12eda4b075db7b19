// Type compatibility between each view expression and the target column it
// writes (docs/clickhouse.md §c.3, §c.6). Reported on both ends: on the view's
// expression and on the target column's type, since either may be the fix.
import { kafkaVirtualColumns } from '../../clickhouse/virtualColumns';
import { readableColumns } from '../../model/query';
import type { Column, Entity, MaterializedView } from '../../model/types';
import { isNullable } from '../../types';
import { castVerdict } from './castRules';
import { columnsByName, columnField } from './columns';
import { error, warning, type Emit } from './diag';
import { argumentProblem, inferExprType, parseCall, type ColumnTypes } from './exprType';
import { quoted, shown } from './names';
import { checkAggregation } from './viewAggregates';
import { parseAdvice } from './parseAdvice';

/** What the view's SELECT can read, with types. */
export function sourceColumnTypes(source: Entity): ColumnTypes {
  const m = new Map<string, string>();
  if (source.kind === 'kafkaTable')
    for (const v of kafkaVirtualColumns(source.settings['kafka_handle_error_mode'])) m.set(v.name, v.type);
  // Real columns shadow virtual ones of the same name.
  for (const c of readableColumns(source)) m.set(c.name, c.type);
  return m;
}

/** `types` is sourceColumnTypes(source) of the view's source. */
export function checkMappingTypes(v: MaterializedView, types: ColumnTypes, target: Entity, emit: Emit): void {
  if (target.kind !== 'mergeTree') return;
  const byName = columnsByName(target.columns);
  for (const m of v.mappings) {
    const col = byName.get(m.target);
    if (!col || col.type.trim() === '' || m.expr.trim() === '' || col.defaultKind === 'MATERIALIZED' || col.defaultKind === 'ALIAS') continue;
    checkOne(v, target, m.id, m.expr, col, types, emit);
  }
}

/** Function arguments of a type the function refuses, for every mapping (target known or not). */
export function checkArgumentTypes(v: MaterializedView, types: ColumnTypes, emit: Emit): void {
  checkAggregation(v, types, emit);
  for (const m of v.mappings) {
    const why = argumentProblem(m.expr, types);
    if (why) emit(error(v.id, 'view.expr.argumentType', `${why}; ClickHouse refuses the view. Convert the argument first (e.g. toUInt64OrZero(x)) or use another column.`, `mapping.${m.id}.expr`));
  }
}

/** How messages name the target column; built only for a message, as most mappings have none. */
function into(target: Entity, col: Column): string {
  return `${shown(target.name)}.${quoted(col.name)} (${col.type})`;
}

/** Functions other than xState(…) that return aggregate states. */
const STATE_BUILDERS: ReadonlySet<string> = new Set(['initializeAggregation', 'arrayReduce', 'arrayReduceInRanges']);

/** The two places a type problem of one mapping is reported: the view's expression and the target column. */
interface Ends {
  emit: Emit;
  v: MaterializedView;
  mappingId: string;
  target: Entity;
  col: Column;
}

function both(at: Ends, severity: 'error' | 'warning', code: string, message: string): void {
  const make = severity === 'error' ? error : warning;
  at.emit(make(at.v.id, code, message, `mapping.${at.mappingId}.expr`));
  at.emit(make(at.target.id, code, message, columnField(at.col, 'type')));
}

function checkOne(v: MaterializedView, target: Entity, mappingId: string, expr: string, col: Column, types: ColumnTypes, emit: Emit): void {
  const from = inferExprType(expr, types);
  const at: Ends = { emit, v, mappingId, target, col };
  // A bare NULL is a Nullable(Nothing) column, which no table stores and no other type takes
  // (measured: refused into every target family, Nullable ones included).
  // A source column named null is a column: the generator quotes an expression that names one.
  if (/^null$/i.test(expr.trim()) && !types.has(expr.trim())) {
    both(at, 'error', 'view.type.incompatible', `A bare NULL has type Nullable(Nothing), which ClickHouse cannot write into ${into(target, col)}; it refuses the view. Write a typed value such as CAST(NULL AS ${/^(LowCardinality\()?Nullable\(/.test(col.type.trim()) ? col.type.trim() : `Nullable(${col.type.trim()})`}) and make the column Nullable, or a default value.`);
    return;
  }
  if (from === undefined) {
    // Arithmetic on a number: the exact width is not modelled, but any number is refused by the same targets.
    const arith = /^(.+?)\s*[+-]\s*\d+$/.exec(expr.trim());
    const operand = arith ? inferExprType(arith[1]!, types) : undefined;
    if (operand && /^(U?Int\d+|Float\d+)$/.test(operand) && castVerdict('Int64', col.type).kind === 'refused') {
      both(at, 'error', 'view.type.incompatible', `${expr.trim()} is a number, which ClickHouse cannot convert to ${into(target, col)}; it refuses the view. Convert the value in the expression or change the column type.`);
      return;
    }
    // A date plus or minus a number of days (or seconds) keeps the date's type.
    if (operand && /^(Date|Date32|DateTime|DateTime64)(\(.*\))?$/.test(operand) && castVerdict(operand, col.type).kind === 'refused') {
      both(at, 'error', 'view.type.incompatible', `${expr.trim()} is ${operand}, which ClickHouse cannot convert to ${into(target, col)}; it refuses the view. Convert the value in the expression or change the column type.`);
      return;
    }
    // Unknown type into an aggregate-state column: only a -State call (or a function that builds
    // states) can produce one; anything else is refused at CREATE (CANNOT_CONVERT_TYPE).
    const call = parseCall(expr);
    const stateColumn = /^AggregateFunction\(/.test(col.type.trim().replace(/^(LowCardinality|Nullable)\(/, ''));
    const makesState = call && (/State$/.test(call.name) || STATE_BUILDERS.has(call.name));
    if (stateColumn && !makesState)
      both(
        at,
        'error',
        'view.type.missingState',
        call
          ? `${call.name}(…) writes a plain value into ${into(target, col)}; aggregate state columns need a -State call such as ${call.name}State(…). Use the -State form, or change the column to SimpleAggregateFunction.`
          : `${expr.trim()} is a plain value but ${into(target, col)} holds aggregate states; write the -State form of an aggregate (e.g. sumState(x)) or change the column type.`,
      );
    return;
  }
  const verdict = castVerdict(from, col.type);
  switch (verdict.kind) {
    case 'refused':
      both(at, 'error', 'view.type.incompatible', `${expr.trim()} is ${from}, which ClickHouse cannot convert to ${into(target, col)}; it refuses the view. Convert the value in the expression or change the column type.`);
      return;
    case 'missingState':
      both(at, 'error', 'view.type.missingState', `${expr.trim()} is a plain ${from} value but ${into(target, col)} holds aggregate states; write the -State form of the aggregate (e.g. sumState(x)) or make the column ${from}.`);
      return;
    case 'stateMismatch':
      both(at, 'error', 'view.type.stateMismatch', `${expr.trim()} produces ${from}, but ${into(target, col)} expects a different state; ClickHouse refuses the view. Make the column ${from}, or cast the argument so the state matches.`);
      return;
    case 'narrowing':
      both(at, 'warning', 'view.type.narrowing', `${expr.trim()} is ${from} and ${into(target, col)} is narrower: ${verdict.why}, silently. Widen the column or convert explicitly.`);
      break;
    case 'parse':
      both(at, 'warning', 'view.type.parse', `${expr.trim()} is ${from} and must parse as ${col.type} on every insert; one bad message fails the block and stalls the Kafka consumer. ${parseAdvice(expr.trim(), col.type)}`);
      break;
    default:
      break;
  }
  if (isNullable(from) && !isNullable(col.type) && !/^(Simple)?AggregateFunction\(/.test(col.type.trim()))
    both(at, 'warning', 'view.type.nullable', `${expr.trim()} can be NULL but ${into(target, col)} is not Nullable; a NULL fails the insert. Wrap it in ifNull(…, default)/coalesce, or make the column Nullable.`);
}
