// When a node grows (a collapsed table expanded to all its columns) the nodes it
// would now cover move down, and so do the ones those would cover in turn. Nodes
// above it or beside it stay where the user put them.
import type { Pipeline, Position } from '../model/types';
import type { Size } from './nodeSize';

interface Rect {
  x: number;
  y: number;
  w: number;
  h: number;
}

const apartX = (a: Rect, b: Rect) => a.x + a.w <= b.x || b.x + b.w <= a.x;

/** New positions for the nodes that must move so `id`, drawn at `grown`, overlaps nothing. */
export function makeRoom(p: Pipeline, id: string, grown: Size, sizeOf: (id: string) => Size, gap = 40): Map<string, Position> {
  const moved = new Map<string, Position>();
  const self = p.entities.find((e) => e.id === id);
  if (!self) return moved;
  const obstacles: Rect[] = [{ x: self.position.x, y: self.position.y, w: grown.width, h: grown.height }];
  const below = p.entities
    .filter((e) => e.id !== id && e.position.y >= self.position.y)
    .sort((a, b) => a.position.y - b.position.y || a.position.x - b.position.x);
  for (const e of below) {
    const { width, height } = sizeOf(e.id);
    const r: Rect = { x: e.position.x, y: e.position.y, w: width, h: height };
    // Pushing down past one obstacle can land on another: repeat until none is hit.
    let clear = false;
    while (!clear) {
      clear = true;
      for (const o of obstacles) {
        if (apartX(o, r) || r.y >= o.y + o.h + gap || o.y >= r.y + r.h) continue;
        r.y = o.y + o.h + gap;
        clear = false;
      }
    }
    if (r.y !== e.position.y) moved.set(e.id, { x: e.position.x, y: Math.round(r.y) });
    obstacles.push(r);
  }
  return moved;
}
