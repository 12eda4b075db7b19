import type { Entity, NodeKind, Position } from '../types';
import { createKafkaTable } from './kafkaTable';
import { createKafkaTopic } from './kafkaTopic';
import { createMaterializedView } from './materializedView';
import { createMergeTree } from './mergeTree';

export interface KindInfo {
  kind: NodeKind;
  label: string;
  /** Base for generated names: kafka_topic, kafka_table_2, … */
  baseName: string;
  hasInput: boolean;
  hasOutput: boolean;
  create(name: string, position: Position): Entity;
}

export const KINDS: Record<NodeKind, KindInfo> = {
  kafkaTopic: {
    kind: 'kafkaTopic',
    label: 'Kafka topic',
    baseName: 'events',
    hasInput: false,
    hasOutput: true,
    create: createKafkaTopic,
  },
  kafkaTable: {
    kind: 'kafkaTable',
    label: 'Kafka engine table',
    baseName: 'events_queue',
    hasInput: true,
    hasOutput: true,
    create: createKafkaTable,
  },
  materializedView: {
    kind: 'materializedView',
    label: 'Materialized view',
    baseName: 'events_mv',
    hasInput: true,
    hasOutput: true,
    create: createMaterializedView,
  },
  mergeTree: {
    kind: 'mergeTree',
    label: 'MergeTree table',
    baseName: 'events_store',
    hasInput: true,
    hasOutput: true,
    create: createMergeTree,
  },
};
