import { describe, expect, it } from 'vitest';
import { addEntity, connect, moveEntity, updateEntity } from '../core/model/operations';
import { emptyPipeline, type Pipeline } from '../core/model/types';
import type { EntityNode } from './flowTypes';
import { ANIMATED_LINKS_MAX, primarySelection, reconcileEdges, reconcileNodes } from './reconcile';
import { design } from '../../bench/design';

function twoNodes(): { p: Pipeline; topic: string; table: string } {
  const a = addEntity(emptyPipeline(), 'kafkaTopic', { x: 0, y: 0 });
  const b = addEntity(a.pipeline, 'kafkaTable', { x: 300, y: 0 });
  return { p: b.pipeline, topic: a.id, table: b.id };
}

const none = new Set<string>();

describe('reconcileNodes', () => {
  it('creates one node per entity, typed by kind, at the entity position', () => {
    const { p, topic, table } = twoNodes();
    const nodes = reconcileNodes([], p, none);
    expect(nodes.map((n) => [n.id, n.type, n.position])).toEqual([
      [topic, 'kafkaTopic', { x: 0, y: 0 }],
      [table, 'kafkaTable', { x: 300, y: 0 }],
    ]);
  });

  it('returns the same array when nothing changed', () => {
    const { p } = twoNodes();
    const nodes = reconcileNodes([], p, none);
    expect(reconcileNodes(nodes, p, none)).toBe(nodes);
  });

  it('keeps every node object when only contents change (the components read their entity from the store)', () => {
    const { p, table } = twoNodes();
    const nodes = reconcileNodes([], p, none);
    const renamed = updateEntity(p, table, { name: 'renamed' });
    expect(reconcileNodes(nodes, renamed, none)).toBe(nodes);
  });

  it('replaces only a moved node, keeping its measured size', () => {
    const { p, topic, table } = twoNodes();
    const measured = reconcileNodes([], p, none).map((n) => ({ ...n, measured: { width: 220, height: 90 } }));
    const next = reconcileNodes(measured, moveEntity(p, table, { x: 310, y: 20 }), none);
    expect(next[0]).toBe(measured[0]);
    expect(next[1]).not.toBe(measured[1]);
    expect(next[1]!.measured).toEqual({ width: 220, height: 90 });
    expect(next[1]!.position).toEqual({ x: 310, y: 20 });
    expect(next.map((n) => n.id)).toEqual([topic, table]);
  });

  it('takes the committed position from the document, but keeps a dragging node where the pointer is', () => {
    const { p, topic } = twoNodes();
    const nodes = reconcileNodes([], p, none);
    const moved = moveEntity(p, topic, { x: 50, y: 60 });
    expect(reconcileNodes(nodes, moved, none)[0]!.position).toEqual({ x: 50, y: 60 });
    const dragging: EntityNode[] = [{ ...nodes[0]!, dragging: true, position: { x: 999, y: 1 } }, nodes[1]!];
    expect(reconcileNodes(dragging, moved, none)[0]!.position).toEqual({ x: 999, y: 1 });
  });

  it('applies the selection and drops removed entities', () => {
    const { p, topic, table } = twoNodes();
    const nodes = reconcileNodes([], p, none);
    const selected = reconcileNodes(nodes, p, new Set([table]));
    expect(selected.map((n) => !!n.selected)).toEqual([false, true]);
    expect(selected[0]).toBe(nodes[0]);
    const fewer = { ...p, entities: p.entities.filter((e) => e.id !== topic) };
    expect(reconcileNodes(selected, fewer, new Set([table])).map((n) => n.id)).toEqual([table]);
  });
});

describe('reconcileEdges', () => {
  it('draws one edge per link, styled by the source kind, and reuses it', () => {
    const { p, topic, table } = twoNodes();
    const r = connect(p, topic, table);
    expect(r.ok).toBe(true);
    const edges = reconcileEdges([], r.pipeline);
    expect(edges).toHaveLength(1);
    expect(edges[0]).toMatchObject({ source: topic, target: table, type: 'link', animated: true });
    expect(edges[0]!.className).toContain('link--kafkaTopic');
    expect(reconcileEdges(edges, r.pipeline)).toBe(edges);
  });

  it('keeps an edge selected across edits and skips links to missing nodes', () => {
    const { p, topic, table } = twoNodes();
    const linked = connect(p, topic, table).pipeline;
    const edges = reconcileEdges([], linked).map((e) => ({ ...e, selected: true }));
    const renamed = updateEntity(linked, table, { name: 'x' });
    expect(reconcileEdges(edges, renamed)[0]!.selected).toBe(true);
    const dangling = { ...linked, entities: linked.entities.filter((e) => e.id !== topic) };
    expect(reconcileEdges(edges, dangling)).toEqual([]);
  });
});

describe('primarySelection', () => {
  it('keeps the current entity while it stays selected, else takes the latest', () => {
    expect(primarySelection([], 'a')).toBeNull();
    expect(primarySelection(['a', 'b'], 'a')).toBe('a');
    expect(primarySelection(['b', 'c'], 'a')).toBe('c');
  });
});

describe('edge animation at scale', () => {
  it('animates Kafka links in small designs only, and switches when the design crosses the limit', () => {
    const big = design(200);
    // The same links (same ids), fewer of them: edges are reused and must still switch.
    const small = { ...big, links: big.links.slice(0, 30) };
    expect(small.links.length).toBeLessThanOrEqual(ANIMATED_LINKS_MAX);
    expect(big.links.length).toBeGreaterThan(ANIMATED_LINKS_MAX);
    const a = reconcileEdges([], small);
    expect(a.some((e) => e.animated)).toBe(true);
    const b = reconcileEdges(a, big);
    expect(b.some((e) => e.animated)).toBe(false);
    const c = reconcileEdges(b, small);
    expect(c.some((e) => e.animated)).toBe(true);
    for (const e of c) expect(e.animated).toBe(e.data!.sourceKind === 'kafkaTopic' || e.data!.sourceKind === 'kafkaTable');
  });
});
