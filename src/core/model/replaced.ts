// Did a change bring in a different design (a template, an opened file, New)
// rather than edit this one? Then nothing of the old one is left: views that
// follow the design (the SQL pane's scroll) start over from the top.
import type { Pipeline } from './types';

export function isNewDesign(before: Pipeline, after: Pipeline): boolean {
  if (before === after) return false;
  const old = new Set(before.entities.map((e) => e.id));
  return after.entities.every((e) => !old.has(e.id)) && (after.entities.length > 0 || before.entities.length > 0);
}
