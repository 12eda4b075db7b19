import { newId } from '../ids';
import type { KafkaTopic, Position } from '../types';

export const DEFAULT_KAFKA_FORMAT = 'JSONEachRow';

export function createKafkaTopic(name: string, position: Position, init: Partial<KafkaTopic> = {}): KafkaTopic {
  return {
    id: newId('topic'),
    kind: 'kafkaTopic',
    name,
    database: 'default',
    comment: '',
    position,
    brokers: 'kafka:9092',
    topic: name,
    format: DEFAULT_KAFKA_FORMAT,
    consumerGroup: `clickhouse_${name}`,
    ...init,
  };
}
