import type { Column } from '../../core/model/types';
import type { NodeRow } from './NodeShell';

/** `name  Type` rows; computed columns carry their kind so they read differently from stored ones. */
export function columnRows(columns: readonly Column[]): NodeRow[] {
  return columns.map((c) => ({
    key: c.id,
    name: c.name || '(no name)',
    detail: c.defaultKind && c.defaultKind !== 'DEFAULT' ? `${c.type} ${c.defaultKind}` : c.type || '(no type)',
  }));
}
