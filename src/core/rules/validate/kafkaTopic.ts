// A topic node only labels where messages come from; what matters is the
// connection details it hands to the Kafka tables reading it (they show them
// read-only, so their problems are reported here, where they can be fixed).
import type { KafkaTopic } from '../../model/types';
import type { Emit } from './diag';
import { validateConnection } from './kafkaConnection';
import type { Neighbours } from './neighbours';

export function validateKafkaTopic(t: KafkaTopic, around: Neighbours, emit: Emit): void {
  validateConnection(t, emit, { consumerGroup: around.downstream.length > 0 });
}
