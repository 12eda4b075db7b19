import { newId } from './ids';
import type { Column } from './types';

export function createColumn(name: string, type = 'String', extra: Partial<Omit<Column, 'id'>> = {}): Column {
  return { id: newId('col'), name, type, defaultKind: '', defaultExpr: '', codec: '', comment: '', ttl: '', ...extra };
}

/** Copies columns with fresh ids, keeping only what the destination kind can hold. */
export function cloneColumns(columns: readonly Column[], keepDefaults: boolean): Column[] {
  return columns.map((c) =>
    keepDefaults ? { ...c, id: newId('col') } : createColumn(c.name, c.type, { comment: c.comment }),
  );
}

/** A name not yet in `taken`: base, base_2, base_3, … */
export function uniqueName(base: string, taken: Iterable<string>): string {
  const set = new Set(taken);
  if (!set.has(base)) return base;
  for (let i = 2; ; i++) {
    const candidate = `${base}_${i}`;
    if (!set.has(candidate)) return candidate;
  }
}
