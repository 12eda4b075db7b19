// Which settings a query may name, in a SETTINGS clause of any kind (a query's,
// a MergeTree table's, a Kafka table's format settings). An allow-list: a setting
// ClickHouse adds later is refused until it is listed. Names come from ClickHouse
// 26.7's own lists (src/core/clickhouse/lexicon.json, read from a real server).
// A Kafka table's format settings are table settings, which ClickHouse's settings
// constraints do not cover, so the pinned path and URL settings are refused here
// as well as fixed in the engine's profile.
import lexicon from '../src/core/clickhouse/lexicon.json' with { type: 'json' };
import { PINNED_SETTINGS } from './engineConfig.ts';

/** MergeTree settings that name a disk, a storage policy or a Keeper path. */
const MERGE_TREE_DENIED = new Set(['disk', 'table_disk', 'storage_policy', 'remote_fs_zero_copy_zookeeper_path']);

/** Query settings a design or the app needs beyond the format settings. */
const QUERY_SETTINGS = [
  'schema_inference_make_columns_nullable', 'schema_inference_make_json_columns_nullable', 'allow_suspicious_low_cardinality_types',
  'allow_suspicious_fixed_string_types', 'allow_suspicious_codecs', 'allow_suspicious_indices', 'allow_suspicious_ttl_expressions',
  'allow_suspicious_variant_types', 'allow_suspicious_primary_key', 'allow_experimental_time_time64_type', 'allow_experimental_qbit_type',
  'enable_json_type', 'enable_variant_type', 'enable_dynamic_type', 'allow_nullable_key', 'join_use_nulls', 'flatten_nested',
  'data_type_default_nullable', 'max_threads', 'max_block_size', 'output_format_json_quote_64bit_integers', 'date_time_output_format',
  'cast_keep_nullable', 'insert_null_as_default',
];

const pinned = new Set(PINNED_SETTINGS);
const names = (list: Array<{ name: string }>): string[] => list.map((s) => s.name);

export const ALLOWED_SETTINGS: ReadonlySet<string> = new Set(
  [
    ...names(lexicon.kafkaSettings),
    ...names(lexicon.mergeTreeSettings).filter((n) => !MERGE_TREE_DENIED.has(n)),
    ...names(lexicon.formatSettings),
    ...QUERY_SETTINGS,
  ].filter((n) => !pinned.has(n)),
);

/** Why a setting may not be named, or '' when it may. */
export function settingProblem(name: string, value: string): string {
  const n = name.toLowerCase();
  if (!ALLOWED_SETTINGS.has(n)) return `the setting ${name} is not accepted by the local engine`;
  // A format schema file name only, looked up in the engine's (empty) schema directory.
  if (n === 'kafka_schema' && (/[\\/]/.test(value) || value.includes('..'))) return 'kafka_schema must be a file name, not a path';
  return '';
}
