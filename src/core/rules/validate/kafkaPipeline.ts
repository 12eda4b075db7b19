// Kafka checks that look beyond one table: consumer groups shared between
// tables, and an error stream nobody reads (docs/clickhouse.md §g.4, §h).
import { getEntity, outgoing, upstream } from '../../model/query';
import type { KafkaTable, Pipeline } from '../../model/types';
import { warning, type Emit } from './diag';
import { identifiers } from './ttl';
import { shown } from './names';

/** The entity whose form holds the table's connection values: its topic when linked. */
function owner(p: Pipeline, t: KafkaTable): string {
  const up = upstream(p, t.id);
  return up?.kind === 'kafkaTopic' ? up.id : t.id;
}

function usesNamedCollection(t: KafkaTable): boolean {
  return (t.namedCollection ?? '').trim() !== '';
}

export function validateConsumerGroups(p: Pipeline, emit: Emit): void {
  const byGroup = new Map<string, KafkaTable[]>();
  for (const e of p.entities) {
    if (e.kind !== 'kafkaTable' || usesNamedCollection(e)) continue;
    const g = e.consumerGroup.trim();
    if (g === '') continue;
    const list = byGroup.get(g) ?? [];
    list.push(e);
    byGroup.set(g, list);
  }
  const reported = new Set<string>();
  for (const [group, tables] of byGroup) {
    if (tables.length < 2) continue;
    for (const t of tables) {
      const id = owner(p, t);
      if (reported.has(id)) continue;
      reported.add(id);
      const others = tables.filter((o) => o !== t).map((o) => shown(o.name)).join(', ');
      emit(warning(id, 'kafka.consumerGroup.shared', `Consumer group ${group} is also used by the Kafka table ${others}; Kafka splits the partitions between the tables, so each sees only part of the messages. Give each table its own group.`, 'consumerGroup'));
    }
  }
}

const ERROR_COLUMNS = new Set(['_error', '_raw_message']);

/** With kafka_handle_error_mode = 'stream', broken messages are only kept if some view reads _error. */
export function validateErrorStream(p: Pipeline, t: KafkaTable, emit: Emit): void {
  const mode = (t.settings['kafka_handle_error_mode'] ?? '').replace(/'/g, '').trim();
  if (mode !== 'stream') return;
  const readers = outgoing(p, t.id).map((l) => getEntity(p, l.target)).filter((e) => e?.kind === 'materializedView');
  const read = readers.some((v) => v!.kind === 'materializedView' && [v!.where, v!.rawSelect ?? '', ...v!.mappings.map((m) => m.expr)].some((x) => identifiers(x).some((n) => ERROR_COLUMNS.has(n))));
  if (!read)
    emit(warning(t.id, 'kafka.errorStream.unread', 'kafka_handle_error_mode is stream, but no view reads _error: broken messages are turned into rows of default values and their errors are lost. Add a view with WHERE length(_error) > 0 that stores _raw_message and _error, and filter the main view with length(_error) = 0.', 'setting.kafka_handle_error_mode'));
}
