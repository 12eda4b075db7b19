// A topic node only labels where messages come from; what matters is the
// connection details it hands to the Kafka tables reading it.
import type { KafkaTopic } from '../../model/types';
import type { Emit } from './diag';
import { validateConnection } from './kafkaConnection';

export function validateKafkaTopic(t: KafkaTopic, emit: Emit): void {
  validateConnection(t, emit, { consumerGroup: false });
}
