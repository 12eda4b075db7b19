import { describe, expect, it } from 'vitest';
import { col, kafka, pipeline } from '../../../test/pipelines';
import { buildContext } from '../context';
import { emitKafkaTable, isOmittedKafkaSetting } from './kafkaTable';

const emit = (t: ReturnType<typeof kafka>, cluster = '') => emitKafkaTable(t, buildContext(pipeline([t], [], { cluster })));

describe('emitKafkaTable', () => {
  it('writes columns, the engine and the four connection settings from the table fields', () => {
    const t = kafka('k', 'events_queue', [col('id', 'UInt64'), col('name')], {
      brokers: ' b1:9092,b2:9092 ',
      topic: 'events',
      consumerGroup: 'g',
      format: 'CSV',
    });
    expect(emit(t)).toBe(
      [
        'CREATE TABLE default.events_queue',
        '(',
        '    id UInt64,',
        '    name String',
        ')',
        'ENGINE = Kafka',
        'SETTINGS',
        "    kafka_broker_list = 'b1:9092,b2:9092',",
        "    kafka_topic_list = 'events',",
        "    kafka_group_name = 'g',",
        "    kafka_format = 'CSV';",
      ].join('\n'),
    );
  });

  it('keeps ALIAS columns but drops DEFAULT, MATERIALIZED, EPHEMERAL expressions and codecs', () => {
    const t = kafka('k', 'q', [
      col('a', 'UInt64', { defaultKind: 'ALIAS', defaultExpr: 'b + 1', comment: 'c' }),
      col('b', 'UInt64', { defaultKind: 'DEFAULT', defaultExpr: '7', codec: 'ZSTD(3)' }),
      col('c', 'UInt64', { defaultKind: 'MATERIALIZED', defaultExpr: 'b' }),
      col('d', 'UInt64', { defaultKind: 'EPHEMERAL', defaultExpr: '' }),
    ]);
    const sql = emit(t);
    expect(sql).toContain("    a UInt64 ALIAS b + 1 COMMENT 'c',\n");
    expect(sql).toContain('    b UInt64,\n    c UInt64,\n    d UInt64\n)');
    expect(sql).not.toMatch(/DEFAULT|MATERIALIZED|EPHEMERAL|CODEC/);
  });

  it('orders settings like the form, then the rest by name, with literals by type', () => {
    const t = kafka('k', 'q', [col('a')], {
      settings: {
        kafka_thread_per_consumer: 'true',
        zz_unknown: 'word',
        date_time_input_format: 'basic',
        kafka_num_consumers: '3',
        kafka_client_id: '42',
        kafka_handle_error_mode: "'stream'",
        aa_unknown: '12',
      },
    });
    const settings = emit(t).split('SETTINGS\n')[1]!.split(',\n').map((l) => l.trim().replace(/;$/, ''));
    expect(settings.slice(4)).toEqual([
      'kafka_num_consumers = 3',
      "kafka_handle_error_mode = 'stream'",
      'kafka_thread_per_consumer = true',
      'aa_unknown = 12',
      "date_time_input_format = 'basic'",
      "kafka_client_id = '42'",
      "zz_unknown = 'word'",
    ]);
  });

  it('omits blank settings, defaults (also from the lexicon) and copies of the connection fields', () => {
    const t = kafka('k', 'q', [col('a')], {
      settings: {
        kafka_num_consumers: '1',
        kafka_max_block_size: '0',
        kafka_thread_per_consumer: 'false',
        kafka_handle_error_mode: 'default',
        kafka_compression_level: '-1',
        kafka_schema: '',
        kafka_topic_list: 'other',
        kafka_skip_broken_messages: '5',
      },
    });
    const sql = emit(t);
    expect(sql.split('SETTINGS\n')[1]!.split(',\n')).toHaveLength(5);
    expect(sql).toContain('kafka_skip_broken_messages = 5;');
    expect(sql).not.toContain("'other'");
    expect(isOmittedKafkaSetting('kafka_consumers_pool_ttl_ms', '60000')).toBe(true);
    expect(isOmittedKafkaSetting('date_time_input_format', 'best_effort')).toBe(false);
  });

  it('adds ON CLUSTER after the name and the table comment last', () => {
    const sql = emit(kafka('k', 'q', [col('a')], { comment: "it's" }), 'main');
    expect(sql.startsWith('CREATE TABLE default.q ON CLUSTER main\n(')).toBe(true);
    expect(sql.endsWith("\nCOMMENT 'it\\'s';")).toBe(true);
  });
});
