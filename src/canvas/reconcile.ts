// Pipeline → React Flow nodes and edges, reusing every object whose source did not
// change. React Flow keeps `measured` sizes on the node objects it is given: a
// fresh object per render would make it re-measure and the canvas would flicker.
import { MarkerType } from '@xyflow/react';
import type { Entity, Link, Pipeline } from '../core/model/types';
import { KIND_COLOR_VAR, LINK_EDGE, type EntityNode, type EntityNodeData, type LinkEdge } from './flowTypes';

export function reconcileNodes(
  prev: readonly EntityNode[],
  p: Pipeline,
  selected: ReadonlySet<string>,
): EntityNode[] {
  // Nodes usually keep their places: look one up by id only when it is not at its index.
  let byId: Map<string, EntityNode> | null = null;
  const find = (id: string, i: number) => (prev[i]?.id === id ? prev[i] : (byId ??= new Map(prev.map((n) => [n.id, n]))).get(id));
  let unchanged = prev.length === p.entities.length;
  const next = p.entities.map((entity, i) => {
    const node = nodeFor(find(entity.id, i), entity, selected.has(entity.id));
    if (node !== prev[i]) unchanged = false;
    return node;
  });
  return unchanged ? (prev as EntityNode[]) : next;
}

// Shared by every node: the component reads its entity from the store (see flowTypes).
const NO_DATA: EntityNodeData = Object.freeze({});

function nodeFor(old: EntityNode | undefined, entity: Entity, selected: boolean): EntityNode {
  if (!old) return { id: entity.id, type: entity.kind, position: entity.position, data: NO_DATA, selected } as EntityNode;
  // While the node is being dragged its local position is ahead of the document: keep it.
  // Otherwise only a real move replaces the node: edits to its contents reach the
  // component through the store and leave React Flow's nodes alone.
  const moved = !old.dragging && !samePoint(old.position, entity.position);
  if (!moved && !!old.selected === selected) return old;
  return { ...old, position: moved ? entity.position : old.position, selected };
}

function samePoint(a: { x: number; y: number }, b: { x: number; y: number }): boolean {
  return a === b || (a.x === b.x && a.y === b.y);
}

/**
 * Above this many links the flow animation is off: SVG dash animations repaint on the
 * main thread every frame, and with hundreds of them the page was busy even when idle.
 */
export const ANIMATED_LINKS_MAX = 60;

export function reconcileEdges(prev: readonly LinkEdge[], p: Pipeline): LinkEdge[] {
  const byId = new Map(prev.map((e) => [e.id, e]));
  const kinds = new Map(p.entities.map((e) => [e.id, e.kind]));
  const animate = p.links.length <= ANIMATED_LINKS_MAX;
  let unchanged = prev.length === p.links.length;
  const next: LinkEdge[] = [];
  for (const link of p.links) {
    const edge = edgeFor(byId.get(link.id), link, kinds, animate);
    if (!edge) continue;
    if (edge !== prev[next.length]) unchanged = false;
    next.push(edge);
  }
  return unchanged && next.length === prev.length ? (prev as LinkEdge[]) : next;
}

function edgeFor(old: LinkEdge | undefined, link: Link, kinds: ReadonlyMap<string, Entity['kind']>, animate: boolean): LinkEdge | null {
  const sourceKind = kinds.get(link.source);
  const targetKind = kinds.get(link.target);
  // A dangling link (hand-edited file) has nothing to draw between.
  if (!sourceKind || !targetKind) return null;
  // Data streams continuously out of Kafka; a view's write into its table is drawn solid.
  const animated = animate && (sourceKind === 'kafkaTopic' || sourceKind === 'kafkaTable');
  if (old && old.source === link.source && old.target === link.target && !!old.animated === animated) return old;
  return {
    id: link.id,
    type: LINK_EDGE,
    source: link.source,
    target: link.target,
    className: `link link--${sourceKind}`,
    animated,
    markerEnd: { type: MarkerType.ArrowClosed, width: 16, height: 16, color: `var(${KIND_COLOR_VAR[sourceKind]})` },
    data: { sourceKind, targetKind },
    selected: old?.selected ?? false,
  };
}

/** Which entity the side panel should show after React Flow changed its selection. */
export function primarySelection(selected: readonly string[], current: string | null): string | null {
  if (selected.length === 0) return null;
  if (current !== null && selected.includes(current)) return current;
  return selected[selected.length - 1]!;
}
