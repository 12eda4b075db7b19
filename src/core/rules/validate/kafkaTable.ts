// Kafka engine tables: connection details, columns the engine can hold, settings.
import type { KafkaTable } from '../../model/types';
import { columnField, validateColumns } from './columns';
import { error, type Emit } from './diag';
import { validateConnection } from './kafkaConnection';
import { validateKafkaSettings } from './kafkaTableSettings';
import { quoted } from './names';
import { validateErrorStream } from './kafkaPipeline';
import { kafkaColumnTtl } from './ttl';
import type { Neighbours } from './neighbours';

export function validateKafkaTable(t: KafkaTable, around: Neighbours, emit: Emit): void {
  // A linked topic supplies brokers, topic, format and group and reports their problems itself.
  if (around.upstream?.kind !== 'kafkaTopic') validateConnection(t, emit, { consumerGroup: true });

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
  validateMacros(t, emit);
  validateErrorStream(t, around, emit);
}


// Server macros ({shard}, {replica}, …) are expanded in Kafka connection settings; one the
// server does not define makes ClickHouse refuse the table (NO_ELEMENTS_IN_CONFIG).
// {database} and {table} are always known.
const MACRO = /\{([^{}]*)\}/g;
const ALWAYS_KNOWN = new Set(['database', 'table']);

function validateMacros(t: KafkaTable, emit: Emit): void {
  const values: [field: string, value: string][] = [
    ['brokers', t.brokers],
    ['topic', t.topic],
    ['consumerGroup', t.consumerGroup],
    ...Object.entries(t.settings).map(([name, value]): [string, string] => [`setting.${name}`, value]),
  ];
  for (const [field, value] of values) {
    const unknown = [...value.matchAll(MACRO)].map((m) => m[1]!).find((name) => !ALWAYS_KNOWN.has(name));
    if (unknown !== undefined)
      emit(error(t.id, 'kafka.setting.macro', `{${unknown}} is read as a server macro, which ClickHouse must define or it refuses the table. Remove the braces, or make sure every server defines the macro.`, field));
  }
}
