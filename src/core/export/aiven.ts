// Aiven for ClickHouse: the Kafka side of a design as the clickhouse_kafka
// service integration's user config (Aiven creates those Kafka tables in the
// database `service_<kafka service>`), and the SQL for the views and targets
// that read from there. Field names, enums and limits follow Aiven's published
// schema (schemas/aiven-clickhouse-kafka.schema.json); whatever the design says
// that the integration has no field for is flagged on its node.
import type { KafkaTable, Pipeline } from '../model/types';
import { kafkaSettingOrder } from '../sql/emit/kafkaTable';
import { generateSql } from '../sql/generate';
import schema from './schemas/aiven-clickhouse-kafka.schema.json';
import { booleanValue, integerValue, issue, unquoted, type ExportIssue } from './issues';

export interface AivenColumn {
  name: string;
  type: string;
}

export interface AivenTable {
  name: string;
  columns: AivenColumn[];
  topics: { name: string }[];
  data_format: string;
  group_name: string;
  [field: string]: unknown;
}

export interface AivenExport {
  userConfig: { tables: AivenTable[] };
  /** The SQL for everything else, reading the integration's tables from `service_<kafka service>`. */
  sql: string;
  /** The same SQL, one runnable statement per item. */
  statements: string[];
  /** The database Aiven creates the Kafka tables in. */
  database: string;
  issues: ExportIssue[];
}

export interface AivenOptions {
  /** Name of the Aiven for Apache Kafka service (the integration's source). */
  kafkaService: string;
}

const TABLE = schema.properties.tables.items;
const FIELDS = TABLE.properties;
const LIMITS = { tables: schema.properties.tables.maxItems, columns: FIELDS.columns.maxItems, topics: FIELDS.topics.maxItems, name: FIELDS.name.maxLength, column: FIELDS.columns.items.properties.name.maxLength };
const TOPIC_NAME = new RegExp(FIELDS.topics.items.properties.name.pattern);

type Field = { type: string; enum?: string[]; minimum?: number; maximum?: number };

// ClickHouse Kafka engine setting → the integration field that carries it.
export const SETTING_FIELDS: Readonly<Record<string, string>> = {
  kafka_handle_error_mode: 'handle_error_mode',
  kafka_max_block_size: 'max_block_size',
  kafka_num_consumers: 'num_consumers',
  kafka_poll_max_batch_size: 'poll_max_batch_size',
  kafka_poll_timeout_ms: 'poll_max_timeout_ms',
  kafka_skip_broken_messages: 'skip_broken_messages',
  kafka_thread_per_consumer: 'thread_per_consumer',
  kafka_max_rows_per_message: 'max_rows_per_message',
  date_time_input_format: 'date_time_input_format',
};

function fieldValue(field: string, raw: string): { value?: unknown; problem?: string } {
  const spec = (FIELDS as Record<string, Field>)[field]!;
  if (spec.type === 'boolean') {
    const b = booleanValue(raw);
    return b === undefined ? { problem: `${raw} is not a boolean` } : { value: b };
  }
  if (spec.type === 'integer') {
    const n = integerValue(raw);
    if (n === undefined) return { problem: `${raw} is not an integer` };
    if ((spec.minimum !== undefined && n < spec.minimum) || (spec.maximum !== undefined && n > spec.maximum)) {
      return { problem: `${n} is outside Aiven's range ${spec.minimum}–${spec.maximum}` };
    }
    return { value: n };
  }
  const s = unquoted(raw);
  if (spec.enum && !spec.enum.includes(s)) return { problem: `'${s}' is not one of ${spec.enum.join(', ')}` };
  return { value: s };
}

function tableConfig(k: KafkaTable, issues: ExportIssue[]): AivenTable {
  const flag = (code: string, message: string, field?: string, severity: 'error' | 'warning' = 'warning') => issues.push(issue(code, k.id, message, field, severity));
  if (k.name.length === 0 || [...k.name].length > LIMITS.name) flag('AV02', `Aiven table names are 1–${LIMITS.name} characters; ${k.name} has ${[...k.name].length}.`, 'name', 'error');
  if ((k.namedCollection ?? '').trim() !== '') flag('AV08', `The named collection ${k.namedCollection} is not used: the integration connects to its Kafka service itself.`, 'namedCollection');
  const columns: AivenColumn[] = [];
  for (const c of k.columns) {
    if (c.defaultKind !== '') {
      flag('AV04', `Column ${c.name} is ${c.defaultKind}: the integration's columns have only a name and a type, so it is left out.`, `columns.${c.id}.type`);
      continue;
    }
    if ([...c.name].length > LIMITS.column) flag('AV02', `Column names are at most ${LIMITS.column} characters on Aiven: ${c.name}.`, `columns.${c.id}.name`, 'error');
    columns.push({ name: c.name, type: c.type.trim() });
  }
  if (columns.length === 0 || columns.length > LIMITS.columns) flag('AV09', `Aiven takes 1–${LIMITS.columns} columns per table; ${k.name} has ${columns.length}.`, 'columns', 'error');
  const topics = k.topic.split(',').map((t) => t.trim()).filter((t) => t !== '').map((name) => ({ name }));
  if (topics.length === 0 || topics.length > LIMITS.topics) flag('AV09', `Aiven takes 1–${LIMITS.topics} topics per table; ${k.name} has ${topics.length}.`, 'topic', 'error');
  for (const t of topics) if (!TOPIC_NAME.test(t.name) || t.name.length > 249) flag('AV07', `Topic ${t.name} is not a name Aiven accepts (letters, digits, _ - . and at most 249 characters).`, 'topic', 'error');
  const format = k.format.trim();
  if (!FIELDS.data_format.enum.includes(format)) flag('AV03', `Aiven's integration does not list the format ${format} (it takes ${FIELDS.data_format.enum.join(', ')}).`, 'format', 'error');
  const group = k.consumerGroup.trim();
  if (group === '' || group.length > FIELDS.group_name.maxLength) flag('AV06', `The consumer group must be 1–${FIELDS.group_name.maxLength} characters on Aiven.`, 'consumerGroup', 'error');
  const out: AivenTable = { name: k.name, columns, topics, data_format: format, group_name: group };
  for (const name of kafkaSettingOrder(k.settings, k.namedCollection ?? '')) {
    const field = SETTING_FIELDS[name];
    if (!field) {
      flag('AV05', `Aiven's integration has no field for ${name}; the table would be created without it.`, `settings.${name}`);
      continue;
    }
    const r = fieldValue(field, k.settings[name]!);
    if (r.problem) flag('AV06', `${name}: ${r.problem}.`, `settings.${name}`, 'error');
    else out[field] = r.value;
  }
  return out;
}

export function exportAiven(p: Pipeline, opts: AivenOptions): AivenExport {
  const issues: ExportIssue[] = [];
  const database = `service_${opts.kafkaService}`;
  const script = generateSql(p);
  const live = new Set(script.statements.filter((s) => s.runnable && s.kind === 'kafkaTable').map((s) => s.entityId));
  const kafka = p.entities.filter((e): e is KafkaTable => e.kind === 'kafkaTable' && live.has(e.id));
  const tables = kafka.map((k) => tableConfig(k, issues));
  if (tables.length > LIMITS.tables) issues.push(issue('AV01', kafka[LIMITS.tables]!.id, `Aiven takes at most ${LIMITS.tables} tables per integration; the design has ${tables.length}.`, undefined, 'error'));
  const names = new Map<string, string>();
  for (const k of kafka) {
    const seen = names.get(k.name);
    if (seen) issues.push(issue('AV10', k.id, `Two Kafka tables are named ${k.name}; Aiven creates them all in ${database}, where names must differ.`, 'name', 'error'));
    names.set(k.name, k.id);
  }
  // Everything else reads the Kafka tables where Aiven puts them.
  const moved: Pipeline = { ...p, entities: p.entities.map((e) => (e.kind === 'kafkaTable' ? { ...e, database } : e)) };
  const rest = generateSql(moved).statements.filter((s) => s.kind !== 'kafkaTable' && !(s.kind === 'database' && s.database === database));
  const sql =
    `-- Views and tables for Aiven for ClickHouse. The Kafka tables come from the clickhouse_kafka\n` +
    `-- integration with ${opts.kafkaService}, in the database ${database}; create the integration first.\n\n` +
    rest.map((s) => s.text).join('\n\n') +
    '\n';
  const statements = rest.filter((s) => s.runnable !== false).map((s) => s.text);
  return { userConfig: { tables }, sql, statements, database, issues };
}
