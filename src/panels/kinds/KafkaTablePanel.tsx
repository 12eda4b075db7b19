import { upstream } from '../../core/model/query';
import type { KafkaTable } from '../../core/model/types';
import { useDesign } from '../../store/designStore';
import { ColumnsEditor } from '../columns/ColumnsEditor';
import { KafkaSettingsEditor } from '../kafka/KafkaSettingsEditor';
import { CommonFields } from '../shared/CommonFields';
import { ConnectionFields } from '../shared/ConnectionFields';
import { Section } from '../shared/Field';

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
        <ConnectionFields entity={entity} fromTopic={topicName} />
      </Section>
      <ColumnsEditor entity={entity} />
      <KafkaSettingsEditor table={entity} />
    </>
  );
}
