// The frame of an exported image: the bounds of every node (not only those in
// view) plus a margin, drawn at zoom 1 so text stays the size it is on screen.
export interface Rect {
  x: number;
  y: number;
  width: number;
  height: number;
}

export interface ImageFrame {
  width: number;
  height: number;
  /** CSS transform for .react-flow__viewport that puts the bounds at the frame's margin. */
  transform: string;
  /** Device pixels per CSS pixel for PNG, lowered so huge designs stay within canvas limits. */
  pixelRatio: number;
}

export const IMAGE_MARGIN = 32;
/** Chromium and Firefox refuse canvases wider or taller than this. */
const MAX_CANVAS_SIDE = 16_384;

export function imageFrame(bounds: Rect, margin = IMAGE_MARGIN, preferredRatio = 2): ImageFrame {
  const width = Math.ceil(bounds.width + 2 * margin);
  const height = Math.ceil(bounds.height + 2 * margin);
  const pixelRatio = Math.min(preferredRatio, MAX_CANVAS_SIDE / Math.max(width, height));
  const tx = margin - bounds.x;
  const ty = margin - bounds.y;
  return { width, height, transform: `translate(${tx}px, ${ty}px) scale(1)`, pixelRatio };
}
