// Kafka engine SETTINGS: known names only, values of the right type and range.
// ClickHouse itself rejects some bad values at CREATE and silently keeps others
// until consumption fails (docs/clickhouse.md §a.3, §a.4).
import { findKafkaSetting, normalizeSettingValue, type SettingSpec } from '../../clickhouse/kafkaSettings';
import lexicon from '../../clickhouse/lexicon.json';
import type { KafkaTable } from '../../model/types';
import { closestName } from '../../types/lexicon';
import { error, warning, type Emit } from './diag';

interface LexSetting {
  name: string;
  type: string;
}

const ENGINE: ReadonlyMap<string, LexSetting> = new Map(lexicon.kafkaSettings.map((s) => [s.name, s]));
const FORMAT: ReadonlySet<string> = new Set(lexicon.formatSettings.map((s) => s.name));
const FORMAT_TYPES: ReadonlyMap<string, string> = new Map(lexicon.formatSettings.map((s) => [s.name, s.type]));
const ALL_NAMES: readonly string[] = [...ENGINE.keys(), ...FORMAT];

// Set through the table's own fields; a copy in SETTINGS would be written twice.
const FROM_FIELDS: Record<string, string> = {
  kafka_broker_list: 'Brokers',
  kafka_topic_list: 'Topic',
  kafka_group_name: 'Consumer group',
  kafka_format: 'Format',
};

// Accepted in the clause but applied to the CREATE statement only, then dropped.
const QUERY_LEVEL = new Set(['kafka_max_wait_ms', 'kafka_disable_num_consumers_limit', 'max_threads', 'stream_like_engine_allow_direct_select']);

export function validateKafkaSettings(t: KafkaTable, emit: Emit): void {
  for (const [name, value] of Object.entries(t.settings)) {
    const field = `setting.${name}`;
    if (FROM_FIELDS[name]) {
      emit(warning(t.id, 'kafka.setting.fromField', `${name} comes from the ${FROM_FIELDS[name]} field; remove it from the settings.`, field));
      continue;
    }
    if (QUERY_LEVEL.has(name)) {
      emit(warning(t.id, 'kafka.setting.queryLevel', `${name} is a query setting: ClickHouse applies it to the CREATE statement only and does not keep it with the table. Remove it.`, field));
      continue;
    }
    const lex = ENGINE.get(name);
    if (!lex && !FORMAT.has(name)) {
      const hint = closestName(name, ALL_NAMES);
      emit(error(t.id, 'kafka.setting.unknown', hint
        ? `Unknown Kafka setting ${name}; did you mean ${hint}? (Setting names are case-sensitive.)`
        : `Unknown Kafka setting ${name}; the Kafka engine only accepts kafka_* engine settings and format settings. Check the spelling or remove it.`, field));
      continue;
    }
    const formatType = FORMAT_TYPES.get(name);
    const spec = findKafkaSetting(name) ?? (lex ? specFromLexicon(lex) : formatType ? formatSpec(name, formatType) : undefined);
    // kafka_disable_num_consumers_limit = 1 lifts the core-count cap on consumers (K33).
    const unlimited = name === 'kafka_num_consumers' && /^'?(1|true)'?$/.test((t.settings['kafka_disable_num_consumers_limit'] ?? '').trim());
    const problem = spec ? valueProblem(unlimited ? { ...spec, max: undefined } : spec, value) : undefined;
    if (problem) emit(error(t.id, 'kafka.setting.range', `${name}: ${problem}`, field));
  }
  crossChecks(t, emit);
}

// Format settings whose values ClickHouse checks at CREATE (measured: date_time_input_format = 'nope' is refused).
function formatSpec(name: string, type: string): SettingSpec | undefined {
  if (type === 'DateTimeInputFormat') return { name, type: 'enum', default: '', help: '', options: ['basic', 'best_effort', 'best_effort_us'] };
  return specFromLexicon({ name, type });
}

function specFromLexicon(s: LexSetting): SettingSpec | undefined {
  const base = { name: s.name, default: '', help: '' };
  if (s.type === 'UInt64' || s.type === 'Milliseconds') return { ...base, type: 'uint', min: 0 };
  if (s.type === 'Int64') return { ...base, type: 'int' };
  if (s.type === 'Bool') return { ...base, type: 'bool' };
  return undefined;
}

/** Why ClickHouse would refuse the value, or undefined. A blank value means "not set". */
export function valueProblem(spec: SettingSpec, raw: string): string | undefined {
  const v = raw.trim();
  if (v === '') return undefined;
  if (spec.type === 'uint' || spec.type === 'int') {
    if (!/^-?\d+$/.test(v)) return `${v} is not a whole number.`;
    const n = Number(v);
    if (spec.type === 'uint' && n < 0) return `must not be negative (got ${v}).`;
    if (spec.min !== undefined && n < spec.min)
      return spec.rejectsExplicitDefault
        ? `${v} is rejected when written explicitly; the smallest accepted value is ${spec.min}. Remove the setting to get the default.`
        : `must be at least ${spec.min} (got ${v}).`;
    if (spec.name === 'kafka_num_consumers' && spec.max !== undefined && n > spec.max)
      return `${v} consumers is more than ClickHouse allows (at most the server's physical cores, ${spec.max} here); it refuses the table. Use at most ${spec.max} and no more than the topic's partitions.`;
    if (spec.max !== undefined && n > spec.max) return `must be at most ${spec.max} (got ${v}).`;
    return undefined;
  }
  if (spec.type === 'bool') {
    const n = normalizeSettingValue(spec, v.replace(/^'(.*)'$/, '$1'));
    return n === '0' || n === '1' ? undefined : `must be 0 or 1 (true/false), not ${v}.`;
  }
  if (spec.type === 'enum' && spec.options) {
    const n = normalizeSettingValue(spec, v);
    return spec.options.includes(n) ? undefined : `must be one of ${spec.options.join(', ')} (got ${v}).`;
  }
  return undefined;
}

function crossChecks(t: KafkaTable, emit: Emit): void {
  const s = t.settings;
  const mode = (s['kafka_handle_error_mode'] ?? '').replace(/'/g, '').trim();
  if (mode === 'dead_letter_queue')
    emit(warning(t.id, 'kafka.setting.deadLetterQueue', 'dead_letter_queue mode needs the server to define system.dead_letter_queue; creation fails otherwise. Use stream mode if unsure.', 'setting.kafka_handle_error_mode'));
  const keeper = (s['kafka_keeper_path'] ?? '').trim() !== '';
  const replica = (s['kafka_replica_name'] ?? '').trim() !== '';
  if (keeper !== replica)
    emit(error(t.id, 'kafka.setting.keeperPair', 'kafka_keeper_path and kafka_replica_name must be set together (or neither).', keeper ? 'setting.kafka_keeper_path' : 'setting.kafka_replica_name'));
  else if (keeper)
    emit(error(t.id, 'kafka.setting.keeperExperimental', 'Keeping Kafka offsets in Keeper is experimental: ClickHouse refuses the table unless the server enables allow_experimental_kafka_offsets_storage_in_keeper (Aiven never does). Remove kafka_keeper_path and kafka_replica_name to keep offsets in Kafka.', 'setting.kafka_keeper_path'));
  // Char settings (format_csv_delimiter, …) take exactly one character (SIZE_OF_FIXED_STRING_DOESNT_MATCH).
  for (const [name, raw] of Object.entries(s)) {
    if ((FORMAT_TYPES.get(name) ?? ENGINE.get(name)?.type) !== 'Char' || raw.trim() === '') continue;
    const v = raw.trim().replace(/^'(.*)'$/s, '$1').replace(/\\(.)/g, '$1');
    if ([...v].length !== 1)
      emit(error(t.id, 'kafka.setting.range', `${name} takes exactly one character (got ${raw.trim()}); ClickHouse refuses the table.`, `setting.${name}`));
  }
  // The consumer pool keeps idle consumers at least one reschedule interval (measured: 0 < 500 is refused).
  const ttl = wholeNumber(s['kafka_consumers_pool_ttl_ms'], 60000);
  const reschedule = wholeNumber(s['kafka_consumer_reschedule_ms'], 500);
  if (ttl !== undefined && reschedule !== undefined && ttl < reschedule)
    emit(error(t.id, 'kafka.setting.range', `kafka_consumers_pool_ttl_ms (${ttl}) cannot be less than kafka_consumer_reschedule_ms (${reschedule}); ClickHouse refuses the table. Raise the pool TTL or remove it (default 60000).`, 'setting.kafka_consumers_pool_ttl_ms'));
  const skip = s['kafka_schema_registry_skip_bytes'];
  if (skip !== undefined && findKafkaSetting('kafka_schema_registry_skip_bytes')?.max === undefined && /^\d+$/.test(skip.trim()) && Number(skip) > 255)
    emit(error(t.id, 'kafka.setting.range', `kafka_schema_registry_skip_bytes must be between 0 and 255 (got ${skip.trim()}).`, 'setting.kafka_schema_registry_skip_bytes'));
}

/** A setting's whole-number value, its default when unset, undefined when it is not a number. */
function wholeNumber(raw: string | undefined, fallback: number): number | undefined {
  const v = (raw ?? '').trim().replace(/^'(.*)'$/, '$1');
  if (v === '') return fallback;
  return /^\d+$/.test(v) ? Number(v) : undefined;
}
