// Setting pools for random designs: Kafka engine and format settings, MergeTree
// table settings, each with values ClickHouse accepts and a few it refuses.
import fc from 'fast-check';
import { mostly } from './pick';

// Each setting with good values first and one bad value last (drawn rarely).
const KAFKA_SETTINGS: Record<string, readonly string[]> = {
  kafka_num_consumers: ['1', '2', '4', '16', '17'],
  kafka_max_block_size: ['65536', '1', '0'],
  // dead_letter_queue depends on the server defining system.dead_letter_queue (a warning), so it is not drawn.
  kafka_handle_error_mode: ['default', 'stream', 'skip'],
  kafka_thread_per_consumer: ['0', '1', 'maybe'],
  kafka_skip_broken_messages: ['0', '10', '-1'],
  kafka_poll_timeout_ms: ['500', '0', '-1'],
  kafka_poll_max_batch_size: ['100', '65536', '0'],
  kafka_schema_registry_skip_bytes: ['0', '255', '256'],
  kafka_client_id: ['ch', "it's", ''],
  kafka_commit_every_batch: ['0', '1', '2'],
  kafka_commit_on_select: ['0', 'true', 'x'],
  kafka_max_rows_per_message: ['1', '100', '0'],
  kafka_compression_codec: ['gzip', 'zstd', 'none', 'nope'],
  kafka_compression_level: ['-1', '1', '12', 'high'],
  kafka_consumers_pool_ttl_ms: ['60000', '0', '-1'],
  kafka_security_protocol: ['plaintext', 'SASL_SSL', 'ssl', 'nope'],
  kafka_sasl_mechanism: ['PLAIN', 'SCRAM-SHA-256', 'nope'],
  kafka_map_virtual_columns_on_write: ['0', '1', '2'],
  input_format_skip_unknown_fields: ['1', '0', 'x'],
  input_format_allow_errors_num: ['0', '10', '-1'],
  input_format_null_as_default: ['1', '0', 'yes please'],
  format_csv_delimiter: [';', '|', 'ab'],
  date_time_input_format: ['best_effort', 'basic', 'nope'],
  kafka_flush_interval_ms: ['7500', '100', '-5'],
};
const ODD_SETTINGS: Record<string, string> = { kafka_topics: 'x', index_granularity: '8192', max_threads: '2', kafka_format: 'CSV', kafka_disable_num_consumers_limit: '1', Kafka_num_consumers: '1' };

function settingValue(name: string): fc.Arbitrary<string> {
  const values = KAFKA_SETTINGS[name]!;
  return mostly(fc.constantFrom(...values.slice(0, -1)), fc.constant(values[values.length - 1]!), 2);
}

export const kafkaSettingsArb: fc.Arbitrary<Record<string, string>> = fc
  .tuple(fc.subarray(Object.keys(KAFKA_SETTINGS), { maxLength: 3 }), mostly(fc.constant<string[]>([]), fc.subarray(Object.keys(ODD_SETTINGS), { minLength: 1, maxLength: 1 })))
  .chain(([names, odd]) =>
    fc.tuple(...names.map(settingValue)).map((values) => ({ ...Object.fromEntries(names.map((n, i) => [n, values[i]!])), ...Object.fromEntries(odd.map((n) => [n, ODD_SETTINGS[n]!])) })),
  );

type Setting = { name: string; value: string };
export const TABLE_SETTINGS: Setting[] = [
  { name: 'index_granularity', value: '8192' },
  { name: 'allow_nullable_key', value: '1' },
  { name: 'index_granularity_bytes', value: '0' },
  { name: 'min_bytes_for_wide_part', value: '0' },
  { name: 'ttl_only_drop_parts', value: '1' },
  { name: 'merge_with_ttl_timeout', value: '3600' },
  { name: 'storage_policy', value: "'default'" },
  { name: 'allow_nullable_key', value: 'true' },
];
// Storage policies other than 'default' depend on the server's configuration, so none is drawn here.
export const ODD_TABLE_SETTINGS: Setting[] = [
  { name: 'index_granulariti', value: '1' },
  { name: 'index_granularity', value: '0' },
  { name: 'index_granularity', value: '1024' },
  { name: 'ttl_only_drop_parts', value: '2' },
  { name: 'merge_with_ttl_timeout', value: "'soon'" },
  { name: 'storage_policy', value: '1' },
  { name: 'max_threads', value: '2' },
  { name: 'ttl_only_drop_parts', value: "'x'" },
  { name: 'allow_nullable_key', value: '0' },
];
