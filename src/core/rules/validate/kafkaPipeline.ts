// Kafka checks that look beyond one table: consumer groups shared between
// tables, and an error stream nobody reads (docs/clickhouse.md §g.4, §h).
import type { KafkaTable, Pipeline } from '../../model/types';
import { warning, type Emit } from './diag';
import { identifiers } from './ttl';
import { shown } from './names';
import type { NeighbourIndex, Neighbours } from './neighbours';

/** The entity whose form holds the table's connection values: its topic when linked. */
function owner(index: NeighbourIndex, t: KafkaTable): string {
  const up = index.of(t.id).upstream;
  return up?.kind === 'kafkaTopic' ? up.id : t.id;
}

function usesNamedCollection(t: KafkaTable): boolean {
  return (t.namedCollection ?? '').trim() !== '';
}

export function validateConsumerGroups(p: Pipeline, index: NeighbourIndex, emit: Emit): void {
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
    const others = othersLists(tables);
    tables.forEach((t, i) => {
      const id = owner(index, t);
      if (reported.has(id)) return;
      reported.add(id);
      emit(warning(id, 'kafka.consumerGroup.shared', `Consumer group ${group} is also used by the Kafka table ${others[i]}; Kafka splits the partitions between the tables, so each sees only part of the messages. Give each table its own group.`, 'consumerGroup'));
    });
  }
}

/**
 * For each table, the names of the others joined with ', ', built from running prefixes and
 * suffixes: O(n) joins for a group of n tables rather than n joins of n names (a design whose
 * tables all keep the default group names every table in every message).
 */
function othersLists(tables: readonly KafkaTable[]): string[] {
  // The same object listed twice is left out twice, as a filter by identity does.
  if (new Set(tables).size !== tables.length) return tables.map((t) => tables.filter((o) => o !== t).map((o) => shown(o.name)).join(', '));
  const names = tables.map((o) => shown(o.name));
  const n = names.length;
  const suffix: string[] = new Array(n);
  suffix[n - 1] = names[n - 1]!;
  for (let i = n - 2; i >= 0; i--) suffix[i] = `${names[i]}, ${suffix[i + 1]}`;
  const out: string[] = new Array(n);
  let prefix = '';
  for (let i = 0; i < n; i++) {
    out[i] = i === 0 ? (suffix[1] ?? '') : i === n - 1 ? prefix : `${prefix}, ${suffix[i + 1]}`;
    prefix = i === 0 ? names[0]! : `${prefix}, ${names[i]}`;
  }
  return out;
}

const ERROR_COLUMNS = new Set(['_error', '_raw_message']);

/** With kafka_handle_error_mode = 'stream', broken messages are only kept if some view reads _error. */
export function validateErrorStream(t: KafkaTable, around: Neighbours, emit: Emit): void {
  const mode = (t.settings['kafka_handle_error_mode'] ?? '').replace(/'/g, '').trim();
  if (mode !== 'stream') return;
  const readers = around.downstream.filter((e) => e?.kind === 'materializedView');
  const read = readers.some((v) => v!.kind === 'materializedView' && [v!.where, v!.rawSelect ?? '', ...v!.mappings.map((m) => m.expr)].some((x) => identifiers(x).some((n) => ERROR_COLUMNS.has(n))));
  if (!read)
    emit(warning(t.id, 'kafka.errorStream.unread', 'kafka_handle_error_mode is stream, but no view reads _error: broken messages are turned into rows of default values and their errors are lost. Add a view with WHERE length(_error) > 0 that stores _raw_message and _error, and filter the main view with length(_error) = 0.', 'setting.kafka_handle_error_mode'));
}
