import { upstream } from '../../core/model/query';
import type { KafkaTable } from '../../core/model/types';
import { useDesign } from '../../store/designStore';
import { ColumnsEditor } from '../columns/ColumnsEditor';
import { KafkaSettingsEditor } from '../kafka/KafkaSettingsEditor';
import { memoIgnoringLabels } from '../shared/memoPanel';
import { CommonFields } from '../shared/CommonFields';
import { ConnectionFields } from '../shared/ConnectionFields';
import { patchEntity } from '../shared/edit';
import { Section, TextField } from '../shared/Field';

const Columns = memoIgnoringLabels(ColumnsEditor, 'entity');
const Settings = memoIgnoringLabels(KafkaSettingsEditor, 'table');
const Connection = memoIgnoringLabels(ConnectionFields, 'entity');

export function KafkaTablePanel({ entity }: { entity: KafkaTable }) {
  const topicName = useDesign((s) => {
    const up = upstream(s.pipeline, entity.id);
    return up?.kind === 'kafkaTopic' ? up.name : undefined;
  });
  return (
    <>
      <Section title="General">
        <CommonFields entity={entity} />
      </Section>
      <Section title="Connection">
        <TextField
          label="Named collection (optional)"
          field="namedCollection"
          testId="panel.namedCollection"
          code
          placeholder="e.g. kafka_prod"
          hint={
            entity.namedCollection?.trim()
              ? 'ENGINE = Kafka(collection): brokers, topic, group, format and SASL credentials come from the server’s collection and are not written below.'
              : 'A server-side collection (CREATE NAMED COLLECTION) that holds the connection and credentials, so they stay out of the DDL.'
          }
          value={entity.namedCollection ?? ''}
          onChange={(namedCollection) => patchEntity(entity.id, { namedCollection })}
        />
        <Connection entity={entity} fromTopic={topicName} />
      </Section>
      <Columns entity={entity} />
      <Settings table={entity} />
    </>
  );
}
