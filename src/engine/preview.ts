// "Preview": the rows a view would write to its target for the topic's sample
// messages, computed by ClickHouse over format(…) with the view's expressions,
// WHERE and GROUP BY, then converted to the target's column types. Conversions
// that would not be faithful are reported per cell instead of being hidden.
import { kafkaVirtualColumns } from '../core/clickhouse/virtualColumns';
import type { KafkaTable, MaterializedView, MergeTreeTable } from '../core/model/types';
import { quoteIdent, quoteString } from '../core/sql/quote';
import { EngineError } from './client';

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

/** The Kafka table's stored columns as a format() structure: how the table itself parses a message. */
function sourceStructure(source: KafkaTable): string {
  return source.columns
    .filter((c) => c.defaultKind !== 'ALIAS')
    .map((c) => `${quoteIdent(c.name)} ${c.type}`)
    .join(', ');
}

export function buildPreview(
  view: MaterializedView,
  source: KafkaTable,
  target: MergeTreeTable | undefined,
  format: string,
  samples: string,
  topicName: string,
): PreviewPlan {
  const structure = sourceStructure(source);
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

// Text formats in which every line of the samples is one message, with the number
// of header lines (names, types) that lead each message.
const LINE_FORMATS: Readonly<Record<string, number>> = {
  JSONEachRow: 0, JSONCompactEachRow: 0, JSONLines: 0, NDJSON: 0, CSV: 0, TSV: 0, TabSeparated: 0, TSKV: 0,
  CSVWithNames: 1, TSVWithNames: 1, TabSeparatedWithNames: 1, CSVWithNamesAndTypes: 2, TSVWithNamesAndTypes: 2,
};
/** Beyond this many messages a failing preview is not taken apart message by message. */
const MAX_MESSAGE_CHECKS = 100;

export interface SampleMessage {
  /** 1-based line in the samples box. */
  line: number;
  text: string;
}

/** The samples as separate messages (header lines kept apart), or null for formats where a line is not a message. */
export function splitMessages(format: string, samples: string): { header: string[]; messages: SampleMessage[] } | null {
  const headerLines = LINE_FORMATS[format.trim()];
  if (headerLines === undefined) return null;
  const lines = samples.split('\n');
  const header = lines.slice(0, headerLines);
  const messages = lines.map((text, i) => ({ line: i + 1, text })).slice(headerLines).filter((m) => m.text.trim() !== '');
  return { header, messages };
}

export interface UnparsedMessage extends SampleMessage {
  /** The Kafka table column ClickHouse was reading, '' when its message does not say. */
  column: string;
  /** ClickHouse's reason, without code, row number and pipeline noise. */
  problem: string;
}

/** Reads one message the way the Kafka table would: every column parsed with its type. */
export function messageCheckQuery(source: KafkaTable, format: string, text: string): string {
  return `SELECT ignore(*) FROM format(${format.trim()}, ${quoteString(sourceStructure(source))}, ${quoteString(text)})`;
}

/** ClickHouse's parse error as a per-cell problem: which column, and why. */
export function parseProblem(message: string): { column: string; problem: string } {
  const column = /while reading the value of key ([^)]+)\)/.exec(message)?.[1] ?? /Column \d+, +name: ([^,]+), +type:/.exec(message)?.[1] ?? '';
  const problem = message
    .replace(/^Code: \d+\. DB::Exception: /, '')
    .replace(/\s*\([A-Z_0-9]+\)\.?$/, '')
    .replace(/\n?: (While executing|Could not print)[^\n]*/g, '')
    .replace(/: \(while reading the value of key [^)]+\)/, '')
    .replace(/: \(at row \d+\)/, '')
    .trim();
  return { column: column.trim(), problem };
}

export interface PreviewResult {
  columns: PreviewColumn[];
  rows: PreviewCell[][];
  /** Sample messages the Kafka table could not parse; the rows come from the others. */
  unparsed: UnparsedMessage[];
}

export type RowQuery = (sql: string) => Promise<unknown[][]>;

/**
 * Runs the preview. When ClickHouse refuses the whole query, each message is
 * parsed on its own: the ones that fail are reported with their column and reason,
 * and the preview is computed from the rest. A failure no single message explains
 * (a wrong expression, say) is passed on as it is.
 */
export async function runPreview(
  query: RowQuery,
  view: MaterializedView,
  source: KafkaTable,
  target: MergeTreeTable | undefined,
  format: string,
  samples: string,
  topicName: string,
): Promise<PreviewResult> {
  const plan = buildPreview(view, source, target, format, samples, topicName);
  try {
    return { columns: plan.columns, rows: (await query(plan.sql)).map((r) => previewCells(r, plan.columns)), unparsed: [] };
  } catch (e) {
    const split = splitMessages(format, samples);
    if (!(e instanceof EngineError) || e.kind !== 'clickhouse' || !split || split.messages.length > MAX_MESSAGE_CHECKS) throw e;
    const unparsed: UnparsedMessage[] = [];
    for (const m of split.messages) {
      try {
        await query(messageCheckQuery(source, format, [...split.header, m.text].join('\n')));
      } catch (each) {
        if (!(each instanceof EngineError) || each.kind !== 'clickhouse') throw each;
        unparsed.push({ ...m, ...parseProblem(each.message) });
      }
    }
    if (unparsed.length === 0) throw e;
    const bad = new Set(unparsed.map((u) => u.line));
    const good = split.messages.filter((m) => !bad.has(m.line));
    if (good.length === 0) return { columns: plan.columns, rows: [], unparsed };
    const rest = buildPreview(view, source, target, format, [...split.header, ...good.map((m) => m.text)].join('\n'), topicName);
    return { columns: rest.columns, rows: (await query(rest.sql)).map((r) => previewCells(r, rest.columns)), unparsed };
  }
}
