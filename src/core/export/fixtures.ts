// Designs the export goldens are made from: every built-in template, and one
// design full of what the targets cannot express (so each flag shows up).
import type { Pipeline } from '../model/types';
import { TEMPLATES } from '../templates';
import { DesignBuilder } from '../templates/builder';

function misfit(): Pipeline {
  const b = new DesignBuilder();
  const k = b.add('kafkaTable', 'a_kafka_table_name_that_is_longer_than_forty_chars', {
    brokers: 'kafka:9092',
    topic: 'events,bad topic',
    format: 'Protobuf',
    consumerGroup: 'g1',
    settings: { kafka_num_consumers: '16', kafka_flush_interval_ms: '500', kafka_sasl_mechanism: 'OAUTHBEARER' },
  });
  b.columns(k, [['id', 'UInt64'], ['payload', 'String']]);
  const t = b.add('mergeTree', 'rollup', { orderBy: 'toStartOfHour(ts), id', ttl: 'ts + INTERVAL 1 DAY' });
  b.columns(t, [['id', 'UInt64'], ['ts', 'DateTime'], ['size', 'UInt64']]);
  b.update(t, { engine: { family: 'CollapsingMergeTree', replicated: false, zooPath: '', replicaName: '', params: { sign: 'size' } } });
  const v = b.add('materializedView', 'to_rollup', { where: 'length(payload) > 0' });
  b.connect(k, v).connect(v, t);
  return b.build();
}

export function exportFixtures(): { name: string; pipeline: Pipeline }[] {
  return [...TEMPLATES.map((t) => ({ name: t.id, pipeline: t.build() })), { name: 'misfit', pipeline: misfit() }];
}
