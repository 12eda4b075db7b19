import type { KafkaTopic } from '../../core/model/types';
import { CommonFields } from '../shared/CommonFields';
import { ConnectionFields } from '../shared/ConnectionFields';
import { Section } from '../shared/Field';
import { memoIgnoringLabels } from '../shared/memoPanel';
import { SamplesField } from '../../engine/SamplesField';

const Connection = memoIgnoringLabels(ConnectionFields, 'entity');

export function KafkaTopicPanel({ entity }: { entity: KafkaTopic }) {
  return (
    <>
      <Section title="General">
        <CommonFields entity={entity} />
      </Section>
      <Section title="Connection">
        <p className="panel-hint">A topic emits no SQL itself: the Kafka tables linked to it take these values.</p>
        <Connection entity={entity} />
      </Section>
      <Section title="Sample messages">
        <SamplesField topic={entity} />
      </Section>
    </>
  );
}
