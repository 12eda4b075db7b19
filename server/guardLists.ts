// What the local endpoint lets through. Names come from ClickHouse 26.7's own
// lists (system.table_functions, system.table_engines via the shared lexicon);
// the guard allows only ALLOWED_* and refuses everything else, so a table
// function or engine added in a later release is refused until listed here.

/** Table functions that read nothing outside the query text. */
export const ALLOWED_TABLE_FUNCTIONS: ReadonlySet<string> = new Set(
  ['format', 'numbers', 'numbers_mt', 'zeros', 'zeros_mt', 'null', 'values', 'generaterandom', 'generateseries', 'generate_series', 'primes', 'view'],
);

/**
 * Every table function ClickHouse 26.7 knows, so a call such as `file(…)` is
 * refused wherever it appears (some also exist as scalar functions that read
 * files or hosts). `disk` is not a table function but builds a disk that can
 * reach S3 inside SETTINGS.
 */
export const KNOWN_TABLE_FUNCTIONS: ReadonlySet<string> = new Set(
  [
    'SQLStandardValues', 'arrowstream', 'azureBlobStorage', 'azureBlobStorageCluster', 'cluster', 'clusterAllReplicas',
    'cosn', 'deltaLake', 'deltaLakeAzure', 'deltaLakeAzureCluster', 'deltaLakeCluster', 'deltaLakeLocal', 'deltaLakeS3',
    'deltaLakeS3Cluster', 'dictionary', 'eval', 'executable', 'file', 'fileCluster', 'filesystem', 'format', 'fuzzJSON',
    'fuzzQuery', 'gcs', 'generateRandom', 'generateSeries', 'generate_series', 'hdfs', 'hdfsCluster', 'hudi', 'hudiCluster',
    'iceberg', 'icebergAzure', 'icebergAzureCluster', 'icebergCluster', 'icebergHDFS', 'icebergHDFSCluster', 'icebergLocal',
    'icebergLocalCluster', 'icebergS3', 'icebergS3Cluster', 'input', 'jdbc', 'loop', 'merge', 'mergeTreeAnalyzeIndexes',
    'mergeTreeAnalyzeIndexesUUID', 'mergeTreeIndex', 'mergeTreeProjection', 'mergeTreeTextIndex', 'mongodb', 'mysql', 'null',
    'numbers', 'numbers_mt', 'odbc', 'oss', 'paimon', 'paimonAzure', 'paimonAzureCluster', 'paimonCluster', 'paimonHDFS',
    'paimonHDFSCluster', 'paimonLocal', 'paimonS3', 'paimonS3Cluster', 'postgresql', 'primes', 'prometheusQuery',
    'prometheusQueryRange', 'redis', 'remote', 'remoteSecure', 's3', 's3Cluster', 'sqlite', 'timeSeriesData',
    'timeSeriesMetrics', 'timeSeriesSamples', 'timeSeriesSelector', 'timeSeriesTags', 'url', 'urlCluster', 'values', 'view',
    'viewExplain', 'viewIfPermitted', 'ytsaurus', 'zeros', 'zeros_mt', 'disk',
  ].map((n) => n.toLowerCase()),
);

const MERGE_TREE = ['', 'Replacing', 'Summing', 'Aggregating', 'Collapsing', 'VersionedCollapsing', 'Coalescing', 'Graphite'].map(
  (f) => f + 'MergeTree',
);

/**
 * Table and database engines a design uses. Kafka is checked further (loopback
 * brokers only). Engines that keep data in memory (Memory, Set, Join) are left
 * out: what they hold is not bounded by the scratch namespace's storage cap.
 */
export const ALLOWED_ENGINES: ReadonlySet<string> = new Set([
  ...MERGE_TREE,
  ...MERGE_TREE.map((f) => 'Replicated' + f),
  'Null', 'Kafka', 'Atomic', 'Replicated',
]);

/** Statements the endpoint runs; everything else (SYSTEM, ATTACH, SET, USE, KILL, GRANT, …) is refused. */
export const ALLOWED_STATEMENTS: ReadonlySet<string> = new Set(['select', 'with', 'describe', 'desc', 'create', 'drop', 'insert', 'exists', 'explain', 'show']);

/** Objects CREATE and DROP may name. */
export const ALLOWED_OBJECTS: ReadonlySet<string> = new Set(['table', 'database', 'view', 'materialized']);

/** Settings that hold the endpoint's limits: a query may not mention them. */
export const LIMIT_SETTINGS: ReadonlySet<string> = new Set([
  'max_execution_time', 'max_memory_usage', 'max_memory_usage_for_user', 'max_result_rows', 'max_result_bytes',
  'result_overflow_mode', 'timeout_overflow_mode', 'readonly', 'max_rows_to_read', 'max_bytes_to_read',
  'read_overflow_mode', 'max_estimated_execution_time', 'timeout_before_checking_execution_speed',
]);

/**
 * Scalar functions that reach outside the engine and that ClickHouse's grants do
 * not cover (clickhouse-local lets `file` read any path). Never called; named
 * bare only as a column: ClickHouse also calls a function it is given by bare
 * name, in `APPLY file` and as a higher-order argument (`arrayMap(file, …)`),
 * without the parentheses a call shows, so those places are refused.
 */
export const FILE_FUNCTIONS: ReadonlySet<string> = new Set(['file', 'catboostevaluate']);

/** Words that make a query read or write local files regardless of table functions. */
export const FILE_WORDS: ReadonlySet<string> = new Set(['outfile', 'infile']);

/** Databases any query may read from (never write). */
export const READABLE_DATABASES: ReadonlySet<string> = new Set(['system', 'information_schema']);

/** Every database a query writes or reads its own tables from starts with this. */
export const SCRATCH_PREFIX = 'chflow_scratch_';
