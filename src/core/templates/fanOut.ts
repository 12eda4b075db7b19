// One Kafka table, two views: each view is its own consumer of the same
// blocks, so the raw orders and a per-customer daily summary are filled from
// a single read of the topic.
import { DesignBuilder } from './builder';
import type { Template } from './template';

export const fanOut: Template = {
  id: 'kafka-fan-out-two-targets',
  title: 'Fan-out: one Kafka table into two targets',
  description: 'Orders are stored raw and, through a second view, summed per customer and day in a SummingMergeTree.',
  build() {
    const b = new DesignBuilder();
    const topic = b.add('kafkaTopic', 'orders_topic', { topic: 'orders', format: 'JSONEachRow', consumerGroup: 'clickhouse_orders' });
    const queue = b.add('kafkaTable', 'orders_queue');
    b.columns(queue, [
      ['order_id', 'UInt64'],
      ['customer_id', 'UInt64'],
      ['amount', 'Decimal(18, 2)'],
      ['created_at', 'DateTime'],
    ]);
    b.connect(topic, queue);

    const raw = b.add('materializedView', 'orders_raw_mv');
    const orders = b.add('mergeTree', 'orders_raw', { orderBy: 'created_at, order_id', partitionBy: 'toYYYYMM(created_at)' });
    b.connect(queue, raw).connect(raw, orders);

    const daily = b.add('materializedView', 'customer_daily_mv', {}, 1);
    b.mapping(daily, 'customer_id', 'customer_id')
      .mapping(daily, 'day', 'toDate(created_at)')
      .mapping(daily, 'orders', '1')
      .mapping(daily, 'amount', 'amount');
    const summary = b.add('mergeTree', 'customer_daily', {
      engine: { family: 'SummingMergeTree', replicated: false, zooPath: '', replicaName: '', params: {} },
      orderBy: 'customer_id, day',
    }, 1);
    b.columns(summary, [
      ['customer_id', 'UInt64'],
      ['day', 'Date'],
      ['orders', 'UInt64'],
      ['amount', 'Decimal(18, 2)'],
    ]);
    return b.connect(queue, daily).connect(daily, summary).build();
  },
};
