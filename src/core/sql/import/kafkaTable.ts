// CREATE TABLE … ENGINE = Kafka back into a KafkaTable: the inverse of
// emit/kafkaTable.ts. Accepts the SETTINGS form, a named collection and the
// legacy positional Kafka('brokers', 'topic', 'group', 'format', …) form.
import { createKafkaTable } from '../../model/kinds/kafkaTable';
import type { KafkaTable } from '../../model/types';
import { kafkaSettingKind } from '../settingValue';
import type { ParsedTable } from './ast';
import { HIDDEN, modelSettingValue } from './settings';

// The engine's positional parameters, in ClickHouse's order.
export const KAFKA_POSITIONAL = [
  'kafka_broker_list',
  'kafka_topic_list',
  'kafka_group_name',
  'kafka_format',
  'kafka_row_delimiter',
  'kafka_schema',
  'kafka_num_consumers',
  'kafka_max_block_size',
  'kafka_skip_broken_messages',
  'kafka_commit_every_batch',
  'kafka_client_id',
  'kafka_poll_timeout_ms',
  'kafka_poll_max_batch_size',
  'kafka_flush_interval_ms',
  'kafka_consumer_reschedule_ms',
  'kafka_thread_per_consumer',
  'kafka_handle_error_mode',
  'kafka_commit_on_select',
  'kafka_max_rows_per_message',
];

const FIELD: Record<string, 'brokers' | 'topic' | 'consumerGroup' | 'format'> = {
  kafka_broker_list: 'brokers',
  kafka_topic_list: 'topic',
  kafka_group_name: 'consumerGroup',
  kafka_format: 'format',
};

export interface Imported<T> {
  entity: T;
  notes: string[];
}

export function importKafkaTable(t: ParsedTable, database: string, where: string): Imported<KafkaTable> {
  const notes: string[] = [];
  const k = createKafkaTable(t.name.name, { x: 0, y: 0 }, {
    database,
    columns: t.columns,
    comment: t.comment,
    brokers: '',
    topic: '',
    consumerGroup: '',
    format: '',
  });
  const settings: Record<string, string> = {};
  const set = (name: string, value: string) => {
    if (value === HIDDEN) {
      notes.push(`${where}: ClickHouse hid the value of ${name}; enter it again`);
      value = '';
    }
    const field = FIELD[name];
    if (field) k[field] = value;
    else settings[name] = value;
  };
  const args = t.engine?.args ?? [];
  if (args.length === 1 && args[0]!.identifier !== undefined) k.namedCollection = args[0]!.identifier;
  else if (args.length > 0) {
    if (args.length > KAFKA_POSITIONAL.length) throw new Error(`${where}: Kafka takes at most ${KAFKA_POSITIONAL.length} arguments, found ${args.length}`);
    args.forEach((a, i) => set(KAFKA_POSITIONAL[i]!, a.string ?? a.text));
    notes.push(`${where}: the positional Kafka(…) arguments are written as SETTINGS`);
  }
  for (const s of t.clauses.settings) set(s.name, modelSettingValue(s, kafkaSettingKind(s.name)));
  k.settings = settings;
  for (const [clause, text] of Object.entries(t.clauses)) {
    if (clause !== 'settings' && text) throw new Error(`${where}: a Kafka table takes no ${clause.replace(/[A-Z]/, (c) => ' ' + c).toUpperCase()} clause`);
  }
  if (t.indexes.length > 0) throw new Error(`${where}: a Kafka table cannot have indexes`);
  for (const u of t.unsupported) notes.push(`${where}: ${u} is not part of chflow’s model and was left out`);
  for (const x of t.projections) notes.push(`${where}: PROJECTION ${x.name} was left out (chflow keeps projections of MergeTree family tables only)`);
  for (const x of t.constraints) notes.push(`${where}: CONSTRAINT ${x.name} was left out (chflow keeps constraints of MergeTree family tables only)`);
  return { entity: k, notes };
}
