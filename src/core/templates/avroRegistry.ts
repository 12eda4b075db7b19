// Avro with a Confluent schema registry: each message starts with a schema id
// that ClickHouse resolves against the registry, so the Kafka table needs the
// registry's URL as a format setting (without it: "Empty Schema Registry URL").
import { DesignBuilder } from './builder';
import type { Template } from './template';

export const avroRegistry: Template = {
  id: 'avro-schema-registry',
  title: 'Avro topic with a schema registry (AvroConfluent)',
  description: 'Sensor readings in Confluent Avro, decoded through http://schema-registry:8081, stored per sensor and time.',
  build() {
    const b = new DesignBuilder();
    const topic = b.add('kafkaTopic', 'sensor_readings_topic', {
      topic: 'sensor_readings',
      format: 'AvroConfluent',
      consumerGroup: 'clickhouse_sensors',
    });
    const queue = b.add('kafkaTable', 'sensor_readings_queue', {
      settings: { format_avro_schema_registry_url: 'http://schema-registry:8081' },
    });
    // Avro fields map to columns by name; timestamp-millis arrives as DateTime64(3).
    b.columns(queue, [
      ['sensor_id', 'String'],
      ['ts', 'DateTime64(3)'],
      ['temperature', 'Float64'],
      ['humidity', 'Float32'],
    ]);
    const view = b.add('materializedView', 'sensor_readings_mv');
    const target = b.add('mergeTree', 'sensor_readings');
    b.connect(topic, queue).connect(queue, view).connect(view, target);
    return b.update(target, { orderBy: 'sensor_id, ts', partitionBy: 'toYYYYMM(ts)' }).build();
  },
};
