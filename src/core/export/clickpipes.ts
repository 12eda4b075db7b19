// ClickHouse Cloud ClickPipes: each view that reads a Kafka table becomes one
// ClickPipe (source.kafka → destination table, fieldMappings by name), as the
// body of the ClickPipes API's create request. A ClickPipe maps fields by name
// into one table: expressions, WHERE and GROUP BY, and engines other than the
// few it manages are flagged on the node. Field names, enums and limits follow
// schemas/clickpipes-kafka.schema.json. Credentials are never exported: the
// password is a placeholder to fill in (or a Terraform variable).
import type { Entity, KafkaTable, MaterializedView, MergeTreeTable, Pipeline } from '../model/types';
import { buildContext } from '../sql/context';
import { kafkaSettingOrder } from '../sql/emit/kafkaTable';
import { generateSql } from '../sql/generate';
import { splitTopLevel } from '../sql/keyText';
import schema from './schemas/clickpipes-kafka.schema.json';
import { issue, unquoted, type ExportIssue } from './issues';

export interface ClickPipeBody {
  name: string;
  source: { kafka: Record<string, unknown> };
  destination: {
    database: string;
    table: string;
    managedTable: boolean;
    tableDefinition?: { engine: { type: string; versionColumnId?: string; columnIds?: string[] }; sortingKey: string[]; partitionBy?: string; primaryKey?: string };
    columns: { name: string; type: string }[];
  };
  fieldMappings: { sourceField: string; destinationField: string }[];
}

export interface ClickPipe {
  /** The view the pipe replaces, and its Kafka table and target. */
  viewId: string;
  kafkaId: string;
  targetId: string;
  body: ClickPipeBody;
}

export interface ClickPipesExport {
  pipes: ClickPipe[];
  issues: ExportIssue[];
}

export interface ClickPipesOptions {
  /** ClickPipes' source type (kafka, confluent, msk, …); default kafka. */
  sourceType?: string;
  /** Whether ClickPipes creates the destination table (true) or it exists already; default true. */
  managedTable?: boolean;
}

const KAFKA = schema.properties.source.properties.kafka.properties;
const ENGINES = schema.properties.destination.properties.tableDefinition.properties.engine.properties.type.enum;
export const PASSWORD_PLACEHOLDER = '<kafka password>';

// Settings a ClickPipe carries elsewhere (authentication), so they are not flagged.
const CARRIED = new Set(['kafka_sasl_mechanism', 'kafka_sasl_username', 'kafka_sasl_password', 'kafka_security_protocol']);

function source(k: KafkaTable, group: string, opts: ClickPipesOptions, flag: (code: string, id: string, m: string, field?: string, sev?: 'error') => void) {
  const format = k.format.trim();
  if (!KAFKA.format.enum.includes(format)) flag('CP03', k.id, `ClickPipes reads ${KAFKA.format.enum.join(', ')}; not ${format}.`, 'format', 'error');
  const type = opts.sourceType ?? 'kafka';
  if (!KAFKA.type.enum.includes(type)) flag('CP09', k.id, `ClickPipes has no Kafka source type ${type} (it has ${KAFKA.type.enum.join(', ')}).`, undefined, 'error');
  const kafka: Record<string, unknown> = { type, format, brokers: k.brokers.trim(), topics: k.topic.trim(), consumerGroup: group };
  const mechanism = unquoted(k.settings['kafka_sasl_mechanism'] ?? '').toUpperCase();
  const username = unquoted(k.settings['kafka_sasl_username'] ?? '');
  if (mechanism !== '' || username !== '') {
    const auth = mechanism === '' ? 'PLAIN' : mechanism;
    if (!KAFKA.authentication.enum.includes(auth)) flag('CP06', k.id, `ClickPipes authenticates with ${KAFKA.authentication.enum.join(', ')}; not ${auth}.`, 'settings.kafka_sasl_mechanism', 'error');
    kafka.authentication = auth;
    kafka.credentials = { username, password: PASSWORD_PLACEHOLDER };
  }
  kafka.offset = { strategy: 'from_beginning' };
  if ((k.namedCollection ?? '').trim() !== '') flag('CP10', k.id, `The named collection ${k.namedCollection} lives on a server; a ClickPipe needs the brokers and topics written out.`, 'namedCollection');
  for (const name of kafkaSettingOrder(k.settings, k.namedCollection ?? '')) {
    if (!CARRIED.has(name)) flag('CP05', k.id, `A ClickPipe has no field for the Kafka table setting ${name}; it is left out.`, `settings.${name}`);
  }
  return kafka;
}

function engine(t: MergeTreeTable, flag: (code: string, id: string, m: string, field?: string, sev?: 'error') => void) {
  const family = t.engine.family;
  if (!ENGINES.includes(family)) {
    flag('CP02', t.id, `ClickPipes manages ${ENGINES.filter((e) => e !== 'Null').join(', ')} tables; ${family} needs managedTable false (create it yourself).`, 'engine.family', 'error');
    return { type: family };
  }
  if (family === 'ReplacingMergeTree') {
    const ver = (t.engine.params['ver'] ?? '').trim();
    if ((t.engine.params['isDeleted'] ?? '').trim() !== '') flag('CP02', t.id, 'ClickPipes has no field for ReplacingMergeTree is_deleted.', 'engine.params.isDeleted');
    return ver === '' ? { type: family } : { type: family, versionColumnId: ver };
  }
  if (family === 'SummingMergeTree') {
    const cols = (t.engine.params['columns'] ?? '').split(',').map((c) => c.trim()).filter((c) => c !== '');
    return cols.length === 0 ? { type: family } : { type: family, columnIds: cols };
  }
  return { type: family };
}

function destination(t: MergeTreeTable, managed: boolean, flag: (code: string, id: string, m: string, field?: string, sev?: 'error') => void): ClickPipeBody['destination'] {
  const columns = t.columns.filter((c) => c.defaultKind !== 'ALIAS' && c.defaultKind !== 'MATERIALIZED' && c.defaultKind !== 'EPHEMERAL').map((c) => ({ name: c.name, type: c.type.trim() }));
  const out: ClickPipeBody['destination'] = { database: t.database, table: t.name, managedTable: managed, columns };
  if (!managed) return out;
  for (const c of t.columns) if (c.defaultKind !== '' || c.codec.trim() !== '' || (c.ttl ?? '').trim() !== '') flag('CP04', t.id, `Column ${c.name}: a managed ClickPipes table takes only names and types (no ${c.defaultKind || 'codec or TTL'}).`, `columns.${c.id}.type`);
  for (const [what, v] of [['TTL', t.ttl], ['SAMPLE BY', t.sampleBy]] as const) if (v.trim() !== '') flag('CP04', t.id, `A managed ClickPipes table has no ${what}.`, what === 'TTL' ? 'ttl' : 'sampleBy');
  if (t.settings.length > 0 || (t.indexes ?? []).length > 0) flag('CP04', t.id, 'A managed ClickPipes table has no table settings or data skipping indexes.', 'settings');
  const sortingKey = splitTopLevel(t.orderBy.trim()).map((s) => s.trim()).filter((s) => s !== '');
  for (const k of sortingKey) if (!t.columns.some((c) => c.name === k)) flag('CP04', t.id, `ClickPipes' sorting key lists columns; ${k} is an expression.`, 'orderBy', 'error');
  const def: NonNullable<ClickPipeBody['destination']['tableDefinition']> = { engine: engine(t, flag), sortingKey };
  if (t.partitionBy.trim() !== '') def.partitionBy = t.partitionBy.trim();
  if (t.primaryKey.trim() !== '') def.primaryKey = t.primaryKey.trim();
  out.tableDefinition = def;
  return out;
}

export function exportClickPipes(p: Pipeline, opts: ClickPipesOptions = {}): ClickPipesExport {
  const issues: ExportIssue[] = [];
  const flag = (code: string, id: string, m: string, field?: string, sev: 'error' | 'warning' = 'warning') => issues.push(issue(code, id, m, field, sev));
  const ctx = buildContext(p);
  const live = new Set(generateSql(p).statements.filter((s) => s.runnable).map((s) => s.entityId));
  const pipes: ClickPipe[] = [];
  const groupsUsed = new Map<string, number>();
  const views = p.entities.filter((e): e is MaterializedView => e.kind === 'materializedView' && live.has(e.id));
  for (const v of views) {
    const k = ctx.inputOf.get(v.id) as Entity;
    const t = ctx.outputOf.get(v.id) as Entity;
    if (k.kind !== 'kafkaTable' || t.kind !== 'mergeTree') {
      flag('CP08', v.id, `View ${v.name} reads a table, not Kafka: it stays SQL next to the ClickPipes.`);
      continue;
    }
    // Two pipes in one consumer group would split the topic between them.
    const base = k.consumerGroup.trim();
    const n = (groupsUsed.get(base) ?? 0) + 1;
    groupsUsed.set(base, n);
    const group = n === 1 ? base : `${base}-${t.name}`;
    if (n > 1) flag('CP07', v.id, `${k.name} feeds several views; this ClickPipe uses its own consumer group ${group} so each pipe reads every message.`);
    if (v.where.trim() !== '' || v.groupBy.trim() !== '') flag('CP01', v.id, 'A ClickPipe has no WHERE or GROUP BY: every message becomes a row.', v.where.trim() !== '' ? 'where' : 'groupBy', 'error');
    const fieldMappings: ClickPipeBody['fieldMappings'] = [];
    for (const m of v.mappings) {
      const expr = m.expr.trim().replace(/^`(.*)`$/, '$1');
      if (m.target === '' || expr === '') continue;
      const plain = k.columns.some((c) => c.name === expr);
      const why = /^[A-Za-z_][A-Za-z0-9_]*$/.test(expr) ? `${expr} is not a column of ${k.name}` : `${m.target} = ${m.expr} is an expression`;
      if (!plain) flag('CP01', v.id, `ClickPipes maps source fields to columns by name; ${why}.`, `mappings.${m.id}.expr`, 'error');
      else fieldMappings.push({ sourceField: expr, destinationField: m.target });
    }
    const body: ClickPipeBody = {
      name: `${k.name} → ${t.database}.${t.name}`,
      source: { kafka: source(k, group, opts, flag) },
      destination: destination(t, opts.managedTable ?? true, flag),
      fieldMappings,
    };
    pipes.push({ viewId: v.id, kafkaId: k.id, targetId: t.id, body });
  }
  return { pipes, issues: dedupe(issues) };
}

function dedupe(list: ExportIssue[]): ExportIssue[] {
  const seen = new Set<string>();
  return list.filter((d) => {
    const key = `${d.code}|${d.entityId}|${d.field ?? ''}|${d.message}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}
