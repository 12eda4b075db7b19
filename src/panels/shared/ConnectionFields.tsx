// Brokers, topic, format and consumer group: owned by a topic node, or by a Kafka
// table that has no topic linked.
import type { KafkaTable, KafkaTopic } from '../../core/model/types';
import { patchEntity } from './edit';
import { Field, TextField } from './Field';
import { COMMON_KAFKA_FORMATS, OTHER_KAFKA_FORMATS, isKnownFormat } from './kafkaFormats';

interface Props {
  entity: KafkaTopic | KafkaTable;
  /** Name of the linked topic node that owns these values (read-only here). */
  fromTopic?: string;
}

export function ConnectionFields({ entity, fromTopic }: Props) {
  const readOnly = fromTopic !== undefined;
  const edit = (patch: Partial<Pick<KafkaTopic, 'brokers' | 'topic' | 'format' | 'consumerGroup'>>) => patchEntity(entity.id, patch);
  return (
    <>
      {readOnly ? (
        <p className="panel-note" data-testid="panel.fromTopic">
          Read-only here: from topic <strong>{fromTopic}</strong>, which owns these values.
        </p>
      ) : null}
      <TextField
        label="Brokers"
        field="brokers"
        testId="panel.brokers"
        code
        placeholder="host1:9092,host2:9092"
        readOnly={readOnly}
        value={entity.brokers}
        onChange={(brokers) => edit({ brokers })}
      />
      <TextField
        label="Topic"
        field="topic"
        testId="panel.topic"
        code
        readOnly={readOnly}
        value={entity.topic}
        onChange={(topic) => edit({ topic })}
      />
      <Field label="Message format" field="format">
        {(ctl) => (
          <select
            {...ctl}
            className="panel-input"
            data-testid="panel.format"
            value={entity.format}
            disabled={readOnly}
            onChange={(e) => edit({ format: e.target.value })}
          >
            {!isKnownFormat(entity.format) ? <option value={entity.format}>{entity.format || '(none)'} — unknown</option> : null}
            <optgroup label="Common">
              {COMMON_KAFKA_FORMATS.map((f) => (
                <option key={f} value={f}>
                  {f}
                </option>
              ))}
            </optgroup>
            <optgroup label="All input formats">
              {OTHER_KAFKA_FORMATS.map((f) => (
                <option key={f} value={f}>
                  {f}
                </option>
              ))}
            </optgroup>
          </select>
        )}
      </Field>
      <TextField
        label="Consumer group"
        field="consumerGroup"
        testId="panel.consumerGroup"
        code
        readOnly={readOnly}
        value={entity.consumerGroup}
        onChange={(consumerGroup) => edit({ consumerGroup })}
      />
    </>
  );
}
