// The size a node will have on the canvas, for layout and previews when React
// Flow has not measured it (tests, the CLI, template previews, nodes outside the
// view). Mirrors the node shell: fixed width, a header and title, then one row per
// item as the row plan says.
import type { Entity } from '../model/types';

export interface Size {
  width: number;
  height: number;
}

export const NODE_WIDTH = 220;
const CHROME = 76;
/** One row: 16px line plus 1px padding above and below (canvas.css .node-row). */
const ROW = 18;
/** Rows shown before the list collapses into "+N more". */
export const MAX_ROWS = 8;
/** From this many rows a node shows only a summary line with the count until expanded. */
export const SUMMARY_ROWS = 60;

export interface RowPlan {
  /** How many of the rows are listed. */
  shown: number;
  /** Whether a line to expand ("+N more", the summary) or collapse follows the list. */
  toggle: boolean;
}

export function rowPlan(total: number, expanded = false): RowPlan {
  if (total <= MAX_ROWS) return { shown: total, toggle: false };
  if (expanded) return { shown: total, toggle: true };
  return { shown: total >= SUMMARY_ROWS ? 0 : MAX_ROWS, toggle: true };
}

export function rowCount(e: Entity): number {
  switch (e.kind) {
    case 'kafkaTable':
    case 'mergeTree':
      return e.columns.length;
    case 'materializedView':
      return e.mappings.length;
    case 'kafkaTopic':
      return 3;
  }
}

export function estimateSize(e: Entity, expanded = false): Size {
  const plan = rowPlan(rowCount(e), expanded);
  return { width: NODE_WIDTH, height: CHROME + Math.max(1, plan.shown + (plan.toggle ? 1 : 0)) * ROW };
}
