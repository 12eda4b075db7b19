// Every ddl-case (shared/clickhouse/ddl-cases.json) a design can express, as that
// design, with the validator outcome it must have. Cases a design cannot express
// are listed in NOT_EXPRESSIBLE with the reason; the test fails on any case in
// neither list, so a new case in the file is noticed.
import type { EngineSpec, MergeTreeFamily, Pipeline } from '../../core/model/types';
import { column as c, design, kafkaSettings, table } from './build';

export interface CaseDesign {
  build: () => Pipeline;
  /** Rejected cases: rule codes the validator must report (any severity). */
  codes?: string[];
  /** Known disagreement between validate() and ClickHouse: the case is skipped with this reason. */
  bug?: string;
  /** Rejected cases whose generated SQL ClickHouse nevertheless accepts, and why. */
  sqlAccepted?: string;
  /** Rejected cases whose generated SQL ClickHouse refuses with another message than the case's: that message, and why. */
  refusedAs?: { message: string; why: string };
}

const engine = (family: MergeTreeFamily, params: Record<string, string> = {}, replicated?: { zooPath: string; replicaName: string }): { engine: EngineSpec } => ({
  engine: { family, params, replicated: replicated !== undefined, zooPath: replicated?.zooPath ?? '', replicaName: replicated?.replicaName ?? '' },
});

const EVENTS = [c('id', 'UInt64'), c('name', 'String'), c('amount', 'Float64'), c('ts', 'DateTime')];
const kafkaQ = (patch: Record<string, unknown>, cols = [c('id', 'UInt64')]) => design((b) => b.kafka('q', cols, patch));
const typeCase = (type: string) => () => table([c('a', type)], {});

export const NOT_EXPRESSIBLE: Record<string, string> = {
  K02: 'positional Kafka engine arguments; the designer always writes SETTINGS',
  K03: 'positional Kafka engine arguments',
  K14: 'a Kafka table has no key clauses in the model',
  K16: 'the engine name is written by the generator, never typed',
  K23: 'string settings are always quoted by the generator, so a bare number cannot be produced',
  K24: 'ALTER statement', K25: 'ALTER statement', K26: 'SELECT statement', K27: 'SELECT statement',
  K34: 'named collection with an override inside Kafka(...) (DDL text form)',
  M03: 'the generator always writes ORDER BY (tuple() when empty)',
  M14: 'clause order is fixed by the generator', M17: 'deprecated MergeTree(date, key, granularity) syntax',
  M25: 'clause order is fixed by the generator (SETTINGS before COMMENT)', M27: 'clause order is fixed by the generator',
  R04: 'engine parameters are named fields; a third ReplacingMergeTree argument cannot be given',
  S02: 'summing columns are always written as one tuple', A02: 'AggregatingMergeTree has no parameters in the model',
  C03: 'engine parameters are written as identifiers, never string literals',
  G01: 'GraphiteMergeTree is not a family the designer offers',
  RP03: 'Keeper arguments are two named fields', RP05: 'Keeper path and replica are always written as string literals',
  RP06: 'the generator always writes ORDER BY',
  CL02: 'column clause order is fixed by the generator', CL03: 'column clause order is fixed by the generator',
  CL12: 'the generator backquotes the hazard word index (CL13 is the accepted form)',
  CL14: 'projections and constraints are not in the model',
  MV01: 'the generator always writes the TO form without ENGINE', MV03: 'inner-engine views (no TO) are not in the model',
  MV04: 'POPULATE', MV05: 'EMPTY', MV09: 'every view output is aliased to its target column by the generator',
  MV10: 'settings inside the view SELECT are not in the model', MV15: 'POPULATE and inner engine',
  MV16: 'SQL SECURITY', MV19: 'REFRESH', MV20: 'REFRESH', MV21: 'REFRESH', MV22: 'ON CLUSTER (chdb has no clusters)',
  MV23: 'explicit view column list', MV27: 'inner-engine view', MV24: 'ALTER statement',
  MV25: 'a view writing into a Kafka table (producer) is not a connection the designer allows', MV26: 'DETACH/ATTACH',
  RT05: 'a view writing into its own source is not a connection the designer allows', RT06: 'DROP after creation',
  RT07: 'query-time behaviour (SELECT before a merge)',
  ID02: 'the generator backquotes names that need it', ID04: 'SELECT statement', ID08: 'SELECT statement',
};

export const DESIGNS: Record<string, CaseDesign> = {
  // ---- Kafka tables
  K01: { build: () => design((b) => b.kafka('events_queue', EVENTS)) },
  K04: { build: () => kafkaQ({ format: '' }), codes: ['kafka.format.empty'], sqlAccepted: "the generator writes kafka_format = '' and ClickHouse accepts an empty format at CREATE" },
  K05: { build: () => kafkaQ({ consumerGroup: '' }), codes: ['kafka.consumerGroup.empty'], sqlAccepted: "the generator writes kafka_group_name = '', which ClickHouse accepts at CREATE" },
  K06: { build: () => kafkaSettings({ kafka_topics: 'x' }), codes: ['kafka.setting.unknown'] },
  K07: { build: () => kafkaSettings({ kafka_num_consumers: '0' }), codes: ['kafka.setting.range'] },
  K08: { build: () => kafkaSettings({ kafka_max_block_size: '0' }), codes: ['kafka.setting.range'], sqlAccepted: 'the generator omits a setting equal to its documented default (0)' },
  K09: { build: () => kafkaSettings({ kafka_handle_error_mode: 'stream' }) },
  K10: { build: () => kafkaSettings({ kafka_handle_error_mode: 'skip' }), codes: ['kafka.setting.range'] },
  K11: { build: () => kafkaSettings({ kafka_handle_error_mode: 'dead_letter_queue' }), codes: ['kafka.setting.deadLetterQueue'] },
  K12: { build: () => kafkaQ({}, [c('id', 'UInt64'), c('name', 'String', { defaultKind: 'DEFAULT', defaultExpr: "'n/a'" })]), codes: ['kafka.column.default'], sqlAccepted: 'the generator drops DEFAULT on Kafka columns' },
  K13: { build: () => kafkaQ({}, [c('id', 'UInt64'), c('id2', 'UInt64', { defaultKind: 'ALIAS', defaultExpr: 'id * 2' })]) },
  K15: { build: () => kafkaQ({}, [c('id', 'UInt64'), c('ts', 'DateTime', { ttl: 'ts + INTERVAL 1 DAY' })]), codes: ['kafka.column.ttl'], sqlAccepted: 'the generator drops TTL on Kafka columns' },
  K17: { build: () => kafkaSettings({ index_granularity: '8192' }), codes: ['kafka.setting.unknown'] },
  K18: { build: () => kafkaSettings({ input_format_skip_unknown_fields: '1', date_time_input_format: 'best_effort', format_avro_schema_registry_url: 'http://registry:8081' }, [c('id', 'UInt64'), c('ts', 'DateTime')]) },
  K19: { build: () => kafkaQ({ format: 'NoSuchFormat' }), bug: 'deliberately stricter: ClickHouse accepts an unknown format at CREATE (fails at consumption); the validator reports kafka.format.unknown as an error, as the case notes ask' },
  K20: { build: () => kafkaSettings({ kafka_schema_registry_skip_bytes: '256' }), codes: ['kafka.setting.range'] },
  K21: { build: () => kafkaSettings({ kafka_keeper_path: '/kafka/{database}/{table}', kafka_replica_name: 'r1' }), codes: ['kafka.setting.keeperExperimental'] },
  K22: { build: () => kafkaSettings({ kafka_thread_per_consumer: 'maybe' }), codes: ['kafka.setting.range'] },
  K28: {
    build: () => design((b) => {
      const q = b.kafka('q', [c('id', 'UInt64')]);
      const t = b.mergeTree('t', [c('id', 'UInt64'), c('topic', 'LowCardinality(String)'), c('part', 'UInt64'), c('off', 'UInt64'), c('k', 'String'), c('kts', 'Nullable(DateTime)'), c('kts_ms', 'Nullable(DateTime64(3))'), c('hk', 'Array(String)'), c('hv', 'Array(String)')], { orderBy: 'topic, part, off' });
      b.view('mv', q, t, [['id', 'id'], ['topic', '_topic'], ['part', '_partition'], ['off', '_offset'], ['k', '_key'], ['kts', '_timestamp'], ['kts_ms', '_timestamp_ms'], ['hk', '_headers.name'], ['hv', '_headers.value']]);
    }),
  },
  K29: {
    build: () => design((b) => {
      const q = b.kafka('q', [c('id', 'UInt64')]);
      const errs = b.mergeTree('errs', [c('err', 'String')], {});
      b.view('mv_err', q, errs, [['err', '_error']]);
    }),
    codes: ['view.expr.unknownColumn'],
  },
  K30: {
    build: () => design((b) => {
      const q = b.kafka('q', [c('id', 'UInt64'), c('name', 'String')], { settings: { kafka_handle_error_mode: 'stream' } });
      const good = b.mergeTree('good', [c('id', 'UInt64'), c('name', 'String')], { orderBy: 'id' });
      const bad = b.mergeTree('bad', [c('topic', 'String'), c('off', 'UInt64'), c('raw', 'String'), c('err', 'String')], { orderBy: 'topic, off' });
      b.view('mv_good', q, good, [['id', 'id'], ['name', 'name']], { where: 'length(_error) = 0' });
      b.view('mv_bad', q, bad, [['topic', '_topic'], ['off', '_offset'], ['raw', '_raw_message'], ['err', '_error']], { where: 'length(_error) > 0' });
    }),
  },
  K31: { build: () => kafkaSettings({ max_threads: '2', kafka_max_wait_ms: '100' }) },
  K32: { build: () => kafkaSettings({ kafka_num_consumers: '1000' }), codes: ['kafka.setting.range'] },
  K33: { build: () => kafkaSettings({ kafka_disable_num_consumers_limit: '1', kafka_num_consumers: '64' }) },

  // ---- MergeTree family
  M01: { build: () => table([c('id', 'UInt64'), c('ts', 'DateTime'), c('v', 'Float64')], { partitionBy: 'toYYYYMM(ts)', primaryKey: 'id', orderBy: 'id, ts', sampleBy: 'id', ttl: 'ts + INTERVAL 90 DAY', settings: [{ name: 'index_granularity', value: '8192' }], comment: 'events' }) },
  M02: { build: () => table([c('id', 'UInt64')], {}) },
  M04: { build: () => table([c('a', 'UInt64'), c('b', 'String')], { orderBy: 'a, b', primaryKey: 'b' }), codes: ['mergeTree.primaryKey.notPrefix'] },
  M05: { build: () => table([c('a', 'UInt64'), c('b', 'String')], { orderBy: 'a', primaryKey: 'a, b' }), codes: ['mergeTree.primaryKey.notPrefix'] },
  M06: { build: () => table([c('a', 'UInt64'), c('b', 'String')], { primaryKey: 'a' }) },
  M07: { build: () => table([c('a', 'UInt64')], { orderBy: 'a', sampleBy: 'intHash32(a)' }), codes: ['mergeTree.sampleBy.notInKey'] },
  M08: { build: () => table([c('a', 'Int64')], { orderBy: 'a', sampleBy: 'a' }), codes: ['mergeTree.sampleBy.type'] },
  M09: { build: () => table([c('a', 'Nullable(UInt64)')], { orderBy: 'a' }), codes: ['mergeTree.key.nullable'] },
  M10: { build: () => table([c('a', 'Nullable(UInt64)')], { orderBy: 'a', settings: [{ name: 'allow_nullable_key', value: '1' }] }) },
  M11: { build: () => table([c('a', 'UInt64')], { orderBy: 'a', ttl: 'a + 1' }), codes: ['mergeTree.ttl.type'] },
  M12: { build: () => table([c('a', 'UInt64'), c('ts', 'Nullable(DateTime)')], { orderBy: 'a', ttl: 'ts + INTERVAL 1 DAY' }), codes: ['mergeTree.ttl.nullable'] },
  M13: { build: () => table([c('a', 'UInt64'), c('ts', 'DateTime', { ttl: 'ts + INTERVAL 1 DAY' })], { orderBy: 'a, ts' }), codes: ['column.ttl.keyColumn'] },
  M15: { build: () => table([c('a', 'UInt64')], { orderBy: 'a', settings: [{ name: 'index_granulariti', value: '8192' }] }), codes: ['mergeTree.setting.unknown'] },
  M16: { build: () => table([c('a', 'UInt64')], { orderBy: 'a', settings: [{ name: 'index_granularity', value: '0' }] }), codes: ['mergeTree.setting.range'] },
  M18: { build: () => table([c('a', 'UInt64')], { orderBy: 'a', partitionBy: 'rand()' }), codes: ['mergeTree.key.nondeterministic'] },
  M19: { build: () => table([c('j', 'JSON')], { orderBy: 'j' }), codes: ['mergeTree.key.type'] },
  M20: { build: () => table([c('a', 'UInt64')], { orderBy: 'b' }), codes: ['mergeTree.orderBy.unknownColumn'] },
  M21: { build: () => table([c('a', 'UInt64'), c('ts', 'DateTime')], { orderBy: 'a', ttl: "ts + INTERVAL 1 DAY TO VOLUME 'cold'" }), codes: ['mergeTree.ttl.storage'] },
  M22: { build: () => table([c('a', 'UInt64'), c('ts', 'DateTime'), c('v', 'UInt64')], { orderBy: 'a, toStartOfDay(ts)', ttl: 'ts + INTERVAL 30 DAY GROUP BY a, toStartOfDay(ts) SET v = sum(v), ts + INTERVAL 1 YEAR DELETE WHERE a > 10' }) },
  M23: { build: () => table([c('a', 'UInt64')], { orderBy: 'a', settings: [{ name: 'index_granularity', value: '1024' }, { name: 'index_granularity', value: '2048' }] }) },
  M24: { build: () => table([c('a', 'UInt64')], { orderBy: 'a', settings: [{ name: 'index_granularity', value: '4096' }, { name: 'max_threads', value: '1' }] }) },
  M26: { build: () => table([c('a', 'UInt64'), c('ts', 'DateTime')], { ttl: 'ts + INTERVAL 1 DAY', sampleBy: 'a', orderBy: 'a', partitionBy: 'toYYYYMM(ts)' }) },
  M28: { build: () => table([c('k', 'UInt64'), c('d', 'Float64')], { orderBy: 'k', partitionBy: 'd' }), codes: ['mergeTree.partitionBy.float'] },
  M29: { build: () => table([c('a', 'AggregateFunction(sum, UInt64)')], { orderBy: 'a', ...engine('AggregatingMergeTree') }), codes: ['mergeTree.key.type'] },
  R01: { build: () => table([c('id', 'UInt64'), c('v', 'String'), c('ver', 'UInt64'), c('is_deleted', 'UInt8')], { orderBy: 'id', ...engine('ReplacingMergeTree', { ver: 'ver', isDeleted: 'is_deleted' }) }) },
  R02: { build: () => table([c('id', 'UInt64'), c('ver', 'String')], { orderBy: 'id', ...engine('ReplacingMergeTree', { ver: 'ver' }) }), codes: ['mergeTree.engine.param.type'] },
  R03: { build: () => table([c('id', 'UInt64'), c('ver', 'UInt64'), c('del', 'UInt16')], { orderBy: 'id', ...engine('ReplacingMergeTree', { ver: 'ver', isDeleted: 'del' }) }), codes: ['mergeTree.engine.param.type'] },
  R05: { build: () => table([c('id', 'UInt64')], { orderBy: 'id', ...engine('ReplacingMergeTree', { ver: 'ver' }) }), codes: ['mergeTree.engine.param.unknownColumn'] },
  S01: { build: () => table([c('k', 'String'), c('a', 'UInt64'), c('b', 'Float64')], { orderBy: 'k', ...engine('SummingMergeTree', { columns: 'a, b' }) }) },
  S03: { build: () => table([c('k', 'UInt64'), c('a', 'UInt64')], { orderBy: 'k', ...engine('SummingMergeTree', { columns: 'k' }) }), codes: ['mergeTree.engine.param.keyColumn'] },
  A01: { build: () => table([c('k', 'Date'), c('users', 'AggregateFunction(uniq, UInt64)'), c('q', 'AggregateFunction(quantiles(0.5, 0.9), Float64)'), c('total', 'SimpleAggregateFunction(sum, Float64)')], { orderBy: 'k', ...engine('AggregatingMergeTree') }) },
  A03: { build: () => table([c('k', 'UInt64'), c('v', 'SimpleAggregateFunction(uniq, UInt64)')], { orderBy: 'k', ...engine('AggregatingMergeTree') }), codes: ['column.type.invalid'] },
  C01: { build: () => table([c('k', 'UInt64'), c('sign', 'Int8')], { orderBy: 'k', ...engine('CollapsingMergeTree') }), codes: ['mergeTree.engine.param.missing'] },
  C02: { build: () => table([c('k', 'UInt64'), c('sign', 'UInt8')], { orderBy: 'k', ...engine('CollapsingMergeTree', { sign: 'sign' }) }), codes: ['mergeTree.engine.param.type'] },
  V01: { build: () => table([c('k', 'UInt64'), c('sign', 'Int8'), c('version', 'UInt32')], { orderBy: 'k', ...engine('VersionedCollapsingMergeTree', { sign: 'sign', version: 'version' }) }) },
  V02: { build: () => table([c('k', 'UInt64'), c('sign', 'Int8')], { orderBy: 'k', ...engine('VersionedCollapsingMergeTree', { sign: 'sign' }) }), codes: ['mergeTree.engine.param.missing'] },
  CO1: { build: () => table([c('k', 'UInt64'), c('a', 'Nullable(UInt64)'), c('b', 'Nullable(String)')], { orderBy: 'k', ...engine('CoalescingMergeTree') }) },

  // ---- Replicated
  RP01: { build: () => table([c('id', 'UInt64'), c('ver', 'UInt64')], { orderBy: 'id', ...engine('ReplacingMergeTree', { ver: 'ver' }, { zooPath: '/clickhouse/tables/{database}/{table}', replicaName: 'replica1' }) }) },
  RP02: { build: () => table([c('k', 'UInt64'), c('sign', 'Int8'), c('ver', 'UInt32')], { orderBy: 'k', ...engine('VersionedCollapsingMergeTree', { sign: 'sign', version: 'ver' }, { zooPath: '/clickhouse/tables/{database}/{table}', replicaName: 'replica1' }) }) },
  RP04: { build: () => table([c('k', 'UInt64')], { orderBy: 'k', ...engine('MergeTree', {}, { zooPath: '/p', replicaName: '' }) }), codes: ['mergeTree.engine.replication.partial'], refusedAs: { message: "Macro 'uuid' in engine arguments", why: 'the generator leaves out a half-filled Keeper pair, and the server-default form is refused on a plain server' } },
  RP07: { build: () => table([c('k', 'UInt64'), c('s', 'UInt8')], { orderBy: 'k', ...engine('CollapsingMergeTree', { sign: 's' }, { zooPath: '/p', replicaName: 'r' }) }), codes: ['mergeTree.engine.param.type'] },

  // ---- Columns
  CL01: { build: () => table([c('ts', 'DateTime'), c('a', 'UInt64', { defaultKind: 'DEFAULT', defaultExpr: '1', comment: 'c', codec: 'ZSTD(1)', ttl: 'ts + INTERVAL 1 DAY' }), c('b', 'String')], { orderBy: 'ts' }) },
  CL04: { build: () => table([c('a', 'UInt64'), c('b', 'String', { defaultKind: 'DEFAULT', defaultExpr: "'x'" }), c('c', 'UInt32', { defaultKind: 'MATERIALIZED', defaultExpr: 'a * 2' }), c('d', 'String', { defaultKind: 'ALIAS', defaultExpr: 'upper(b)' }), c('raw', 'String', { defaultKind: 'EPHEMERAL' }), c('e', 'String', { defaultKind: 'DEFAULT', defaultExpr: 'lower(raw)' })], { orderBy: 'a' }) },
  CL05: { build: () => table([c('a', 'UInt64'), c('b', 'UInt8', { defaultKind: 'DEFAULT', defaultExpr: "'abc'" })], { orderBy: 'a' }), codes: ['column.defaultExpr.type'] },
  CL06: { build: () => table([c('a', 'UInt64'), c('b', '', { defaultKind: 'DEFAULT', defaultExpr: "'x'" })], { orderBy: 'a' }), bug: 'deliberately stricter: ClickHouse infers the type from DEFAULT, the designer requires a type (column.type.invalid "The column has no type")' },
  CL07: { build: () => table([c('a', 'UInt64'), c('b', 'String', { codec: 'Gorilla' })], { orderBy: 'a' }), codes: ['column.codec.type'] },
  CL08: { build: () => table([c('a', 'UInt64', { codec: 'Delta' })], { orderBy: 'a' }), codes: ['column.codec.alone'] },
  CL09: { build: () => table([c('a', 'UInt64'), c('b', 'UInt64', { defaultKind: 'ALIAS', defaultExpr: 'a', codec: 'ZSTD' })], { orderBy: 'a' }), codes: ['column.codec.alias'] },
  CL10: { build: () => table([c('a', 'UInt64'), c('c', 'UInt64', { defaultKind: 'ALIAS', defaultExpr: 'a' })], { orderBy: 'c' }), codes: ['mergeTree.orderBy.notStored'] },
  CL11: { build: () => table([c('a', 'UInt64'), c('a', 'String')], { orderBy: 'a' }), codes: ['column.name.duplicate'] },
  CL13: { build: () => table([c('a', 'UInt64'), c('index', 'UInt8')], { orderBy: 'a' }) },

  // ---- Types
  T01: { build: typeCase('Nullable(LowCardinality(String))'), codes: ['column.type.invalid'] },
  T02: { build: typeCase('LowCardinality(Nullable(String))') },
  T03: { build: typeCase('LowCardinality(UInt64)'), codes: ['column.type.invalid'] },
  T04: { build: typeCase('Nullable(Array(UInt8))'), codes: ['column.type.invalid'] },
  T05: { build: typeCase('Nullable(Tuple(x UInt8))'), codes: ['column.type.invalid'] },
  T06: { build: typeCase('Decimal(77, 2)'), codes: ['column.type.invalid'] },
  T07: { build: typeCase('DateTime64(10)'), codes: ['column.type.invalid'] },
  T08: { build: typeCase('FixedString(0)'), codes: ['column.type.invalid'] },
  T09: { build: typeCase("Enum8('a' = 200)"), codes: ['column.type.invalid'] },
  T10: { build: typeCase('Map(Nullable(String), UInt8)'), codes: ['column.type.invalid'] },
  T11: { build: typeCase('Tuple(x UInt8, UInt8)'), codes: ['column.type.invalid'] },
  T12: { build: typeCase('string'), codes: ['column.type.invalid'] },
  T13: { build: () => table([c('a', "datetime64(3, 'UTC')"), c('b', 'decimal(10, 2)'), c('c', 'json'), c('d', 'bool'), c('e', 'VARCHAR(255)'), c('f', 'BIGINT UNSIGNED'), c('g', "enum('x', 'y')")], {}) },
  T14: { build: typeCase("Object('json')"), codes: ['column.type.invalid'] },
  T15: { build: typeCase('JSON(max_dynamic_paths = 64, user.id UInt64, SKIP debug)') },
  T16: { build: typeCase('DateTime64(3, UTC)'), bug: "deliberately stricter: ClickHouse accepts DateTime64(3, UTC) and drops the zone; validate() reports column.type.invalid (\"Quote the time zone\"), as the case notes ask" },
  T17: { build: typeCase("DateTime64(3, 'UTC')") },

  // ---- Materialized views
  MV02: {
    build: () => design((b) => {
      const k = b.kafka('table_name', [c('x', 'UInt64'), c('y', 'String')], { database: 'service_kaf' });
      const d = b.mergeTree('destination_name', [c('x', 'UInt64'), c('y', 'String')], { orderBy: 'x' });
      b.view('my_view', k, d, [['x', 'x'], ['y', 'y']]);
    }),
  },
  MV06: { build: () => design((b) => b.view('mv', b.mergeTree('src', [c('a', 'UInt64')], { orderBy: 'a' }), undefined, [['a', 'a']])), codes: ['view.noTarget'], sqlAccepted: 'the generator writes a view without a target as a comment' },
  MV07: { build: () => design((b) => b.view('mv', undefined, b.mergeTree('dst', [c('a', 'UInt64')], { orderBy: 'a' }), [['a', 'a']])), codes: ['view.noSource'], sqlAccepted: 'the generator writes a view without a source as a comment' },
  MV08: {
    build: () => design((b) => {
      const s = b.mergeTree('src', [c('a', 'UInt64'), c('b', 'String')], { orderBy: 'a' });
      b.view('mv', s, b.mergeTree('dst', [c('a', 'UInt64')], { orderBy: 'a' }), [['a', 'a'], ['b', 'b']]);
    }),
    codes: ['view.column.unknownTarget'],
  },
  MV11: {
    build: () => design((b) => {
      const s = b.mergeTree('src', [c('a', 'UInt64'), c('b', 'String')], { orderBy: 'a' });
      const d = b.mergeTree('dst', [c('a', 'UInt64'), c('b', 'String'), c('d', 'String', { defaultKind: 'MATERIALIZED', defaultExpr: 'upper(b)' })], { orderBy: 'a' });
      b.view('mv', s, d, [['a', 'a'], ['b', 'b'], ['d', "'q'"]]);
    }),
    codes: ['view.column.notInsertable'],
  },
  MV12: { build: () => aggView('AggregateFunction(uniq, UInt64)', 'uniq(user_id)'), codes: ['view.type.missingState'] },
  MV13: { build: () => aggView('AggregateFunction(uniq, UInt32)', 'uniqState(user_id)'), codes: ['view.type.stateMismatch'] },
  MV14: {
    build: () => design((b) => {
      const k = b.kafka('events_queue', EVENTS);
      const d = b.mergeTree('daily', [c('day', 'Date'), c('name', 'LowCardinality(String)'), c('users', 'AggregateFunction(uniq, UInt64)'), c('total', 'AggregateFunction(sum, Float64)'), c('max_amount', 'SimpleAggregateFunction(max, Float64)'), c('n', 'SimpleAggregateFunction(sum, UInt64)')], { orderBy: 'day, name', ...engine('AggregatingMergeTree') });
      b.view('daily_mv', k, d, [['day', 'toDate(ts)'], ['name', 'name'], ['users', 'uniqState(id)'], ['total', 'sumState(amount)'], ['max_amount', 'max(amount)'], ['n', 'count()']], { groupBy: 'day, name' });
    }),
  },
  MV17: {
    build: () => design((b) => {
      const k = b.kafka('events_queue', EVENTS);
      const raw = b.mergeTree('raw', EVENTS, { orderBy: 'ts, id' });
      const byName = b.mergeTree('by_name', [c('name', 'String'), c('n', 'UInt64'), c('total', 'Float64')], { orderBy: 'name', ...engine('SummingMergeTree') });
      b.view('raw_mv', k, raw, [['id', 'id'], ['name', 'name'], ['amount', 'amount'], ['ts', 'ts']]);
      b.view('by_name_mv', k, byName, [['name', 'name'], ['n', 'count()'], ['total', 'sum(amount)']], { groupBy: 'name' });
    }),
  },
  MV18: {
    build: () => design((b) => {
      const k = b.kafka('events_queue', EVENTS);
      const raw = b.mergeTree('raw', EVENTS, { orderBy: 'ts, id' });
      b.view('raw_mv', k, raw, [['id', 'id'], ['name', 'name'], ['amount', 'amount'], ['ts', 'ts']]);
      const hourly = b.mergeTree('hourly', [c('hour', 'DateTime'), c('n', 'UInt64')], { orderBy: 'hour', ...engine('SummingMergeTree') });
      b.view('hourly_mv', raw, hourly, [['hour', 'toStartOfHour(ts)'], ['n', 'count()']], { groupBy: 'hour' });
    }),
  },
  MV28: { build: () => design((b) => b.view('mv', b.mergeTree('src', [c('a', 'UInt64')], { orderBy: 'a' }), b.mergeTree('dst', [c('a', 'UInt64')], { orderBy: 'a' }), [['a', 'a']], { comment: 'kafka ingest' })) },

  // ---- Runtime: the DDL is accepted; the validator warns about what fails (or wraps) on insert
  RT01: { build: () => srcView([c('id', 'UInt64'), c('n', 'Nullable(UInt32)')], [c('id', 'UInt64'), c('n', 'UInt32')]), codes: ['view.type.nullable'], sqlAccepted: 'refused only when a NULL is inserted' },
  RT02: { build: () => srcView([c('id', 'UInt64'), c('big', 'UInt64')], [c('id', 'UInt64'), c('big', 'UInt8')]) },
  RT03: { build: () => srcView([c('id', 'UInt64'), c('amount', 'String')], [c('id', 'UInt64'), c('amount', 'Float64')]), codes: ['view.type.parse'], sqlAccepted: 'refused only when a value does not parse' },
  RT04: { build: () => srcView([c('id', 'UInt64')], [c('id', 'UInt64'), c('source', 'String', { defaultKind: 'DEFAULT', defaultExpr: "'kafka'" }), c('ingested', 'DateTime', { defaultKind: 'DEFAULT', defaultExpr: 'now()' })]) },

  // ---- Identifiers
  ID01: { build: () => design((b) => b.mergeTree('my-topic-table', [c('a', 'UInt64')], { orderBy: 'a', database: 'c_ID01' })) },
  ID03: { build: () => design((b) => b.mergeTree('my table', [c('my col', 'UInt64')], { orderBy: 'my col' })) },
  ID05: { build: () => design((b) => b.mergeTree('select', [c('from', 'UInt64'), c('order', 'String')], { orderBy: 'from' })) },
  ID06: {
    build: () => ({ ...design((b) => b.mergeTree('t', [c('a', 'UInt64')], { orderBy: 'a', database: 'nodb' })), options: { cluster: '', createDatabases: false } }),
    codes: ['database.notCreated'],
    bug: 'validator has no rule: with "create databases" off, a table in a database other than default is refused when the database does not exist (UNKNOWN_DATABASE); validate() reports nothing',
  },
  ID07: { build: () => design((b) => b.mergeTree('', [c('a', 'UInt64')], { orderBy: 'a' })), codes: ['name.empty'] },
};

function aggView(usersType: string, usersExpr: string): Pipeline {
  return design((b) => {
    const s = b.mergeTree('src', [c('ts', 'DateTime'), c('user_id', 'UInt64')], { orderBy: 'ts' });
    const agg = b.mergeTree('agg', [c('day', 'Date'), c('users', usersType)], { orderBy: 'day', ...engine('AggregatingMergeTree') });
    b.view('mv', s, agg, [['day', 'toDate(ts)'], ['users', usersExpr]], { groupBy: 'day' });
  });
}

function srcView(src: ReturnType<typeof c>[], dst: ReturnType<typeof c>[]): Pipeline {
  return design((b) => {
    const s = b.mergeTree('src', src, { orderBy: 'id' });
    const d = b.mergeTree('dst', dst, { orderBy: 'id' });
    b.view('mv', s, d, src.map((x) => [x[0], x[0]] as const));
  });
}
