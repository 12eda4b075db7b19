// Sections of a side panel that never show the entity's name, database or comment
// (the General section does): memoised so that typing in one of those fields
// re-renders that field only, not every column row and setting below it. At 500
// nodes the keystroke has a frame to reach the SQL pane, and re-rendering a Kafka
// table's whole panel took a good part of it.
import { memo, type ComponentType } from 'react';

/** Entity fields these sections do not read; the canvas position is not shown in any panel. */
const LABELS: ReadonlySet<string> = new Set(['name', 'database', 'comment', 'position']);

function sameButLabels(a: unknown, b: unknown): boolean {
  if (Object.is(a, b)) return true;
  if (typeof a !== 'object' || typeof b !== 'object' || a === null || b === null) return false;
  const x = a as Record<string, unknown>;
  const y = b as Record<string, unknown>;
  const keys = Object.keys(x);
  if (keys.length !== Object.keys(y).length) return false;
  return keys.every((k) => LABELS.has(k) || Object.is(x[k], y[k]));
}

/**
 * `memo(component)` comparing `entityProp` (an entity) field by field, except its name,
 * database, comment and position; every other prop by identity. Only for sections that
 * do not read those fields.
 */
export function memoIgnoringLabels<P extends object>(component: ComponentType<P>, entityProp: keyof P & string) {
  return memo(component, (prev, next) => {
    const keys = Object.keys(next) as (keyof P & string)[];
    if (keys.length !== Object.keys(prev).length) return false;
    return keys.every((k) => (k === entityProp ? sameButLabels(prev[k], next[k]) : Object.is(prev[k], next[k])));
  });
}
