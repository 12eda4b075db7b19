// The Kafka engine settings users reach for most, with the ranges ClickHouse 26.7
// enforces at CREATE (see docs/clickhouse.md §a.3). `default` is the value used
// when the setting is absent; a setting equal to it is never written.
export type SettingType = 'uint' | 'bool' | 'enum' | 'string' | 'int';

export interface SettingSpec {
  name: string;
  type: SettingType;
  default: string;
  min?: number;
  max?: number;
  options?: readonly string[];
  /** Our own one-line help. */
  help: string;
  /** A value ClickHouse rejects although the docs call it the default (written explicitly). */
  rejectsExplicitDefault?: boolean;
}

export const KAFKA_COMMON_SETTINGS: readonly SettingSpec[] = [
  {
    name: 'kafka_num_consumers',
    type: 'uint',
    default: '1',
    min: 1,
    max: 16,
    help: 'Parallel consumers for this table; keep it at or below the topic’s partition count and the server’s cores.',
  },
  {
    name: 'kafka_max_block_size',
    type: 'uint',
    default: '0',
    min: 1,
    max: 1_000_000_000,
    help: 'Rows collected before a block is flushed to the views (unset: max_insert_block_size).',
    rejectsExplicitDefault: true,
  },
  {
    name: 'kafka_skip_broken_messages',
    type: 'uint',
    default: '0',
    min: 0,
    max: 1_000_000_000,
    help: 'Unparseable messages tolerated per block before the block fails.',
  },
  {
    name: 'kafka_handle_error_mode',
    type: 'enum',
    default: 'default',
    options: ['default', 'stream', 'dead_letter_queue'],
    help: 'stream exposes _raw_message and _error to views instead of failing the block.',
  },
  {
    name: 'kafka_thread_per_consumer',
    type: 'bool',
    default: '0',
    help: 'Give each consumer its own thread and flush, for parallel inserts.',
  },
  {
    name: 'kafka_poll_max_batch_size',
    type: 'uint',
    default: '0',
    min: 1,
    max: 1_000_000_000,
    help: 'Most messages taken in one poll (unset: max_block_size).',
    rejectsExplicitDefault: true,
  },
  {
    name: 'kafka_flush_interval_ms',
    type: 'uint',
    default: '0',
    min: 0,
    max: 3_600_000,
    help: 'Milliseconds before a partial block is flushed (unset: stream_flush_interval_ms, 7500).',
  },
];

export function findKafkaSetting(name: string): SettingSpec | undefined {
  return KAFKA_COMMON_SETTINGS.find((s) => s.name === name);
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
