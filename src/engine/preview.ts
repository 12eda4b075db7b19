// "Preview": the rows a view would write to its target for the topic's sample
// messages, computed by ClickHouse over format(…) with the view's expressions,
// WHERE and GROUP BY, then converted to the target's column types. Conversions
// that would not be faithful are reported per cell instead of being hidden.
import { kafkaVirtualColumns } from '../core/clickhouse/virtualColumns';
import type { KafkaTable, MaterializedView, MergeTreeTable } from '../core/model/types';
import { quoteIdent, quoteString } from '../core/sql/quote';

export const PREVIEW_ROW_LIMIT = 50;

export interface PreviewColumn {
  /** Target column the view writes. */
  name: string;
  /** Target type ('' when the target has no such column). */
  type: string;
}

export interface PreviewPlan {
  sql: string;
  columns: PreviewColumn[];
}

export interface PreviewCell {
  /** The value as the target would store it (or the raw value when it does not convert). */
  text: string;
  /** Why the value does not make it into the target unchanged; '' when it does. */
  problem: string;
}

// accurateCastOrNull needs a type that can sit inside Nullable.
const NOT_CHECKABLE = /^(Array|Map|Tuple|Nested|JSON|Object|Variant|Dynamic|AggregateFunction|SimpleAggregateFunction)\b/;

function unwrap(type: string, wrapper: string): string | null {
  const t = type.trim();
  return t.startsWith(wrapper + '(') && t.endsWith(')') ? t.slice(wrapper.length + 1, -1).trim() : null;
}

/** The type to test a conversion against and whether NULL is allowed, or null when the type cannot be tested. */
export function castCheck(type: string): { inner: string; nullable: boolean } | null {
  let t = type.trim();
  t = unwrap(t, 'LowCardinality') ?? t;
  const inner = unwrap(t, 'Nullable');
  const base = inner ?? t;
  if (base === '' || NOT_CHECKABLE.test(base)) return null;
  return { inner: base, nullable: inner !== null };
}

function virtualSelect(table: KafkaTable, topicName: string): string[] {
  const taken = new Set(table.columns.map((c) => c.name));
  return kafkaVirtualColumns(table.settings['kafka_handle_error_mode'])
    .filter((v) => !taken.has(v.name))
    .map((v) => {
      const value =
        v.name === '_topic' ? quoteString(topicName) : v.name === '_offset' ? 'rowNumberInAllBlocks()' : `defaultValueOfTypeName(${quoteString(v.type)})`;
      return `CAST(${value} AS ${v.type}) AS ${quoteIdent(v.name)}`;
    });
}

export function buildPreview(
  view: MaterializedView,
  source: KafkaTable,
  target: MergeTreeTable | undefined,
  format: string,
  samples: string,
  topicName: string,
): PreviewPlan {
  const stored = source.columns.filter((c) => c.defaultKind !== 'ALIAS');
  const structure = stored.map((c) => `${quoteIdent(c.name)} ${c.type}`).join(', ');
  const extra = [
    ...source.columns.filter((c) => c.defaultKind === 'ALIAS' && c.defaultExpr.trim()).map((c) => `${c.defaultExpr} AS ${quoteIdent(c.name)}`),
    ...virtualSelect(source, topicName),
  ];
  const rows = `SELECT *${extra.map((x) => ', ' + x).join('')} FROM format(${format.trim()}, ${quoteString(structure)}, ${quoteString(samples)})`;
  const mappings = view.mappings.filter((m) => m.target.trim() !== '' && m.expr.trim() !== '');
  let inner = `SELECT ${mappings.map((m) => `${m.expr} AS ${quoteIdent(m.target)}`).join(', ')} FROM (${rows})`;
  if (view.where.trim()) inner += ` WHERE ${view.where}`;
  if (view.groupBy.trim()) inner += ` GROUP BY ${view.groupBy}`;

  const columns: PreviewColumn[] = mappings.map((m) => ({
    name: m.target,
    type: target?.columns.find((c) => c.name === m.target)?.type ?? '',
  }));
  // Per column: the value as text, whether it is NULL, its own type, and the converted value (NULL = no faithful conversion).
  const cells = columns.flatMap((c) => {
    const v = quoteIdent(c.name);
    const check = castCheck(c.type);
    const converted = check ? `toString(accurateCastOrNull(${v}, ${quoteString(check.inner)}))` : `toString(${v})`;
    return [`toString(${v})`, `isNull(${v})`, `toTypeName(${v})`, converted];
  });
  const sql = `SELECT ${cells.join(', ')} FROM (${inner}) LIMIT ${PREVIEW_ROW_LIMIT}`;
  return { sql, columns };
}

const NUMERIC = /^(Nullable\()?(U?Int\d+|Float\d+|Decimal|Bool)/;

/** Turns one JSONCompactEachRow row of the preview query into cells with their problems. */
export function previewCells(row: readonly unknown[], columns: readonly PreviewColumn[]): PreviewCell[] {
  return columns.map((c, i) => {
    const raw = row[i * 4] as string | null;
    const isNull = row[i * 4 + 1] === 1 || row[i * 4 + 1] === true;
    const sourceType = String(row[i * 4 + 2] ?? '');
    const converted = row[i * 4 + 3] as string | null;
    const check = castCheck(c.type);
    if (isNull || raw === null) {
      if (check && !check.nullable) return { text: 'NULL', problem: `NULL into non-Nullable ${c.type}: the type's default is written instead` };
      return { text: 'NULL', problem: '' };
    }
    if (check && converted === null) {
      const problem = NUMERIC.test(sourceType)
        ? `${raw} does not fit ${c.type}: a plain conversion would wrap around or fail`
        : `${JSON.stringify(raw)} does not parse as ${c.type}`;
      return { text: raw, problem };
    }
    if (!c.type) return { text: raw, problem: `the target has no column ${c.name}` };
    return { text: converted ?? raw, problem: '' };
  });
}
