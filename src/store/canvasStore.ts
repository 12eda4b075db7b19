// React Flow's nodes and edges, kept next to the design store and derived from it.
// The design is the truth; this store only adds what React Flow owns: measured
// sizes, positions in the middle of a drag, and which edges are selected.
import { applyEdgeChanges, applyNodeChanges, type EdgeChange, type NodeChange } from '@xyflow/react';
import { create } from 'zustand';
import type { EntityNode, LinkEdge } from '../canvas/flowTypes';
import { primarySelection, reconcileEdges, reconcileNodes } from '../canvas/reconcile';
import { useDesign, type DesignState } from './designStore';
import { sameShape } from './settledDesign';

export interface CanvasState {
  nodes: EntityNode[];
  edges: LinkEdge[];
  onNodesChange(changes: NodeChange<EntityNode>[]): void;
  onEdgesChange(changes: EdgeChange<LinkEdge>[]): void;
}

// Removals go through the document (Canvas.onDelete), never straight into the view;
// additions only ever come from the document.
const viewOnly = <C extends { type: string }>(c: C) => c.type !== 'remove' && c.type !== 'add';

export const useCanvas = create<CanvasState>()((set, get) => ({
  nodes: [],
  edges: [],
  onNodesChange(changes) {
    const kept = changes.filter(viewOnly);
    if (kept.length === 0) return;
    const nodes = applyNodeChanges(kept, get().nodes);
    set({ nodes });
    if (kept.some((c) => c.type === 'select')) {
      const design = useDesign.getState();
      const next = primarySelection(
        nodes.filter((n) => n.selected).map((n) => n.id),
        design.selectedId,
      );
      if (next !== design.selectedId) design.select(next);
    }
  },
  onEdgesChange(changes) {
    const kept = changes.filter(viewOnly);
    if (kept.length > 0) set({ edges: applyEdgeChanges(kept, get().edges) });
  },
}));

function syncFromDesign(s: DesignState, prev: DesignState | null): void {
  const selectionChanged = prev === null || s.selectedId !== prev.selectedId;
  if (!selectionChanged && s.pipeline === prev.pipeline) return;
  const { nodes, edges } = useCanvas.getState();
  const selected = new Set(nodes.filter((n) => n.selected).map((n) => n.id));
  // Edges follow the links and the kinds of their ends: an edit inside nodes leaves them be.
  let edgesNext = prev !== null && sameShape(prev.pipeline, s.pipeline) ? edges : reconcileEdges(edges, s.pipeline);
  // A selection made elsewhere (problems list, a new node) replaces the canvas selection;
  // one that already agrees with it (made on the canvas, maybe several nodes) stays.
  if (selectionChanged && !(s.selectedId === null ? selected.size === 0 : selected.has(s.selectedId))) {
    selected.clear();
    if (s.selectedId !== null) selected.add(s.selectedId);
    if (edgesNext.some((e) => e.selected)) edgesNext = edgesNext.map((e) => (e.selected ? { ...e, selected: false } : e));
  }
  const nodesNext = reconcileNodes(nodes, s.pipeline, selected);
  if (nodesNext !== nodes || edgesNext !== edges) useCanvas.setState({ nodes: nodesNext, edges: edgesNext });
}

syncFromDesign(useDesign.getState(), null);
useDesign.subscribe((s, prev) => syncFromDesign(s, prev));
