// With kafka_handle_error_mode = 'stream' a message that does not parse no
// longer stops the consumer: it arrives as a row with default values and the
// parser's message in the _error virtual column. One view keeps the good rows,
// a second stores the broken messages with their Kafka position for replay.
import { DesignBuilder } from './builder';
import type { Template } from './template';

export const deadLetter: Template = {
  id: 'kafka-dead-letter-stream',
  title: "Dead-letter stream with kafka_handle_error_mode = 'stream'",
  description: 'Clicks that parse go to one table; broken messages land in clicks_errors with topic, partition, offset, raw text and error.',
  readBack: [
    'SELECT kafka_topic, kafka_partition, kafka_offset, error, raw_message',
    'FROM default.clicks_errors',
    'ORDER BY kafka_partition, kafka_offset',
    'LIMIT 100',
  ].join('\n'),
  build() {
    const b = new DesignBuilder();
    const topic = b.add('kafkaTopic', 'clicks_topic', { topic: 'clicks', format: 'JSONEachRow', consumerGroup: 'clickhouse_clicks' });
    // The mode must be set before the views connect: only then do _error and _raw_message exist.
    const queue = b.add('kafkaTable', 'clicks_queue', { settings: { kafka_handle_error_mode: 'stream' } });
    b.columns(queue, [
      ['ts', 'DateTime'],
      ['user_id', 'UInt64'],
      ['url', 'String'],
    ]);
    b.connect(topic, queue);

    const good = b.add('materializedView', 'clicks_mv', { where: 'length(_error) = 0' });
    const clicks = b.add('mergeTree', 'clicks', { orderBy: 'user_id, ts' });
    b.connect(queue, good).connect(good, clicks);

    const bad = b.add('materializedView', 'clicks_errors_mv', { where: 'length(_error) > 0' }, 1);
    b.mapping(bad, 'kafka_topic', '_topic')
      .mapping(bad, 'kafka_partition', '_partition')
      .mapping(bad, 'kafka_offset', '_offset')
      .mapping(bad, 'raw_message', '_raw_message')
      .mapping(bad, 'error', '_error');
    // The target takes the virtual columns' exact types from the view.
    const errors = b.add('mergeTree', 'clicks_errors', {}, 1);
    b.connect(queue, bad).connect(bad, errors);
    return b.update(errors, { orderBy: 'kafka_topic, kafka_partition, kafka_offset' }).build();
  },
};
