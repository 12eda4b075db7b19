// What a node shows, as plain text: the same lines the canvas nodes draw, for
// images and previews drawn without the DOM.
import { KINDS } from '../model/kinds';
import type { Column, Entity } from '../model/types';

export interface ContentRow {
  name: string;
  detail: string;
  joiner?: string;
}

export interface NodeContent {
  kindLabel: string;
  name: string;
  /** Empty for a topic: it lives in Kafka, not in a database. */
  database: string;
  subtitle: string;
  rows: ContentRow[];
  emptyText: string;
}

const columnRows = (columns: readonly Column[]): ContentRow[] =>
  columns.map((c) => ({
    name: c.name || '(no name)',
    detail: c.defaultKind && c.defaultKind !== 'DEFAULT' ? `${c.type} ${c.defaultKind}` : c.type || '(no type)',
  }));

export function nodeContent(e: Entity): NodeContent {
  const base = { kindLabel: KINDS[e.kind].label, name: e.name || '(no name)', database: e.database };
  switch (e.kind) {
    case 'kafkaTopic':
      return {
        ...base,
        database: '',
        subtitle: '',
        emptyText: '',
        rows: [
          { name: 'topic', detail: e.topic || '(not set)' },
          { name: 'format', detail: e.format || '(not set)' },
          { name: 'brokers', detail: e.brokers || '(not set)' },
        ],
      };
    case 'kafkaTable':
      return { ...base, subtitle: `Kafka · ${e.format || 'no format'}`, emptyText: 'No columns yet', rows: columnRows(e.columns) };
    case 'materializedView':
      return {
        ...base,
        subtitle: [e.where.trim() && 'WHERE', e.groupBy.trim() && 'GROUP BY'].filter(Boolean).join(' · '),
        emptyText: 'Connect a source to map its columns',
        rows: e.mappings.map((m) => ({ name: m.target || '(no target)', joiner: '←', detail: m.expr || '(no expression)' })),
      };
    case 'mergeTree': {
      const engine = `${e.engine.replicated ? 'Replicated' : ''}${e.engine.family}`;
      return { ...base, subtitle: `${engine}${e.orderBy.trim() ? ` · ORDER BY ${e.orderBy.trim()}` : ''}`, emptyText: 'No columns yet', rows: columnRows(e.columns) };
    }
  }
}
