// The size a node will have on the canvas, for layout and previews when React
// Flow has not measured it (tests, the CLI, template previews). Mirrors the node
// shell: fixed width, a header and title, then one 16px row per item up to the
// "+N more" line.
import type { Entity } from '../model/types';

export interface Size {
  width: number;
  height: number;
}

export const NODE_WIDTH = 220;
const CHROME = 76;
const ROW = 16;
const MAX_ROWS = 8;

function rowCount(e: Entity): number {
  switch (e.kind) {
    case 'kafkaTable':
    case 'mergeTree':
      return e.columns.length;
    case 'materializedView':
      return e.mappings.length;
    case 'kafkaTopic':
      return 2;
  }
}

export function estimateSize(e: Entity): Size {
  const rows = rowCount(e);
  const shown = Math.min(rows, MAX_ROWS) + (rows > MAX_ROWS ? 1 : 0);
  return { width: NODE_WIDTH, height: CHROME + Math.max(1, shown) * ROW };
}
