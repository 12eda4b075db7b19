// A topic node only labels where messages come from; what matters is the
// connection details it hands to the Kafka tables reading it (they show them
// read-only, so their problems are reported here, where they can be fixed).
import { outgoing } from '../../model/query';
import type { KafkaTopic, Pipeline } from '../../model/types';
import type { Emit } from './diag';
import { validateConnection } from './kafkaConnection';

export function validateKafkaTopic(p: Pipeline, t: KafkaTopic, emit: Emit): void {
  validateConnection(t, emit, { consumerGroup: outgoing(p, t.id).length > 0 });
}
