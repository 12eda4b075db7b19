// Kafka engine tables: connection details, columns the engine can hold, settings.
import { upstream } from '../../model/query';
import type { KafkaTable, Pipeline } from '../../model/types';
import { columnField, validateColumns } from './columns';
import { error, type Emit } from './diag';
import { validateConnection } from './kafkaConnection';
import { validateKafkaSettings } from './kafkaTableSettings';
import { quoted } from './names';
import { validateErrorStream } from './kafkaPipeline';
import { kafkaColumnTtl } from './ttl';

export function validateKafkaTable(p: Pipeline, t: KafkaTable, emit: Emit): void {
  // A linked topic supplies brokers, topic, format and group and reports their problems itself.
  if (upstream(p, t.id)?.kind !== 'kafkaTopic') validateConnection(t, emit, { consumerGroup: true });

  if (t.columns.length === 0)
    emit(error(t.id, 'kafka.columns.empty', 'The Kafka table has no columns; add one per field of the messages.', 'columns'));
  else if (t.columns.every((c) => c.defaultKind === 'ALIAS'))
    emit(error(t.id, 'kafka.columns.noPhysical', 'Every column is an ALIAS, so there is nothing to read messages into; ClickHouse refuses the table. Make at least one column a plain column.', 'columns'));
  validateColumns(t.id, t.columns, emit, 'kafkaColumn');
  for (const c of t.columns) {
    if (c.defaultKind === 'DEFAULT' || c.defaultKind === 'MATERIALIZED' || c.defaultKind === 'EPHEMERAL')
      emit(error(t.id, 'kafka.column.default', `Column ${quoted(c.name)} is ${c.defaultKind}, which Kafka tables do not support (only ALIAS). Make it a plain column and compute the value in the view or the target table.`, columnField(c, 'defaultExpr')));
  }
  kafkaColumnTtl(t.id, t.columns, emit);
  validateKafkaSettings(t, emit);
  validateErrorStream(p, t, emit);
}

