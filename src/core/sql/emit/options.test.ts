// Emitter options added for the full option set: named collections, column TTL and
// data skipping indexes.
import { describe, expect, it } from 'vitest';
import { col, kafka, mergeTree, pipeline } from '../../../test/pipelines';
import { columnDefinition } from '../columns';
import { buildContext } from '../context';
import { emitKafkaTable, kafkaSettingOrder } from './kafkaTable';
import { emitMergeTree, indexDefinition } from './mergeTree';

const emitK = (t: ReturnType<typeof kafka>) => emitKafkaTable(t, buildContext(pipeline([t])));
const emitM = (t: ReturnType<typeof mergeTree>) => emitMergeTree(t, buildContext(pipeline([t])));

describe('Kafka named collection', () => {
  it('takes the connection from the collection and writes only the other settings', () => {
    const t = kafka('k', 'q', [col('id', 'UInt64')], {
      namedCollection: ' kafka_prod ',
      settings: { kafka_num_consumers: '2', kafka_sasl_password: 'secret', kafka_sasl_username: 'u', kafka_broker_list: 'x:1' },
    });
    const sql = emitK(t);
    expect(sql).toContain('ENGINE = Kafka(kafka_prod)\nSETTINGS\n    kafka_num_consumers = 2;');
    for (const hidden of ['kafka_broker_list', 'kafka_topic_list', 'kafka_group_name', 'kafka_format', 'secret', 'kafka_sasl_username'])
      expect(sql).not.toContain(hidden);
  });

  it('has no SETTINGS clause when nothing else is set, and quotes an odd collection name', () => {
    expect(emitK(kafka('k', 'q', [col('id', 'UInt64')], { namedCollection: 'my-coll' }))).toMatch(/ENGINE = Kafka\(`my-coll`\);$/);
  });

  it('keeps credentials in the DDL without a collection', () => {
    expect(kafkaSettingOrder({ kafka_sasl_password: 'p' })).toEqual(['kafka_sasl_password']);
    expect(kafkaSettingOrder({ kafka_sasl_password: 'p' }, 'nc')).toEqual([]);
  });
});

describe('column TTL', () => {
  it('follows CODEC on MergeTree columns and is left out on Kafka and ALIAS columns', () => {
    const c = col('msg', 'String', { comment: 'c', codec: 'ZSTD(3)', ttl: ' ts + INTERVAL 1 DAY ' });
    expect(columnDefinition(c, { kafka: false })).toBe("msg String COMMENT 'c' CODEC(ZSTD(3)) TTL ts + INTERVAL 1 DAY");
    expect(columnDefinition(c, { kafka: true })).toBe("msg String COMMENT 'c'");
    expect(columnDefinition(col('a', 'String', { defaultKind: 'ALIAS', defaultExpr: 'msg', ttl: 'ts' }), { kafka: false })).toBe('a String ALIAS msg');
    expect(columnDefinition({ ...col('b', 'UInt8'), ttl: undefined }, { kafka: false })).toBe('b UInt8');
  });
});

describe('data skipping indexes', () => {
  const idx = (name: string, expr: string, type: string, granularity = '') => ({ id: name || 'x', name, expr, type, granularity });

  it('writes INDEX lines after the columns, GRANULARITY only when given', () => {
    const t = mergeTree('t', 'events', [col('id', 'UInt64'), col('s', 'String')], {
      indexes: [idx('i_s', 'lower(s)', 'bloom_filter(0.01)', '4'), idx('odd name', 'id', 'minmax')],
    });
    expect(emitM(t)).toContain(
      '    s String,\n    INDEX i_s lower(s) TYPE bloom_filter(0.01) GRANULARITY 4,\n    INDEX `odd name` id TYPE minmax\n)',
    );
  });

  it('skips a row that is still missing its name, expression or type', () => {
    expect(indexDefinition(idx('', 'id', 'minmax'))).toBeUndefined();
    expect(indexDefinition(idx('i', ' ', 'minmax'))).toBeUndefined();
    expect(indexDefinition(idx('i', 'id', ''))).toBeUndefined();
    const t = mergeTree('t', 'events', [col('id', 'UInt64')], { indexes: [idx('i', '', 'set(10)')] });
    expect(emitM(t)).not.toContain('INDEX');
  });
});
