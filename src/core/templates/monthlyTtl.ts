// A typical event store: JSON messages land in a table partitioned by month,
// sorted for per-user lookups, with rows expiring after 90 days. Whole
// partitions age out together, which keeps TTL cleanup cheap.
import { DesignBuilder } from './builder';
import type { Template } from './template';

export const monthlyTtl: Template = {
  id: 'json-events-monthly-ttl',
  title: 'JSON events → MergeTree partitioned by month with TTL',
  description: 'Page views in JSONEachRow, stored by month, ordered by user and time, kept for 90 days.',
  build() {
    const b = new DesignBuilder();
    const topic = b.add('kafkaTopic', 'page_views_topic', { topic: 'page_views', format: 'JSONEachRow', consumerGroup: 'clickhouse_page_views' });
    const queue = b.add('kafkaTable', 'page_views_queue');
    b.columns(queue, [
      ['event_time', 'DateTime'],
      ['user_id', 'UInt64'],
      ['url', 'String'],
      ['referrer', 'String'],
      ['duration_ms', 'UInt32'],
    ]);
    const view = b.add('materializedView', 'page_views_mv');
    const target = b.add('mergeTree', 'page_views');
    b.connect(topic, queue).connect(queue, view).connect(view, target);
    return b
      .update(target, {
        orderBy: 'user_id, event_time',
        partitionBy: 'toYYYYMM(event_time)',
        ttl: 'event_time + INTERVAL 90 DAY',
      })
      .build();
  },
};
