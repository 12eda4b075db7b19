// Readers and canonical writers for the pieces entities share: position,
// columns, view mappings. A canonical writer lists every field in a fixed
// order, so the file text depends only on the design, never on edit history.
import { createColumn } from '../model/columns';
import { createMapping } from '../model/kinds/materializedView';
import type { Column, DefaultKind, Entity, Mapping, Position } from '../model/types';
import { at, eachOf, finiteNumber, list, oneOf, ShapeError, str, child, type Obj } from './readers';

export const DEFAULT_KINDS: readonly DefaultKind[] = ['', 'DEFAULT', 'MATERIALIZED', 'ALIAS', 'EPHEMERAL'];

export function readPosition(o: Obj, path: string, fallback: Position): Position {
  const p = child(o, 'position', path);
  if (!p) return { ...fallback };
  const here = at(path, 'position');
  return { x: finiteNumber(p, 'x', here), y: finiteNumber(p, 'y', here) };
}

/** Ids inside one list must be unique: panels and diagnostics address rows by id. */
export function assertUniqueIds(items: readonly { id: string }[], path: string): void {
  const seen = new Map<string, number>();
  items.forEach((item, i) => {
    const first = seen.get(item.id);
    if (first !== undefined)
      throw new ShapeError(`${at(at(path, i), 'id')} "${item.id}" is already used by ${at(path, first)}`);
    seen.set(item.id, i);
  });
}

export function readColumn(o: Obj, path: string): Column {
  const base = createColumn(str(o, 'name', path), str(o, 'type', path));
  return {
    ...base,
    // A hand-written file may leave row ids out; fresh ones are as good as any.
    id: str(o, 'id', path, base.id),
    defaultKind: oneOf(o, 'defaultKind', path, DEFAULT_KINDS, base.defaultKind),
    defaultExpr: str(o, 'defaultExpr', path, base.defaultExpr),
    codec: str(o, 'codec', path, base.codec),
    comment: str(o, 'comment', path, base.comment),
    ttl: str(o, 'ttl', path, base.ttl ?? ''),
  };
}

export function readColumns(o: Obj, path: string): Column[] {
  const here = at(path, 'columns');
  const columns = eachOf(list(o, 'columns', path), here, readColumn);
  assertUniqueIds(columns, here);
  return columns;
}

export function readMapping(o: Obj, path: string): Mapping {
  const target = str(o, 'target', path);
  const base = createMapping(target);
  return { id: str(o, 'id', path, base.id), target, expr: str(o, 'expr', path, base.expr) };
}

export function readMappings(o: Obj, path: string): Mapping[] {
  const here = at(path, 'mappings');
  const mappings = eachOf(list(o, 'mappings', path), here, readMapping);
  assertUniqueIds(mappings, here);
  return mappings;
}

export const canonicalPosition = (p: Position): Position => ({ x: p.x, y: p.y });

export const canonicalColumn = (c: Column): Column => ({
  id: c.id,
  name: c.name,
  type: c.type,
  defaultKind: c.defaultKind,
  defaultExpr: c.defaultExpr,
  codec: c.codec,
  comment: c.comment,
  ttl: c.ttl ?? '',
});

export const canonicalMapping = (m: Mapping): Mapping => ({ id: m.id, target: m.target, expr: m.expr });

export function sortedRecord(r: Readonly<Record<string, string>>): Record<string, string> {
  const out: Record<string, string> = {};
  for (const k of Object.keys(r).sort()) out[k] = r[k]!;
  return out;
}

/** The fields every entity has, in file order; each kind's writer appends its own. */
export function canonicalBase<E extends Entity>(e: E): Pick<E, 'id' | 'kind' | 'name' | 'database' | 'comment' | 'position'> {
  return { id: e.id, kind: e.kind, name: e.name, database: e.database, comment: e.comment, position: canonicalPosition(e.position) };
}
