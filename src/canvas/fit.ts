// Fit that keeps text readable. Fitting 500 nodes into a canvas would shrink them to
// specks; below READABLE_ZOOM we frame the pipeline the user is working on (the one
// around the selection, else the first one) instead of the whole design.
import { getViewportForBounds, useReactFlow, useStoreApi } from '@xyflow/react';
import { useCallback } from 'react';
import { estimateSize, pipelineAround } from '../core/layout';
import type { Pipeline } from '../core/model/types';
import { useDesign } from '../store/designStore';
import type { EntityNode, LinkEdge } from './flowTypes';

/** Node text (11–14px) stays legible down to about this zoom. */
export const READABLE_ZOOM = 0.5;
const PADDING = 0.2;

/** The entity nearest the top-left corner: where a reader starts. */
function firstEntity(p: Pipeline): string | null {
  let best: string | null = null;
  let score = Infinity;
  for (const e of p.entities) {
    const s = e.position.x + e.position.y;
    if (s < score) [best, score] = [e.id, s];
  }
  return best;
}

/** The design's extent in flow coordinates, from positions and (measured or estimated) sizes. */
export function designBounds(p: Pipeline, measured: ReadonlyMap<string, { width: number; height: number }>) {
  let [x0, y0, x1, y1] = [Infinity, Infinity, -Infinity, -Infinity];
  for (const e of p.entities) {
    const s = measured.get(e.id) ?? estimateSize(e);
    x0 = Math.min(x0, e.position.x);
    y0 = Math.min(y0, e.position.y);
    x1 = Math.max(x1, e.position.x + s.width);
    y1 = Math.max(y1, e.position.y + s.height);
  }
  return { x: x0, y: y0, width: x1 - x0, height: y1 - y0 };
}

/** The ids to frame: everything when it fits readably, else one pipeline. */
export function fitTarget(p: Pipeline, selectedId: string | null, wholeZoom: number): string[] | null {
  if (wholeZoom >= READABLE_ZOOM) return null;
  const around = selectedId ?? firstEntity(p);
  return around === null ? null : pipelineAround(p, around);
}

export function useFit(): (duration?: number) => void {
  const { fitView } = useReactFlow<EntityNode, LinkEdge>();
  const store = useStoreApi<EntityNode, LinkEdge>();
  return useCallback(
    (duration = 200) => {
      // From the design, not React Flow's nodes: right after a design is opened they still hold the old one.
      const { pipeline, selectedId } = useDesign.getState();
      if (pipeline.entities.length === 0) return;
      const { width, height, nodeLookup } = store.getState();
      const measured = new Map<string, { width: number; height: number }>();
      for (const [id, n] of nodeLookup) if (n.measured.width && n.measured.height) measured.set(id, { width: n.measured.width, height: n.measured.height });
      const whole = getViewportForBounds(designBounds(pipeline, measured), width, height, 0.001, 1, PADDING).zoom;
      const ids = fitTarget(pipeline, selectedId, whole);
      void fitView({
        padding: PADDING,
        maxZoom: 1,
        minZoom: READABLE_ZOOM,
        duration,
        ...(ids ? { nodes: ids.map((id) => ({ id })) } : {}),
      });
    },
    [fitView, store],
  );
}
