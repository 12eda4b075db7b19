// Mapping a Kafka virtual column (docs/clickhouse.md §a.6) into a view's output: the row
// reads the virtual column, and the target needs a column of exactly its type.
import { kafkaVirtualColumns, type VirtualColumn } from '../clickhouse/virtualColumns';
import { createMapping } from './kinds/materializedView';
import { getEntity, upstream, viewTarget } from './query';
import type { Pipeline } from './types';

const TARGET_NAMES: Record<string, string> = {
  '_raw_message': 'raw_message',
  '_error': 'error',
  '_headers.name': 'kafka_header_names',
  '_headers.value': 'kafka_header_values',
};

/** The target column name a virtual column is usually stored as: `_topic` → `kafka_topic`. */
export function virtualTargetName(virtual: string): string {
  return TARGET_NAMES[virtual] ?? `kafka${virtual}`;
}

/** Virtual columns the view's source offers (none unless it is a Kafka table). */
export function viewVirtualColumns(p: Pipeline, viewId: string): VirtualColumn[] {
  const source = upstream(p, viewId);
  return source?.kind === 'kafkaTable' ? kafkaVirtualColumns(source.settings['kafka_handle_error_mode']) : [];
}

export interface VirtualMappingResult {
  pipeline: Pipeline;
  mappingId: string;
  /** A column the MergeTree target lacks for this row, with the virtual column's type. */
  missing?: { targetId: string; name: string; type: string };
}

/**
 * Adds `virtual AS <name>` to the view, or points an existing row for that target column
 * at the virtual column. Undefined when the view's source does not offer it.
 */
export function addVirtualMapping(p: Pipeline, viewId: string, virtual: string): VirtualMappingResult | undefined {
  const view = getEntity(p, viewId);
  const v = viewVirtualColumns(p, viewId).find((x) => x.name === virtual);
  if (!view || view.kind !== 'materializedView' || !v) return undefined;
  const name = virtualTargetName(virtual);
  const existing = view.mappings.find((m) => m.target === name);
  const row = existing ? { ...existing, expr: virtual } : createMapping(name, virtual);
  const mappings = existing ? view.mappings.map((m) => (m.id === row.id ? row : m)) : [...view.mappings, row];
  const pipeline = { ...p, entities: p.entities.map((e) => (e.id === viewId ? { ...view, mappings } : e)) };
  const target = viewTarget(p, viewId);
  const missing =
    target?.kind === 'mergeTree' && !target.columns.some((c) => c.name === name) ? { targetId: target.id, name, type: v.type } : undefined;
  return { pipeline, mappingId: row.id, missing };
}
