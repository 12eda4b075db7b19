// Kafka delivers at least once: after a rebalance or a failed insert the same
// messages can arrive again. A message is identified by its topic, partition
// and offset (the Kafka engine's virtual columns), so a ReplacingMergeTree
// sorted by exactly those keeps one row per message once parts merge.
import { DesignBuilder } from './builder';
import type { Template } from './template';

export const dedupReplacing: Template = {
  id: 'kafka-dedup-replacing',
  title: 'Deduplication with ReplacingMergeTree keyed by (_topic, _partition, _offset)',
  description: 'Orders keep the Kafka position of each message; redelivered copies collapse on merge.',
  build() {
    const b = new DesignBuilder();
    const topic = b.add('kafkaTopic', 'orders_topic', { topic: 'orders', consumerGroup: 'clickhouse_orders' });
    const queue = b.add('kafkaTable', 'orders_queue');
    b.columns(queue, [
      ['order_id', 'UInt64'],
      ['customer_id', 'UInt64'],
      ['amount', 'Decimal(18, 2)'],
      ['status', 'LowCardinality(String)'],
      ['updated_at', 'DateTime'],
    ]);
    const view = b.add('materializedView', 'orders_mv');
    b.connect(topic, queue).connect(queue, view);
    b.mapping(view, 'kafka_topic', '_topic').mapping(view, 'kafka_partition', '_partition').mapping(view, 'kafka_offset', '_offset');
    const target = b.add('mergeTree', 'orders');
    b.connect(view, target);
    return b
      .update(target, {
        engine: { family: 'ReplacingMergeTree', replicated: false, zooPath: '', replicaName: '', params: {} },
        orderBy: 'kafka_topic, kafka_partition, kafka_offset',
      })
      .build();
  },
};
