// Pre-aggregation: the view turns each block of raw payments into partial
// aggregation states per minute, and AggregatingMergeTree merges those states
// as parts merge. The state columns' types must be exactly what the -State
// functions return, or the insert fails; reading needs the matching -Merge.
import { DesignBuilder } from './builder';
import type { Template } from './template';

export const minuteRollup: Template = {
  id: 'per-minute-rollup-aggregating',
  title: 'Per-minute rollup with AggregatingMergeTree',
  description: 'Payments folded into count, sum and unique-user states per minute; read back with the -Merge functions.',
  readBack: [
    'SELECT',
    '    minute,',
    '    countMerge(payments) AS payments,',
    '    sumMerge(amount_total) AS amount_total,',
    '    uniqMerge(users) AS users',
    'FROM default.payments_per_minute',
    'GROUP BY minute',
    'ORDER BY minute',
  ].join('\n'),
  build() {
    const b = new DesignBuilder();
    const topic = b.add('kafkaTopic', 'payments_topic', { topic: 'payments', format: 'JSONEachRow', consumerGroup: 'clickhouse_payments' });
    const queue = b.add('kafkaTable', 'payments_queue');
    b.columns(queue, [
      ['ts', 'DateTime'],
      ['user_id', 'UInt64'],
      ['amount', 'Float64'],
    ]);
    const view = b.add('materializedView', 'payments_per_minute_mv', { groupBy: 'toStartOfMinute(ts)' });
    // Mappings first: a view that already has rows keeps them when its source is connected.
    b.mapping(view, 'minute', 'toStartOfMinute(ts)')
      .mapping(view, 'payments', 'countState()')
      .mapping(view, 'amount_total', 'sumState(amount)')
      .mapping(view, 'users', 'uniqState(user_id)');
    const target = b.add('mergeTree', 'payments_per_minute', {
      engine: { family: 'AggregatingMergeTree', replicated: false, zooPath: '', replicaName: '', params: {} },
      orderBy: 'minute',
    });
    b.columns(target, [
      ['minute', 'DateTime'],
      ['payments', 'AggregateFunction(count)'],
      ['amount_total', 'AggregateFunction(sum, Float64)'],
      ['users', 'AggregateFunction(uniq, UInt64)'],
    ]);
    return b.connect(topic, queue).connect(queue, view).connect(view, target).build();
  },
};
