// Edits of a MergeTree table's data skipping indexes.
import { uniqueName } from './columns';
import { newId } from './ids';
import { getEntity } from './query';
import type { DataSkippingIndex, Pipeline } from './types';

function withIndexes(p: Pipeline, tableId: string, f: (xs: DataSkippingIndex[]) => DataSkippingIndex[]): Pipeline {
  const t = getEntity(p, tableId);
  if (!t || t.kind !== 'mergeTree') return p;
  const next = { ...t, indexes: f(t.indexes ?? []) };
  return { ...p, entities: p.entities.map((e) => (e.id === tableId ? next : e)) };
}

export function createIndex(name: string, expr = '', type = 'minmax', granularity = ''): DataSkippingIndex {
  return { id: newId('idx'), name, expr, type, granularity };
}

/** Adds an index named idx_<column> (or idx) over the given expression. */
export function addIndex(p: Pipeline, tableId: string, expr = '', type = 'minmax'): Pipeline {
  return withIndexes(p, tableId, (xs) => {
    const base = /^[A-Za-z_][A-Za-z0-9_]*$/.test(expr) ? `idx_${expr}` : 'idx';
    return [...xs, createIndex(uniqueName(base, xs.map((x) => x.name)), expr, type)];
  });
}

export function updateIndex(p: Pipeline, tableId: string, indexId: string, patch: Partial<Omit<DataSkippingIndex, 'id'>>): Pipeline {
  return withIndexes(p, tableId, (xs) => xs.map((x) => (x.id === indexId ? { ...x, ...patch } : x)));
}

export function removeIndex(p: Pipeline, tableId: string, indexId: string): Pipeline {
  return withIndexes(p, tableId, (xs) => xs.filter((x) => x.id !== indexId));
}
