// The pipeline document: plain immutable data, tagged by `kind`.
// Everything the user designs lives here; the UI only renders and edits it.

export type NodeKind = 'kafkaTopic' | 'kafkaTable' | 'materializedView' | 'mergeTree';

export const NODE_KINDS: readonly NodeKind[] = ['kafkaTopic', 'kafkaTable', 'materializedView', 'mergeTree'];

export interface Position {
  x: number;
  y: number;
}

/** Column default kinds as ClickHouse spells them; '' means a plain column. */
export type DefaultKind = '' | 'DEFAULT' | 'MATERIALIZED' | 'ALIAS' | 'EPHEMERAL';

export interface Column {
  id: string;
  name: string;
  /** A ClickHouse type expression in canonical spelling, e.g. `LowCardinality(Nullable(String))`. */
  type: string;
  defaultKind: DefaultKind;
  defaultExpr: string;
  /** Codec list without the CODEC(...) wrapper, e.g. `Delta, ZSTD(3)`. */
  codec: string;
  comment: string;
  /** Column TTL expression (MergeTree only), e.g. `ts + INTERVAL 1 DAY`; absent or '' = none. */
  ttl?: string;
}

/** A setting written as `name = value`; `value` is the SQL literal text or a raw number/bool. */
export interface SettingEntry {
  name: string;
  value: string;
}

interface EntityBase {
  id: string;
  name: string;
  database: string;
  comment: string;
  position: Position;
}

export interface KafkaTopic extends EntityBase {
  kind: 'kafkaTopic';
  brokers: string;
  topic: string;
  format: string;
  consumerGroup: string;
  /** Sample messages in the topic's format, one per line (used to infer columns and preview views); '' = none. */
  samples?: string;
}

/**
 * Connection settings live on the Kafka table itself so that a table without a
 * topic node (e.g. a table provided by an integration) still generates; a
 * linked topic overwrites them (see operations.syncFromTopic).
 */
export interface KafkaTable extends EntityBase {
  kind: 'kafkaTable';
  columns: Column[];
  brokers: string;
  topic: string;
  format: string;
  consumerGroup: string;
  /** Optional engine settings by name; absent = ClickHouse's default (never written). */
  settings: Record<string, string>;
  /**
   * Name of a server-side named collection holding the connection settings; absent or ''
   * = none. When set, `ENGINE = Kafka(<collection>)` replaces brokers/topic/group/format
   * (and credentials) in the DDL; the table's other settings still go in SETTINGS.
   */
  namedCollection?: string;
}

export interface Mapping {
  id: string;
  /** Target column name this row writes. */
  target: string;
  /** ClickHouse expression over the source's columns. */
  expr: string;
}

export interface MaterializedView extends EntityBase {
  kind: 'materializedView';
  mappings: Mapping[];
  where: string;
  groupBy: string;
  /**
   * A query the mapping grid cannot hold (joins, subqueries, UNION, arrayJoin, window
   * functions), kept as imported and written after AS verbatim; the grid, WHERE and
   * GROUP BY are then unused. Absent = the query is built from the grid; '' = SQL mode with an
   * empty query (an error on the field; the view is not written).
   */
  rawSelect?: string;
}

export type MergeTreeFamily =
  | 'MergeTree'
  | 'ReplacingMergeTree'
  | 'SummingMergeTree'
  | 'AggregatingMergeTree'
  | 'CollapsingMergeTree'
  | 'VersionedCollapsingMergeTree'
  | 'CoalescingMergeTree';

export interface EngineSpec {
  family: MergeTreeFamily;
  replicated: boolean;
  /** Keeper path and replica name; both empty = server defaults (macros). */
  zooPath: string;
  replicaName: string;
  /** Family parameters by name: ver, isDeleted, sign, version, columns (comma-separated). */
  params: Record<string, string>;
}

/** `INDEX name expr TYPE type GRANULARITY granularity` inside a MergeTree column list. */
export interface DataSkippingIndex {
  id: string;
  name: string;
  /** Indexed expression, e.g. `user_id` or `lower(name)`. */
  expr: string;
  /** Index type with its arguments, e.g. `minmax`, `set(100)`, `bloom_filter(0.01)`. */
  type: string;
  /** Granules per index block as typed; '' = ClickHouse's default (1). */
  granularity: string;
}

/**
 * A table element the model keeps as written: its name and the text after it.
 * ClickHouse checks the text; chflow only places it in the column list.
 */
export interface TablePart {
  id: string;
  name: string;
  /** Everything after the name, as written (see MergeTreeTable.projections / constraints). */
  definition: string;
}

export interface MergeTreeTable extends EntityBase {
  kind: 'mergeTree';
  columns: Column[];
  engine: EngineSpec;
  /** Key expressions as typed: a column list `a, b` or any expression. Empty ORDER BY emits `tuple()`. */
  orderBy: string;
  partitionBy: string;
  primaryKey: string;
  sampleBy: string;
  ttl: string;
  settings: SettingEntry[];
  /** Data skipping indexes; absent = none. */
  indexes?: DataSkippingIndex[];
  /** `PROJECTION name (SELECT …) [WITH SETTINGS (…)]` or `PROJECTION name INDEX expr TYPE type`: the definition is the text after the name. Absent = none. */
  projections?: TablePart[];
  /** `CONSTRAINT name CHECK expr` or `… ASSUME expr`: the definition is `CHECK expr` / `ASSUME expr`. Absent = none. */
  constraints?: TablePart[];
}

export type Entity = KafkaTopic | KafkaTable | MaterializedView | MergeTreeTable;

export type EntityOf<K extends NodeKind> = Extract<Entity, { kind: K }>;

export interface Link {
  id: string;
  source: string;
  target: string;
}

export interface PipelineOptions {
  /** Cluster name for ON CLUSTER; empty = single server. */
  cluster: string;
  /** Emit CREATE DATABASE IF NOT EXISTS for every database other than `default`. */
  createDatabases: boolean;
  /**
   * The design's databases use the Replicated database engine (as on Aiven): created
   * databases get `ENGINE = Replicated(…)`, and Replicated tables may omit their Keeper
   * path and replica name. Absent = false.
   */
  replicatedDatabases?: boolean;
  /** The target server sets default_replica_path (without {uuid}), so Replicated tables may omit their arguments. Absent = false. */
  serverDefaultReplicaPath?: boolean;
}

export interface Pipeline {
  entities: Entity[];
  links: Link[];
  options: PipelineOptions;
}

export const DEFAULT_OPTIONS: PipelineOptions = { cluster: '', createDatabases: true };

export const emptyPipeline = (): Pipeline => ({ entities: [], links: [], options: { ...DEFAULT_OPTIONS } });
