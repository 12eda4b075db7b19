// The example from Aiven's ClickHouse documentation, made valid: its single
// statement declares both `TO` and `ENGINE`, which ClickHouse refuses. Here the
// target table is its own node and the view writes into it with TO.
import { DesignBuilder } from './builder';
import type { Template } from './template';

export const aivenSeed: Template = {
  id: 'aiven-kafka-replicated',
  title: 'Aiven: Kafka → ReplicatedMergeTree through a TO view',
  description: 'Integration table service_kaf.table_name feeds default.destination (ReplicatedMergeTree) via default.my_view.',
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
    // No Keeper path or replica name: the server's defaults (macros) apply, as on Aiven.
    return b.update(target, { engine: { family: 'MergeTree', replicated: true, zooPath: '', replicaName: '', params: {} }, orderBy: 'x' }).build();
  },
};
