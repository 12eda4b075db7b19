// The part of the canvas the user can actually see: side panels laid over the canvas
// area (the inspector) hide part of it, and a node added "in the middle" belongs in
// the middle of what is left.

export interface ScreenRect {
  left: number;
  right: number;
  top: number;
  bottom: number;
}

/** The flow container's screen rectangle minus tall overlays sitting on its left or right edge. */
export function visibleCanvasRect(flowDom: Element | null): ScreenRect | null {
  if (!flowDom) return null;
  const r = flowDom.getBoundingClientRect();
  if (r.width === 0 || r.height === 0) return null;
  let left = r.left;
  let right = r.right;
  const root = flowDom.closest('.canvas');
  for (const el of Array.from(root?.parentElement?.children ?? [])) {
    if (el === root) continue;
    const o = el.getBoundingClientRect();
    if (o.width === 0 || o.height < r.height / 2 || o.right <= left || o.left >= right) continue;
    if (o.left <= left + 1) left = Math.max(left, o.right);
    else if (o.right >= right - 1) right = Math.min(right, o.left);
  }
  // An overlay wider than the canvas leaves nothing sensible: use the whole canvas.
  if (right - left < 120) return { left: r.left, right: r.right, top: r.top, bottom: r.bottom };
  return { left, right, top: r.top, bottom: r.bottom };
}

export function centreOf(r: ScreenRect): { x: number; y: number } {
  return { x: (r.left + r.right) / 2, y: (r.top + r.bottom) / 2 };
}

/**
 * Inline placement for a banner centred over the visible canvas, relative to the
 * `.canvas` element that holds the flow container. Empty when not laid out yet.
 */
export function centredOverVisible(flowDom: Element | null): { left?: number; maxWidth?: number } {
  const area = visibleCanvasRect(flowDom);
  const root = flowDom?.closest('.canvas');
  if (!area || !root) return {};
  const r = root.getBoundingClientRect();
  return { left: (area.left + area.right) / 2 - r.left, maxWidth: Math.max(200, area.right - area.left - 24) };
}
