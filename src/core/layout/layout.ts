// Auto-layout, left to right by pipeline stage. Every pipeline (a group of linked
// nodes) is laid out on its own: within a stage, nodes are ordered by the
// barycenter of their neighbours (a few down-and-up sweeps), which removes most
// crossings without a layout library, then each node is placed as close as it can
// get to the middle of what feeds it, never overlapping the node above it. The
// pipelines are then stacked as blocks that share the stage columns; many of them
// wrap into several block columns, so a big design comes out about as wide as a
// screen rather than as one endless strip.
import type { Pipeline, Position } from '../model/types';
import { pipelinesOf } from './components';
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
  /** Width over height the block grid aims for (about a wide screen's canvas). */
  aspect?: number;
  /** Node ids shown expanded (their estimated height includes every row). */
  expanded?: ReadonlySet<string>;
}

const SWEEPS = 4;
/** Extra room around each pipeline block, so blocks read as separate. */
const BLOCK_GAP = 2;

interface Block {
  ids: string[];
  local: Map<string, Position>;
  height: number;
}

export function layoutPipeline(p: Pipeline, options: LayoutOptions = {}): Map<string, Position> {
  const { columnGap = 100, rowGap = 40, origin = { x: 0, y: 0 }, aspect = 16 / 9 } = options;
  const byId = new Map(p.entities.map((e) => [e.id, e]));
  const size = (id: string): Size => options.sizes?.get(id) ?? estimateSize(byId.get(id)!, options.expanded?.has(id));
  const stage = stagesOf(p);
  const stageX = stageColumns(p, stage, size, columnGap);
  const preds = neighbours(p, 'in');
  const succs = neighbours(p, 'out');
  const order = new Map(topToBottom(p).map((id, i) => [id, i]));

  const blocks: Block[] = pipelinesOf(p)
    .map((ids) => ids.sort((a, b) => order.get(a)! - order.get(b)!))
    .sort((a, b) => order.get(a[0]!)! - order.get(b[0]!)!)
    .map((ids) => placeBlock(ids, stage, stageX, size, preds, succs, rowGap));

  const blockWidth = Math.max(...[...stageX.values()].map((x) => x.right));
  const gapY = rowGap * BLOCK_GAP;
  const gapX = columnGap * BLOCK_GAP;
  const total = blocks.reduce((h, b) => h + b.height + gapY, 0);
  const columns = Math.max(1, Math.min(blocks.length, Math.round(Math.sqrt((total * aspect) / (blockWidth + gapX)))));
  const target = total / columns;

  const out = new Map<string, Position>();
  let column = 0;
  let y = 0;
  for (const b of blocks) {
    if (y > 0 && y + b.height > target && column < columns - 1) {
      column++;
      y = 0;
    }
    const x0 = origin.x + column * (blockWidth + gapX);
    for (const [id, at] of b.local) out.set(id, { x: Math.round(x0 + at.x), y: Math.round(origin.y + y + at.y) });
    y += b.height + gapY;
  }
  return out;
}

/** Left edge and right end of every stage present, shared by all blocks so stages line up. */
function stageColumns(
  p: Pipeline,
  stage: ReadonlyMap<string, number>,
  size: (id: string) => Size,
  columnGap: number,
): Map<number, { x: number; right: number }> {
  const width = new Map<number, number>();
  for (const e of p.entities) {
    const s = stage.get(e.id)!;
    width.set(s, Math.max(width.get(s) ?? 0, size(e.id).width));
  }
  const out = new Map<number, { x: number; right: number }>();
  let x = 0;
  for (const s of [...width.keys()].sort((a, b) => a - b)) {
    out.set(s, { x, right: x + width.get(s)! });
    x += width.get(s)! + columnGap;
  }
  return out;
}

/** One pipeline in its own coordinates (top at 0). */
function placeBlock(
  ids: string[],
  stage: ReadonlyMap<string, number>,
  stageX: ReadonlyMap<number, { x: number }>,
  size: (id: string) => Size,
  preds: Map<string, string[]>,
  succs: Map<string, string[]>,
  rowGap: number,
): Block {
  const columns = groupByStage(ids, stage);
  orderColumns(columns, preds, succs);
  const local = new Map<string, Position>();
  const centreY = new Map<string, number>();
  let height = 0;
  for (const column of columns) {
    let floor = 0;
    for (const id of column) {
      const h = size(id).height;
      const fed = (preds.get(id) ?? []).filter((s) => centreY.has(s));
      const wanted = fed.length ? average(fed.map((s) => centreY.get(s)!)) - h / 2 : floor;
      const y = Math.round(Math.max(floor, wanted));
      local.set(id, { x: stageX.get(stage.get(id)!)!.x, y });
      centreY.set(id, y + h / 2);
      floor = y + h + rowGap;
      height = Math.max(height, y + h);
    }
  }
  return { ids, local, height };
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

/** Entities from top to bottom (then left to right), the order blocks and stages start from. */
function topToBottom(p: Pipeline): string[] {
  return [...p.entities].sort((a, b) => a.position.y - b.position.y || a.position.x - b.position.x).map((e) => e.id);
}

/** A block's stages as columns (empty ones dropped), each in the order `ids` come in. */
function groupByStage(ids: readonly string[], stage: ReadonlyMap<string, number>): string[][] {
  const byStage = new Map<number, string[]>();
  for (const id of ids) {
    const s = stage.get(id)!;
    const list = byStage.get(s);
    if (list) list.push(id);
    else byStage.set(s, [id]);
  }
  return [...byStage.keys()].sort((a, b) => a - b).map((s) => byStage.get(s)!);
}

function neighbours(p: Pipeline, dir: 'in' | 'out'): Map<string, string[]> {
  const m = new Map<string, string[]>();
  for (const l of p.links) {
    const [from, to] = dir === 'in' ? [l.target, l.source] : [l.source, l.target];
    const list = m.get(from);
    if (list) list.push(to);
    else m.set(from, [to]);
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
