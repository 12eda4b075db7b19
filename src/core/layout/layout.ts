// Auto-layout, left to right by pipeline stage. Within a stage, nodes are
// ordered by the barycenter of their neighbours (a few down-and-up sweeps),
// which removes most crossings in pipelines this size without a layout library;
// then each node is placed as close as it can get to the middle of what feeds
// it, never overlapping the node above it.
import type { Pipeline, Position } from '../model/types';
import { estimateSize, type Size } from './nodeSize';
import { stagesOf } from './stages';

export interface LayoutOptions {
  /** Measured sizes by entity id; others are estimated from the entity. */
  sizes?: ReadonlyMap<string, Size>;
  /** Horizontal space between stages. */
  columnGap?: number;
  /** Vertical space between nodes of one stage. */
  rowGap?: number;
  /** Where the first stage's first node goes. */
  origin?: Position;
}

const SWEEPS = 4;

export function layoutPipeline(p: Pipeline, options: LayoutOptions = {}): Map<string, Position> {
  const { columnGap = 100, rowGap = 40, origin = { x: 0, y: 0 } } = options;
  const size = (id: string): Size => options.sizes?.get(id) ?? estimateSize(p.entities.find((e) => e.id === id)!);
  const stage = stagesOf(p);
  const columns = groupByStage(p, stage);
  const preds = neighbours(p, 'in');
  const succs = neighbours(p, 'out');
  orderColumns(columns, preds, succs);

  const out = new Map<string, Position>();
  const centreY = new Map<string, number>();
  let x = origin.x;
  for (const column of columns) {
    let floor = origin.y;
    for (const id of column) {
      const { height } = size(id);
      const fed = (preds.get(id) ?? []).filter((s) => centreY.has(s));
      const wanted = fed.length ? average(fed.map((s) => centreY.get(s)!)) - height / 2 : floor;
      const y = Math.round(Math.max(floor, wanted));
      out.set(id, { x: Math.round(x), y });
      centreY.set(id, y + height / 2);
      floor = y + height + rowGap;
    }
    x += Math.max(0, ...column.map((id) => size(id).width)) + columnGap;
  }
  return out;
}

/** The pipeline with the given positions; entities without one stay where they are. */
export function applyLayout(p: Pipeline, positions: ReadonlyMap<string, Position>): Pipeline {
  let changed = false;
  const entities = p.entities.map((e) => {
    const next = positions.get(e.id);
    if (!next || (next.x === e.position.x && next.y === e.position.y)) return e;
    changed = true;
    return { ...e, position: next };
  });
  return changed ? { ...p, entities } : p;
}

/** Stages as columns, empty stages dropped, each starting in the current top-to-bottom order. */
function groupByStage(p: Pipeline, stage: ReadonlyMap<string, number>): string[][] {
  const byStage = new Map<number, string[]>();
  const sorted = [...p.entities].sort((a, b) => a.position.y - b.position.y || a.position.x - b.position.x);
  for (const e of sorted) {
    const s = stage.get(e.id)!;
    byStage.set(s, [...(byStage.get(s) ?? []), e.id]);
  }
  return [...byStage.keys()].sort((a, b) => a - b).map((s) => byStage.get(s)!);
}

function neighbours(p: Pipeline, dir: 'in' | 'out'): Map<string, string[]> {
  const m = new Map<string, string[]>();
  for (const l of p.links) {
    const [from, to] = dir === 'in' ? [l.target, l.source] : [l.source, l.target];
    m.set(from, [...(m.get(from) ?? []), to]);
  }
  return m;
}

function orderColumns(columns: string[][], preds: Map<string, string[]>, succs: Map<string, string[]>): void {
  for (let sweep = 0; sweep < SWEEPS; sweep++) {
    const down = sweep % 2 === 0;
    const range = down ? columns.map((_, i) => i).slice(1) : columns.map((_, i) => i).slice(0, -1).reverse();
    for (const i of range) {
      const ref = columns[down ? i - 1 : i + 1]!;
      columns[i] = byBarycenter(columns[i]!, ref, down ? preds : succs);
    }
  }
}

/** Stable sort by the mean index of each node's neighbours in the reference column; loners keep their slot. */
function byBarycenter(column: readonly string[], ref: readonly string[], adj: Map<string, string[]>): string[] {
  const index = new Map(ref.map((id, i) => [id, i]));
  const keyed = column.map((id, i) => {
    const at = (adj.get(id) ?? []).map((n) => index.get(n)).filter((v): v is number => v !== undefined);
    return { id, key: at.length ? average(at) : i, i };
  });
  keyed.sort((a, b) => a.key - b.key || a.i - b.i);
  return keyed.map((k) => k.id);
}

function average(xs: readonly number[]): number {
  return xs.reduce((a, b) => a + b, 0) / xs.length;
}
