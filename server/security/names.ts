// ClickHouse 26.7's own lists of table functions, table engines and database
// engines (system.table_functions, system.table_engines, system.database_engines),
// copied from ../shared/clickhouse/clickhouse-lexicon.json so the suite runs without
// ../shared. names.test.ts compares this copy with the lexicon and with the engine.

export const TABLE_FUNCTIONS: readonly string[] = [
  'SQLStandardValues', 'arrowstream', 'azureBlobStorage', 'azureBlobStorageCluster', 'cluster', 'clusterAllReplicas',
  'cosn', 'deltaLake', 'deltaLakeAzure', 'deltaLakeAzureCluster', 'deltaLakeCluster', 'deltaLakeLocal',
  'deltaLakeS3', 'deltaLakeS3Cluster', 'dictionary', 'eval', 'executable', 'file', 'fileCluster', 'filesystem',
  'format', 'fuzzJSON', 'fuzzQuery', 'gcs', 'generateRandom', 'generateSeries', 'generate_series', 'hdfs',
  'hdfsCluster', 'hudi', 'hudiCluster', 'iceberg', 'icebergAzure', 'icebergAzureCluster', 'icebergCluster',
  'icebergHDFS', 'icebergHDFSCluster', 'icebergLocal', 'icebergLocalCluster', 'icebergS3', 'icebergS3Cluster',
  'input', 'jdbc', 'loop', 'merge', 'mergeTreeAnalyzeIndexes', 'mergeTreeAnalyzeIndexesUUID', 'mergeTreeIndex',
  'mergeTreeProjection', 'mergeTreeTextIndex', 'mongodb', 'mysql', 'null', 'numbers', 'numbers_mt', 'odbc', 'oss',
  'paimon', 'paimonAzure', 'paimonAzureCluster', 'paimonCluster', 'paimonHDFS', 'paimonHDFSCluster', 'paimonLocal',
  'paimonS3', 'paimonS3Cluster', 'postgresql', 'primes', 'prometheusQuery', 'prometheusQueryRange', 'redis',
  'remote', 'remoteSecure', 's3', 's3Cluster', 'sqlite', 'timeSeriesData', 'timeSeriesMetrics', 'timeSeriesSamples',
  'timeSeriesSelector', 'timeSeriesTags', 'url', 'urlCluster', 'values', 'view', 'viewExplain', 'viewIfPermitted',
  'ytsaurus', 'zeros', 'zeros_mt',
];

export const TABLE_ENGINES: readonly string[] = [
  'AggregatingMergeTree', 'Alias', 'ArrowStream', 'AzureBlobStorage', 'AzureQueue', 'Buffer', 'COSN',
  'CoalescingMergeTree', 'CollapsingMergeTree', 'DeltaLake', 'DeltaLakeAzure', 'DeltaLakeLocal', 'DeltaLakeS3',
  'Dictionary', 'Distributed', 'EmbeddedRocksDB', 'Executable', 'ExecutablePool', 'File', 'FileLog', 'FuzzJSON',
  'FuzzQuery', 'GCS', 'GenerateRandom', 'GraphiteMergeTree', 'HDFS', 'Hudi', 'Iceberg', 'IcebergAzure',
  'IcebergHDFS', 'IcebergLocal', 'IcebergS3', 'JDBC', 'Join', 'Kafka', 'KeeperMap', 'Log', 'Loop',
  'MaterializedPostgreSQL', 'MaterializedView', 'Memory', 'Merge', 'MergeTree', 'MongoDB', 'MySQL', 'Null', 'ODBC',
  'OSS', 'Paimon', 'PaimonAzure', 'PaimonHDFS', 'PaimonLocal', 'PaimonS3', 'PostgreSQL', 'QueryRunner', 'Redis',
  'Remote', 'RemoteSecure', 'ReplacingMergeTree', 'ReplicatedAggregatingMergeTree', 'ReplicatedCoalescingMergeTree',
  'ReplicatedCollapsingMergeTree', 'ReplicatedGraphiteMergeTree', 'ReplicatedMergeTree',
  'ReplicatedReplacingMergeTree', 'ReplicatedSummingMergeTree', 'ReplicatedVersionedCollapsingMergeTree', 'S3',
  'S3Queue', 'SQLite', 'Set', 'StripeLog', 'SummingMergeTree', 'TimeSeries', 'TinyLog', 'URL',
  'VersionedCollapsingMergeTree', 'View', 'WindowView', 'YTsaurus',
];

export const DATABASE_ENGINES: readonly string[] = [
  'Atomic', 'Backup', 'DataLakeCatalog', 'Dictionary', 'Filesystem', 'HDFS', 'MaterializedPostgreSQL', 'Memory',
  'MySQL', 'Ordinary', 'PostgreSQL', 'Replicated', 'S3', 'SQLite',
];
