// Edits of a MergeTree table's projections and constraints. Both are kept as
// written (a name and the text after it), so one set of edits serves the two lists.
import { quoteIdent } from '../sql/quote';
import { uniqueName } from './columns';
import { newId } from './ids';
import { getEntity } from './query';
import type { MergeTreeTable, Pipeline, TablePart } from './types';

export type TablePartList = 'projections' | 'constraints';

/** What a new row is called (then `_2`, `_3`, …) and the keyword that writes it. */
export const TABLE_PARTS: Record<TablePartList, { base: string; keyword: 'PROJECTION' | 'CONSTRAINT'; idPrefix: string }> = {
  projections: { base: 'proj', keyword: 'PROJECTION', idPrefix: 'prj' },
  constraints: { base: 'chk', keyword: 'CONSTRAINT', idPrefix: 'cst' },
};

export function createTablePart(list: TablePartList, name: string, definition = ''): TablePart {
  return { id: newId(TABLE_PARTS[list].idPrefix), name, definition };
}

export function tableParts(t: MergeTreeTable, list: TablePartList): TablePart[] {
  return t[list] ?? [];
}

/** `CONSTRAINT name …` / `PROJECTION name …` with the definition as typed, or undefined for a row without a name or definition (not written). */
export function tablePartDefinition(list: TablePartList, x: TablePart): string | undefined {
  const name = x.name.trim();
  const definition = x.definition.trim();
  if (name === '' || definition === '') return undefined;
  return TABLE_PARTS[list].keyword + ' ' + quoteIdent(name) + ' ' + definition;
}

/** Appends the written lines of a table's constraints and projections, in the order SHOW CREATE prints them. */
export function appendTablePartLines(t: MergeTreeTable, out: string[]): void {
  for (const list of WRITE_ORDER) {
    const xs = t[list];
    if (xs === undefined) continue;
    for (const x of xs) {
      const d = tablePartDefinition(list, x);
      if (d !== undefined) out.push(d);
    }
  }
}

const WRITE_ORDER: readonly TablePartList[] = ['constraints', 'projections'];

function withParts(p: Pipeline, tableId: string, list: TablePartList, f: (xs: TablePart[]) => TablePart[]): Pipeline {
  const t = getEntity(p, tableId);
  if (!t || t.kind !== 'mergeTree') return p;
  const next: MergeTreeTable = { ...t, [list]: f(tableParts(t, list)) };
  return { ...p, entities: p.entities.map((e) => (e.id === tableId ? next : e)) };
}

/** Adds a row with a free name and the given definition (empty: to be typed). */
export function addTablePart(p: Pipeline, tableId: string, list: TablePartList, definition = ''): Pipeline {
  return withParts(p, tableId, list, (xs) => [...xs, createTablePart(list, uniqueName(TABLE_PARTS[list].base, xs.map((x) => x.name)), definition)]);
}

export function updateTablePart(p: Pipeline, tableId: string, list: TablePartList, id: string, patch: Partial<Omit<TablePart, 'id'>>): Pipeline {
  return withParts(p, tableId, list, (xs) => xs.map((x) => (x.id === id ? { ...x, ...patch } : x)));
}

export function removeTablePart(p: Pipeline, tableId: string, list: TablePartList, id: string): Pipeline {
  return withParts(p, tableId, list, (xs) => xs.filter((x) => x.id !== id));
}
