import { newId } from '../ids';
import type { KafkaTable, Position } from '../types';
import { DEFAULT_KAFKA_FORMAT } from './kafkaTopic';

export function createKafkaTable(name: string, position: Position, init: Partial<KafkaTable> = {}): KafkaTable {
  return {
    id: newId('kafka'),
    kind: 'kafkaTable',
    name,
    database: 'default',
    comment: '',
    position,
    columns: [],
    brokers: 'kafka:9092',
    topic: 'events',
    format: DEFAULT_KAFKA_FORMAT,
    consumerGroup: 'clickhouse',
    settings: {},
    namedCollection: '',
    ...init,
  };
}
