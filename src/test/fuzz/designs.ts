// Random pipeline designs for the property tests: Kafka table (sometimes fed by a
// topic node) → view → MergeTree table, sometimes chained into a second view and
// table. Values come from small pools that mix good and bad choices, so that a
// useful share of designs passes validation and the rest exercises the rules.
// View expressions mostly call functions over columns whose type suits them; the
// functions whose argument types the validator checks are also applied to any column.
import fc from 'fast-check';
import type { Column, DefaultKind, Entity, KafkaTable, MergeTreeFamily, MergeTreeTable, Pipeline } from '../../core/model/types';
import { col, kafka, link, mergeTree, pipeline, topic, view } from '../pipelines';
import { mostly, rarely } from './pick';
import { kafkaSettingsArb, ODD_TABLE_SETTINGS, TABLE_SETTINGS } from './settings';
import { typeText } from './types';

const COLUMN_NAMES = ['id', 'name', 'ts', 'amount', 'v', 'sign', 'ver', 'deleted', 'users', 'my col', 'index', 'Id'];
const ENTITY_NAMES = ['events', 'events_queue', 'store', 'rollup', 'my table', 'select', 'events_mv'];
const DATABASES = ['default', 'default', 'analytics', 'my-db'];

export interface Shape {
  replicated: boolean;
}

// Codec chains: specialised codecs (each suits some value types only) then at most one general
// codec, with levels at and past their limits and now and then an order ClickHouse may refuse.
const SPECIAL_CODECS = ['Delta', 'Delta(4)', 'DoubleDelta', 'Gorilla', 'T64', 'FPC', 'FPC(12)', 'GCD'];
const GENERAL_CODECS = ['LZ4', 'LZ4HC', 'LZ4HC(9)', 'LZ4HC(12)', 'ZSTD', 'ZSTD(1)', 'ZSTD(22)', 'ZSTD(23)', 'NONE'];
const codecArb: fc.Arbitrary<string> = fc.oneof(
  { weight: 3, arbitrary: fc.constantFrom(...GENERAL_CODECS) },
  { weight: 4, arbitrary: fc.tuple(fc.constantFrom(...SPECIAL_CODECS), fc.constantFrom(...GENERAL_CODECS)).map(([a, b]) => `${a}, ${b}`) },
  { weight: 1, arbitrary: fc.constantFrom(...SPECIAL_CODECS) },
  { weight: 1, arbitrary: fc.tuple(fc.constantFrom(...SPECIAL_CODECS), fc.constantFrom(...SPECIAL_CODECS), fc.constantFrom(...GENERAL_CODECS)).map((x) => x.join(', ')) },
  { weight: 1, arbitrary: fc.tuple(fc.constantFrom(...GENERAL_CODECS), fc.constantFrom(...SPECIAL_CODECS, ...GENERAL_CODECS)).map((x) => x.join(', ')) },
);

function columnsArb(favourValid: boolean, kafkaSide: boolean): fc.Arbitrary<Column[]> {
  const one = fc.record({
    name: rarely(fc.constantFrom(...COLUMN_NAMES), fc.constant('')),
    type: typeText(favourValid),
    defaultKind: kafkaSide
      ? rarely(fc.constant<DefaultKind>(''), fc.constantFrom<DefaultKind>('DEFAULT', 'ALIAS'))
      : mostly(fc.constant<DefaultKind>(''), fc.constantFrom<DefaultKind>('DEFAULT', 'MATERIALIZED', 'ALIAS', 'EPHEMERAL'), 3),
    broken: rarely(fc.constant(false), fc.constant(true)),
    codec: kafkaSide ? fc.constant('') : mostly(fc.constant(''), codecArb, 6),
    comment: fc.constantFrom('', '', "it's -- /* x", 'é'),
    ttl: kafkaSide ? fc.constant(false) : rarely(fc.constant(false), fc.constant(true)),
  });
  return fc.uniqueArray(one, { minLength: 1, maxLength: 5, selector: (c) => c.name }).map((cs) => {
    const date = cs.find((c) => /^(Date|DateTime)$/.test(c.type));
    return cs.map((c) =>
      col(c.name, c.type, {
        defaultKind: c.defaultKind,
        // defaultValueOfTypeName() suits every type; materialize() keeps a view reading an ALIAS from
        // folding it into a constant that ClickHouse would try to convert at CREATE. A broken row leaves the expression out.
        defaultExpr: c.broken || c.defaultKind === '' ? '' : `materialize(defaultValueOfTypeName('${c.type.replace(/\\/g, '\\\\').replace(/'/g, "\\'")}'))`,
        codec: c.codec,
        comment: c.comment,
        ttl: c.ttl ? (date ? `${quoteIfNeeded(date.name)} + INTERVAL 1 DAY` : 'now()') : '',
      }),
    );
  });
}

const FAMILIES: MergeTreeFamily[] = ['MergeTree', 'MergeTree', 'MergeTree', 'MergeTree', 'MergeTree', 'ReplacingMergeTree', 'SummingMergeTree', 'AggregatingMergeTree', 'CollapsingMergeTree', 'VersionedCollapsingMergeTree', 'CoalescingMergeTree'];

const KEY_FUNCTIONS = ['cityHash64(%)', 'toYYYYMM(%)', 'toDate(%)', 'length(%)', '% % 4', 'intHash32(%)', 'toStartOfHour(%)', '-%'];

function keyArb(names: string[]): fc.Arbitrary<string> {
  const n = names.length ? names : ['id'];
  return fc.oneof(
    { weight: 6, arbitrary: fc.constant('') },
    { weight: 8, arbitrary: fc.constantFrom(...n).map((c) => quoteIfNeeded(c)) },
    { weight: 2, arbitrary: fc.tuple(fc.constantFrom(...n), fc.constantFrom(...n)).map(([a, b]) => `(${quoteIfNeeded(a)}, ${quoteIfNeeded(b)})`) },
    { weight: 1, arbitrary: fc.constantFrom('tuple()', 'nope', 'rand()') },
    // Expressions over a column: ClickHouse types them, so every column type meets them.
    { weight: 1, arbitrary: fc.tuple(fc.constantFrom(...KEY_FUNCTIONS), fc.constantFrom(...n)).map(([f, c]) => f.replace('%', quoteIfNeeded(c))) },
  );
}

function quoteIfNeeded(name: string): string {
  return /^[A-Za-z_][A-Za-z0-9_]*$/.test(name) && name !== 'index' ? name : '`' + name.replace(/\\/g, '\\\\').replace(/`/g, '\\`') + '`';
}

function mergeTreeArb(id: string, favourValid: boolean, shape: Shape): fc.Arbitrary<MergeTreeTable> {
  return columnsArb(favourValid, false).chain((columns) => {
    const names = columns.map((c) => c.name).filter((x) => x !== '');
    const typed = (re: RegExp) => {
      const ok = columns.filter((c) => c.name !== '' && re.test(c.type)).map((c) => c.name);
      return mostly(fc.constantFrom(...(ok.length ? ok : names.length ? names : ['id'])), fc.constantFrom('nope', '', ...names));
    };
    const stored = columns.filter((c) => c.name !== '' && (c.defaultKind === '' || c.defaultKind === 'DEFAULT')).map((c) => c.name);
    const keyable = columns.filter((c) => c.name !== '' && c.defaultKind === '' && /^(U?Int\d+|String|Date|DateTime|LowCardinality\(String\))$/.test(c.type)).map((c) => c.name);
    const date = names.find((n) => /^(Date|DateTime)$/.test(columns.find((c) => c.name === n)!.type));
    return fc
      .record({
        name: mostly(fc.constant(id === 't1' ? 'store' : 'rollup'), fc.constantFrom(...ENTITY_NAMES)),
        database: fc.constantFrom(...DATABASES),
        family: fc.constantFrom(...FAMILIES),
        ver: typed(/^(U?Int\d+|Date|DateTime)$/), isDeleted: fc.constantFrom('', '', 'deleted', ...names), sign: typed(/^Int8$/), version: typed(/^(U?Int\d+|DateTime)$/),
        columns: fc.subarray(names, { maxLength: Math.min(2, names.length) }).map((x) => x.join(', ')),
        orderBy: mostly(keyArb(keyable), keyArb(names), 3),
        keyTail: fc.boolean(),
        partitionBy: fc.oneof(
          { weight: 12, arbitrary: fc.constant('') },
          { weight: 2, arbitrary: fc.constantFrom('', ...names.map(quoteIfNeeded), ...(date ? [`toYYYYMM(${quoteIfNeeded(date)})`] : [])) },
          { weight: 1, arbitrary: fc.tuple(fc.constantFrom(...KEY_FUNCTIONS), fc.constantFrom(...(names.length ? names : ['id']))).map(([f, c]) => f.replace('%', quoteIfNeeded(c))) },
        ),
        oddKey: rarely(fc.constant(false), fc.constant(true)),
        ttl: mostly(fc.constantFrom('', '', ...(date ? [`${quoteIfNeeded(date)} + INTERVAL 1 DAY`, `toDate(${quoteIfNeeded(date)}) + toIntervalMonth(1) DELETE`] : [])), fc.constantFrom('now() + INTERVAL 1 DAY', `${quoteIfNeeded(names[0] ?? 'id')} + 1`), 2),
        settings: mostly(fc.subarray(TABLE_SETTINGS, { maxLength: 2 }), fc.subarray(ODD_TABLE_SETTINGS, { minLength: 1, maxLength: 2 })),
        comment: fc.constantFrom('', "table's", 'a\nb'),
        zooPath: fc.constantFrom('', '/clickhouse/tables/{database}/{table}', '/p'),
        replicaName: fc.constantFrom('', 'r1'),
      })
      .map((r) => {
        // PRIMARY KEY as a prefix of ORDER BY and SAMPLE BY inside it, unless the draw asks for an odd key.
        const first = r.orderBy.replace(/^\((.*?),.*$/, '$1');
        const primaryKey = r.oddKey ? quoteIfNeeded(names[names.length - 1] ?? 'id') : r.keyTail && r.orderBy !== '' ? first : '';
        const sampleBy = r.oddKey ? first : '';
        return mergeTree(id, r.name, columns, {
          database: r.database,
          engine: {
            family: r.family,
            replicated: shape.replicated,
            zooPath: shape.replicated ? r.zooPath : '',
            replicaName: shape.replicated ? r.replicaName : '',
            params: { ver: r.ver, isDeleted: r.isDeleted, sign: r.sign, version: r.version, columns: r.columns },
          },
          orderBy: r.orderBy,
          primaryKey,
          partitionBy: r.partitionBy,
          sampleBy,
          ttl: r.ttl,
          settings: r.settings,
          comment: r.comment,
        });
      });
  });
}

function kafkaArb(favourValid: boolean): fc.Arbitrary<KafkaTable> {
  return fc
    .record({
      columns: columnsArb(favourValid, true),
      name: mostly(fc.constant('events_queue'), fc.constantFrom(...ENTITY_NAMES)),
      database: fc.constantFrom(...DATABASES),
      brokers: mostly(fc.constantFrom('kafka:9092', 'a:9092,b:9092'), fc.constant('')),
      topic: mostly(fc.constantFrom('events', 'my.topic'), fc.constant('')),
      format: mostly(fc.constantFrom('JSONEachRow', 'CSV', 'TSV'), fc.constantFrom('jsoneachrow', 'NoSuchFormat', '')),
      consumerGroup: mostly(fc.constantFrom('g1', 'g2'), fc.constant('')),
      settings: kafkaSettingsArb,
      comment: fc.constantFrom('', "it's", '`x`'),
    })
    .map((r) => kafka('k1', r.name, r.columns, r));
}

// Type families a function call is sure to accept, per function.
const NUM = /^(UInt\d+|Int\d+|Float\d+)$/;
const FUNCTIONS: [string, RegExp][] = [
  ['toDate(%)', /^(Date|DateTime|String)$/],
  ['toStartOfMinute(%)', /^DateTime$/],
  ['toStartOfHour(%)', /^(Date|DateTime)$/],
  ['toYYYYMM(%)', /^(Date|DateTime)$/],
  ['toString(%)', /^(UInt\d+|Int\d+|Float\d+|String|Date|DateTime)$/],
  ['toUInt8(%)', NUM],
  ['toInt128(%)', NUM],
  ['toFloat32(%)', NUM],
  ['toDecimal64(%, 2)', NUM],
  ['toDateTime64(%, 3)', /^(DateTime|UInt32|String)$/],
  ['CAST(% AS String)', /^(UInt\d+|Int\d+|String|Date)$/],
  ['toUInt32OrZero(%)', /^String$/],
  ['toInt64OrNull(%)', /^String$/],
  ['cityHash64(%)', /./],
  ['length(%)', /^String$/],
  ['ifNull(%, 0)', /^Nullable\(U?Int\d+\)$/],
  ['% + 1', NUM],
];
const AGGREGATES: [string, RegExp][] = [
  ['uniqState(%)', /^(UInt\d+|Int\d+|String|Date|DateTime)$/],
  ['sumState(%)', NUM],
  ['avgState(%)', NUM],
  ['maxState(%)', /^(UInt\d+|Int\d+|Float\d+|String|DateTime)$/],
  ['anyLastState(%)', /^(UInt\d+|String|DateTime)$/],
  ['groupArrayState(%)', /^(UInt\d+|String)$/],
  ['quantileState(0.5)(%)', NUM],
  ['sum(%)', NUM],
  ['max(%)', /^(UInt\d+|Int\d+|Float\d+|String|Date|DateTime)$/],
  ['min(%)', /^(UInt\d+|Int\d+|Float\d+|String|Date|DateTime)$/],
  ['avg(%)', NUM],
  ['uniq(%)', /^(UInt\d+|Int\d+|String)$/],
];
// Functions whose argument types the validator checks, applied to any column now and then.
const ANY_ARGUMENT = ['sum(%)', 'avg(%)', 'sumState(%)', 'toStartOfMinute(%)', 'toStartOfHour(%)', 'toYYYYMM(%)', '% + 1', '% - 1'];
// Other constants are folded and converted at CREATE, value by value (-1 into Enum8, 'abc' into
// a number); the validator does not judge literal values, so only NULL and count() are drawn.
const LITERALS = ['NULL', 'null', 'count()'];

function exprArb(source: readonly Column[], aggregate: boolean, hasStream: boolean): fc.Arbitrary<string> {
  const readable = source.filter((c) => c.name !== '' && c.defaultKind !== 'EPHEMERAL');
  const refs = readable.map((c) => quoteIfNeeded(c.name));
  const calls = (table: [string, RegExp][]) =>
    table.flatMap(([f, ok]) => readable.filter((c) => ok.test(c.type)).map((c) => f.replace('%', quoteIfNeeded(c.name))));
  const plain = [...refs, ...calls(FUNCTIONS), '_offset', '_topic', '_timestamp', '_partition', ...(hasStream ? ['_error', '_raw_message'] : [])];
  const pool = aggregate ? [...calls(AGGREGATES), 'count()', 'countState()'] : plain;
  const anyArg = readable.length ? ANY_ARGUMENT.flatMap((f) => readable.map((c) => f.replace('%', quoteIfNeeded(c.name)))) : ['nope'];
  return mostly(fc.constantFrom(...(pool.length ? pool : ['count()'])), fc.oneof(fc.constantFrom('nope', '', '_error', 'count()'), fc.constantFrom(...anyArg), fc.constantFrom(...LITERALS)), 3);
}

function viewArb(id: string, source: Entity & { columns: Column[] }, target: MergeTreeTable): fc.Arbitrary<Entity> {
  const hasStream = source.kind === 'kafkaTable' && source.settings['kafka_handle_error_mode'] === 'stream';
  const targets = target.columns.filter((c) => c.defaultKind === '' || c.defaultKind === 'DEFAULT' || c.defaultKind === 'EPHEMERAL').map((c) => c.name);
  return fc
    .record({
      name: mostly(fc.constant(id === 'v1' ? 'events_mv' : 'rollup_mv'), fc.constantFrom(...ENTITY_NAMES)),
      database: fc.constantFrom(...DATABASES),
      chosen: mostly<string[]>(targets.length ? fc.subarray(targets, { minLength: 1 }) : fc.constant(['extra']), fc.constant(['extra'])),
      aggregated: fc.boolean(),
      groupAll: mostly(fc.constant(true), fc.constant(false)),
      where: mostly(fc.constantFrom('', '', hasStream ? 'length(_error) = 0' : '1'), fc.constant('length(_error) = 0')),
      comment: fc.constantFrom('', "view's"),
    })
    .chain((r) =>
      fc.tuple(...r.chosen.map((t) => fc.tuple(fc.constant(t), fc.boolean().chain((agg) => exprArb(source.columns, r.aggregated && agg, hasStream))))).map((pairs) => {
        const exprs = pairs.map(([, e]) => e);
        const groupBy = r.aggregated && r.groupAll ? exprs.filter((e) => !/State\(|^(sum|max|min|avg|uniq|count)\(/.test(e) && e !== '').join(', ') : '';
        return view(id, r.name, pairs.map(([t, e]) => [t, e] as [string, string]), { database: r.database, where: r.where, groupBy, comment: r.comment });
      }),
    );
}

/** A whole design: [topic →] Kafka table → view → table [→ view → table]. */
export function designArb(shape: Shape = { replicated: false }, favourValid = true): fc.Arbitrary<Pipeline> {
  return fc
    .record({ k: kafkaArb(favourValid), t1: mergeTreeArb('t1', favourValid, shape), t2: fc.option(mergeTreeArb('t2', favourValid, shape), { nil: undefined }), withTopic: fc.boolean() })
    .chain(({ k, t1, t2, withTopic }) =>
      fc.tuple(viewArb('v1', k, t1), t2 ? viewArb('v2', t1, t2) : fc.constant(undefined)).map(([v1, v2]) => {
        const entities: Entity[] = [k, t1, v1];
        const links = [link('k1', 'v1'), link('v1', 't1')];
        if (withTopic) {
          entities.unshift(topic('tp', 'events', { brokers: k.brokers, topic: k.topic, format: k.format, consumerGroup: k.consumerGroup }));
          links.push(link('tp', 'k1'));
        }
        if (t2 && v2) {
          entities.push(t2, v2);
          links.push(link('t1', 'v2'), link('v2', 't2'));
        }
        return pipeline(entities, links);
      }),
    );
}
