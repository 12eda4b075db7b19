// The example from Aiven's ClickHouse documentation, made valid: its single
// statement declares both `TO` and `ENGINE`, which ClickHouse refuses. Here the
// target table is its own node and the view writes into it with TO.
//
// On Aiven every database uses the Replicated database engine, where
// `ReplicatedMergeTree` without a Keeper path and replica name is the correct form
// (the database supplies the table's UUID for the default path). The design says
// so (options.replicatedDatabases), which is what lets the validator accept the
// table without arguments. Databases are not created by the script: `default`
// exists, and `service_kaf` is made by the Kafka integration (Aiven reserves the
// `service_` prefix, so a user's CREATE DATABASE there is refused).
import { DesignBuilder } from './builder';
import type { Template } from './template';

export const aivenSeed: Template = {
  id: 'aiven-kafka-replicated',
  title: 'Aiven: Kafka → ReplicatedMergeTree through a TO view',
  description:
    'Integration table service_kaf.table_name feeds default.destination via default.my_view; Aiven databases are Replicated, so ReplicatedMergeTree takes no Keeper path.',
  build() {
    const b = new DesignBuilder();
    // Aiven's integration reads with the consumer group `clickhouse` unless told otherwise.
    const topic = b.add('kafkaTopic', 'table_name', { topic: 'table_name', consumerGroup: 'clickhouse' });
    const queue = b.add('kafkaTable', 'table_name', { database: 'service_kaf' });
    b.columns(queue, [
      ['x', 'UInt64'],
      ['y', 'String'],
    ]);
    const view = b.add('materializedView', 'my_view');
    const target = b.add('mergeTree', 'destination');
    b.connect(topic, queue).connect(queue, view).connect(view, target);
    b.update(target, { engine: { family: 'MergeTree', replicated: true, zooPath: '', replicaName: '', params: {} }, orderBy: 'x' });
    return b.options({ replicatedDatabases: true, createDatabases: false }).build();
  },
};
