// The Kafka engine settings of ClickHouse 26.7 with the ranges it enforces at CREATE
// (see docs/clickhouse.md §a.3). `default` is the value used when the setting is
// absent; a setting equal to it is never written. The specs live in kafkaSettingSpecs.ts.
import { KAFKA_SETTING_SPECS } from './kafkaSettingSpecs';

export type SettingType = 'uint' | 'bool' | 'enum' | 'string' | 'int';

/** Where a setting is shown in the form. */
export type KafkaSettingGroup = 'basic' | 'performance' | 'errors' | 'security';

export const KAFKA_SETTING_GROUPS: readonly { id: KafkaSettingGroup; label: string }[] = [
  { id: 'basic', label: 'Basic' },
  { id: 'performance', label: 'Performance' },
  { id: 'errors', label: 'Error handling' },
  { id: 'security', label: 'Security' },
];

export interface SettingSpec {
  name: string;
  /** Form group; every spec of KAFKA_SETTINGS has one. */
  group?: KafkaSettingGroup;
  type: SettingType;
  default: string;
  min?: number;
  max?: number;
  /** The only accepted values (type 'enum'). */
  options?: readonly string[];
  /** Usual values of a free string setting that ClickHouse does not check at CREATE. */
  suggestions?: readonly string[];
  placeholder?: string;
  /** Our own one-line help. */
  help: string;
  /** A value ClickHouse rejects although the docs call it the default (written explicitly). */
  rejectsExplicitDefault?: boolean;
  /** Credentials: better kept in a named collection than in the DDL. */
  secret?: boolean;
  /** Still accepted but meaningless; hidden from the form unless the table sets it. */
  obsolete?: boolean;
}

/** Every optional Kafka engine setting, grouped (the required four are the table's connection fields). */
export const KAFKA_SETTINGS: readonly SettingSpec[] = KAFKA_SETTING_SPECS;

// The settings users reach for most, in the order the SQL lists them before the rest.
const COMMON_NAMES = [
  'kafka_num_consumers',
  'kafka_max_block_size',
  'kafka_skip_broken_messages',
  'kafka_handle_error_mode',
  'kafka_thread_per_consumer',
  'kafka_poll_max_batch_size',
  'kafka_flush_interval_ms',
];

const BY_NAME: ReadonlyMap<string, SettingSpec> = new Map(KAFKA_SETTINGS.map((s) => [s.name, s]));

export const KAFKA_COMMON_SETTINGS: readonly SettingSpec[] = COMMON_NAMES.map((n) => BY_NAME.get(n)!);

export function kafkaSettingsOfGroup(group: KafkaSettingGroup): SettingSpec[] {
  return KAFKA_SETTINGS.filter((s) => s.group === group);
}

export function findKafkaSetting(name: string): SettingSpec | undefined {
  return BY_NAME.get(name);
}

/** Normalises a value for comparison with the default: booleans as 0/1, trimmed. */
export function normalizeSettingValue(spec: SettingSpec | undefined, value: string): string {
  const v = value.trim();
  if (spec?.type === 'bool') return v === 'true' || v === '1' ? '1' : v === 'false' || v === '0' ? '0' : v;
  if (spec?.type === 'enum') return v.replace(/^'(.*)'$/, '$1');
  return v;
}

/** True when the value equals ClickHouse's default, so the setting must be omitted. */
export function isDefaultSetting(name: string, value: string): boolean {
  const spec = findKafkaSetting(name);
  if (!spec) return false;
  return value.trim() === '' || normalizeSettingValue(spec, value) === spec.default;
}
