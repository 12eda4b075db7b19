import { describe, expect, it } from 'vitest';
import { addEntity, connect } from '../model/operations';
import { col } from '../../test/pipelines';
import { emptyPipeline, type NodeKind, type Pipeline, type Position } from '../model/types';
import { TEMPLATES } from '../templates';
import { applyLayout, layoutPipeline } from './layout';
import { estimateSize, rowPlan } from './nodeSize';
import { pipelineAround, pipelinesOf } from './components';
import { makeRoom } from './makeRoom';
import { design as benchDesign } from '../../../bench/design';
import { stagesOf } from './stages';

function design(nodes: [key: string, kind: NodeKind, y?: number][], links: [string, string][]) {
  let p: Pipeline = emptyPipeline();
  const ids: Record<string, string> = {};
  for (const [key, kind, y = 0] of nodes) {
    const r = addEntity(p, kind, { x: 500, y }, key);
    p = r.pipeline;
    ids[key] = r.id;
  }
  for (const [a, b] of links) {
    const r = connect(p, ids[a]!, ids[b]!);
    if (!r.ok) throw new Error(r.reason);
    p = r.pipeline;
  }
  return { p, ids };
}

const rect = (p: Pipeline, pos: Map<string, Position>, id: string) => {
  const s = estimateSize(p.entities.find((e) => e.id === id)!);
  const at = pos.get(id)!;
  return { x: at.x, y: at.y, r: at.x + s.width, b: at.y + s.height };
};

function overlaps(p: Pipeline, pos: Map<string, Position>): string[] {
  const ids = [...pos.keys()];
  const out: string[] = [];
  for (let i = 0; i < ids.length; i++)
    for (let j = i + 1; j < ids.length; j++) {
      const a = rect(p, pos, ids[i]!);
      const b = rect(p, pos, ids[j]!);
      if (a.x < b.r && b.x < a.r && a.y < b.b && b.y < a.b) out.push(`${ids[i]} × ${ids[j]}`);
    }
  return out;
}

/** Pairs of links between the same two columns that cross. */
function crossings(p: Pipeline, pos: Map<string, Position>): number {
  const centre = (id: string) => {
    const r = rect(p, pos, id);
    return (r.y + r.b) / 2;
  };
  let n = 0;
  for (let i = 0; i < p.links.length; i++)
    for (let j = i + 1; j < p.links.length; j++) {
      const [a, b] = [p.links[i]!, p.links[j]!];
      if (pos.get(a.source)!.x !== pos.get(b.source)!.x || pos.get(a.target)!.x !== pos.get(b.target)!.x) continue;
      if ((centre(a.source) - centre(b.source)) * (centre(a.target) - centre(b.target)) < 0) n++;
    }
  return n;
}

describe('stages', () => {
  it('puts each kind at its stage and chained views and tables further right by depth', () => {
    const { p, ids } = design(
      [['t', 'kafkaTopic'], ['q', 'kafkaTable'], ['v', 'materializedView'], ['m', 'mergeTree'], ['v2', 'materializedView'], ['m2', 'mergeTree']],
      [['t', 'q'], ['q', 'v'], ['v', 'm'], ['m', 'v2'], ['v2', 'm2']],
    );
    const s = stagesOf(p);
    expect(['t', 'q', 'v', 'm', 'v2', 'm2'].map((k) => s.get(ids[k]!))).toEqual([0, 1, 2, 3, 4, 5]);
  });

  it('terminates on a cycle a hand-edited file could contain', () => {
    const { p, ids } = design([['m', 'mergeTree'], ['v', 'materializedView']], [['m', 'v']]);
    const cyclic = { ...p, links: [...p.links, { id: 'back', source: ids['v']!, target: ids['m']! }] };
    expect(stagesOf(cyclic).size).toBe(2);
    expect(layoutPipeline(cyclic).size).toBe(2);
  });
});

describe('layoutPipeline', () => {
  it.each(TEMPLATES.map((t) => [t.id, t] as const))('lays %s out left to right by stage with no overlaps', (_id, t) => {
    const p = t.build();
    const pos = layoutPipeline(p);
    expect(pos.size).toBe(p.entities.length);
    for (const l of p.links) expect(pos.get(l.source)!.x).toBeLessThan(pos.get(l.target)!.x);
    const stage = stagesOf(p);
    for (const a of p.entities)
      for (const b of p.entities)
        if (stage.get(a.id)! < stage.get(b.id)!) expect(rect(p, pos, a.id).r).toBeLessThan(pos.get(b.id)!.x);
    expect(overlaps(p, pos)).toEqual([]);
    expect(crossings(p, pos)).toBe(0);
  });

  it('untangles two lanes whose tables start in the opposite order', () => {
    // Lane A is on top in the first columns but its table sits below lane B's table.
    const { p } = design(
      [['qa', 'kafkaTable', 0], ['qb', 'kafkaTable', 400], ['va', 'materializedView', 0], ['vb', 'materializedView', 400], ['mb', 'mergeTree', 0], ['ma', 'mergeTree', 400]],
      [['qa', 'va'], ['qb', 'vb'], ['va', 'ma'], ['vb', 'mb']],
    );
    const before = new Map(p.entities.map((e) => [e.id, { x: { kafkaTable: 0, materializedView: 300, mergeTree: 600 }[e.kind as 'kafkaTable'], y: e.position.y }]));
    expect(crossings(p, before)).toBe(1);
    const pos = layoutPipeline(p);
    expect(crossings(p, pos)).toBe(0);
    expect(overlaps(p, pos)).toEqual([]);
  });

  it('uses measured sizes when given and keeps nodes of a stage apart by the gap', () => {
    const { p, ids } = design([['q', 'kafkaTable'], ['v1', 'materializedView'], ['v2', 'materializedView']], [['q', 'v1'], ['q', 'v2']]);
    const sizes = new Map(p.entities.map((e) => [e.id, { width: 300, height: 200 }]));
    const pos = layoutPipeline(p, { sizes, columnGap: 50, rowGap: 30 });
    expect(pos.get(ids['v1']!)!.x - pos.get(ids['q']!)!.x).toBe(350);
    const ys = [pos.get(ids['v1']!)!.y, pos.get(ids['v2']!)!.y].sort((a, b) => a - b);
    expect(ys[1]! - ys[0]!).toBe(230);
  });

  it('places unconnected nodes too, in their kind column', () => {
    const { p, ids } = design([['t', 'kafkaTopic'], ['m', 'mergeTree'], ['m2', 'mergeTree', 50]], []);
    const pos = layoutPipeline(p);
    expect(pos.get(ids['t']!)!.x).toBeLessThan(pos.get(ids['m']!)!.x);
    expect(pos.get(ids['m']!)!.y).toBeLessThan(pos.get(ids['m2']!)!.y);
    expect(overlaps(p, pos)).toEqual([]);
  });
});

describe('applyLayout', () => {
  it('moves entities in one new pipeline and returns the same object when nothing moves', () => {
    const { p } = design([['t', 'kafkaTopic'], ['q', 'kafkaTable']], [['t', 'q']]);
    const laid = applyLayout(p, layoutPipeline(p));
    expect(laid).not.toBe(p);
    expect(laid.links).toBe(p.links);
    expect(applyLayout(laid, layoutPipeline(laid))).toBe(laid);
  });
});

describe('many pipelines', () => {
  const p = benchDesign(500);
  const pos = layoutPipeline(p);
  const box = (id: string) => rect(p, pos, id);

  it('finds the pipelines as linked groups', () => {
    const groups = pipelinesOf(p);
    // The benchmark design starts every pipeline with one topic.
    expect(groups.length).toBe(p.entities.filter((e) => e.kind === 'kafkaTopic').length);
    expect(groups.flat().sort()).toEqual(p.entities.map((e) => e.id).sort());
    expect(pipelineAround(p, 'v3').sort()).toEqual(['k3', 'm3', 'rv3', 'r3', 't3', 'v3'].filter((id) => p.entities.some((e) => e.id === id)).sort());
    expect(pipelineAround(p, 'nope')).toEqual([]);
  });

  it('wraps them into a grid of blocks about as wide as a screen, not one tall strip', () => {
    const xs = p.entities.map((e) => pos.get(e.id)!.x);
    const ys = p.entities.map((e) => box(e.id).b);
    const width = Math.max(...p.entities.map((e) => box(e.id).r)) - Math.min(...xs);
    const height = Math.max(...ys) - Math.min(...p.entities.map((e) => pos.get(e.id)!.y));
    expect(width / height).toBeGreaterThan(0.8);
    expect(width / height).toBeLessThan(4);
    // Every topic starts a block: topics sit in several block columns.
    const topicXs = new Set(p.entities.filter((e) => e.kind === 'kafkaTopic').map((e) => pos.get(e.id)!.x));
    expect(topicXs.size).toBeGreaterThan(2);
  });

  it('keeps each pipeline left to right by stage, in one block, with no overlaps anywhere', () => {
    for (const l of p.links) expect(box(l.source).r).toBeLessThan(pos.get(l.target)!.x);
    for (const g of pipelinesOf(p)) {
      const x0 = Math.min(...g.map((id) => pos.get(id)!.x));
      // A block spans at most the stage columns (6 stages at most in this design).
      expect(Math.max(...g.map((id) => box(id).r)) - x0).toBeLessThan(6 * 320);
    }
    // Pairwise over 500 nodes is 125k checks: fine for a unit test.
    expect(overlaps(p, pos)).toEqual([]);
  });

  it('gives an expanded node its full height and still overlaps nothing', () => {
    const wide = Array.from({ length: 64 }, (_, i) => col(`c${i}`, 'String'));
    const { p: small, ids } = design(
      [['k', 'kafkaTable'], ['v1', 'materializedView'], ['v2', 'materializedView', 10], ['m1', 'mergeTree'], ['m2', 'mergeTree', 10]],
      [['k', 'v1'], ['k', 'v2'], ['v1', 'm1'], ['v2', 'm2']],
    );
    const big = { ...small, entities: small.entities.map((e) => (e.id === ids['m1'] ? { ...e, columns: wide } : e)) } as Pipeline;
    const m1 = big.entities.find((e) => e.id === ids['m1'])!;
    const collapsed = estimateSize(m1);
    const open = estimateSize(m1, true);
    expect(rowPlan(64)).toEqual({ shown: 0, toggle: true });
    expect(rowPlan(64, true)).toEqual({ shown: 64, toggle: true });
    expect(rowPlan(20)).toEqual({ shown: 8, toggle: true });
    expect(open.height).toBeGreaterThan(collapsed.height + 60 * 16);
    for (const expanded of [new Set<string>(), new Set([ids['m1']!])]) {
      const laid = layoutPipeline(big, { expanded });
      const [a, b] = [laid.get(ids['m1']!)!, laid.get(ids['m2']!)!];
      expect(a.x).toBe(b.x);
      // m1 is first (it was on top); m2 starts below however tall m1 is drawn.
      expect(b.y).toBeGreaterThanOrEqual(a.y + (expanded.size ? open : collapsed).height);
    }
  });
});

describe('makeRoom', () => {
  it('moves the nodes an expanded node would cover, and those they would then cover, but nothing beside or above', () => {
    const { p, ids } = design([['a', 'mergeTree', 0], ['b', 'mergeTree', 200], ['c', 'mergeTree', 400], ['up', 'mergeTree', -300]], []);
    const at = (key: string, x: number, y: number) => ({ ...p.entities.find((e) => e.id === ids[key])!, position: { x, y } });
    const side = { ...p.entities[0]!, id: 'side', position: { x: 800, y: 100 } };
    const q = { ...p, entities: [at('a', 0, 0), at('b', 0, 200), at('c', 0, 420), at('up', 0, -300), side] };
    const size = () => ({ width: 220, height: 150 });
    const moved = makeRoom(q, ids['a']!, { width: 220, height: 1000 }, size);
    expect(moved.get(ids['b']!)).toEqual({ x: 0, y: 1040 });
    expect(moved.get(ids['c']!)).toEqual({ x: 0, y: 1040 + 150 + 40 });
    expect(moved.has(ids['up']!)).toBe(false);
    expect(moved.has('side')).toBe(false);
    expect(makeRoom(q, ids['a']!, { width: 220, height: 150 }, size).size).toBe(0);
    expect(makeRoom(q, 'missing', { width: 1, height: 1 }, size).size).toBe(0);
  });
});
