// Where the type builder opens: under its row when there is room, else above it,
// never over the row it edits (it used to be pushed up over the row near the
// bottom of the window). Its height is capped to the room on the chosen side.
import type { CSSProperties } from 'react';

export interface AnchorRect {
  top: number;
  bottom: number;
  right: number;
}

const GAP = 4;
const EDGE = 8;
/** Enough for the family picker, one parameter row and the buttons; less than this scrolls. */
const WANT = 460;

export function popoverPlace(r: AnchorRect, width: number, viewport: { width: number; height: number }): CSSProperties {
  const left = Math.max(EDGE, Math.min(r.right - width, viewport.width - width - EDGE));
  const below = viewport.height - r.bottom - GAP - EDGE;
  const above = r.top - GAP - EDGE;
  if (below >= WANT || below >= above) return { top: r.bottom + GAP, left, width, maxHeight: Math.max(120, below) };
  return { bottom: viewport.height - r.top + GAP, left, width, maxHeight: Math.max(120, above) };
}
