// Expanding a collapsed node: it grows to show every row, and the nodes it would
// now cover move down once React Flow has measured its real height.
import { estimateSize, makeRoom, type Size } from '../core/layout';
import { applyLayout } from '../core/layout';
import { useCanvas } from '../store/canvasStore';
import { useDesign } from '../store/designStore';
import { useExpanded } from '../store/expanded';

function sizeOf(id: string): Size {
  const node = useCanvas.getState().nodes.find((n) => n.id === id);
  const w = node?.measured?.width;
  const h = node?.measured?.height;
  if (w && h) return { width: w, height: h };
  const entity = useDesign.getState().pipeline.entities.find((e) => e.id === id);
  return entity ? estimateSize(entity, useExpanded.getState().ids.has(id)) : { width: 0, height: 0 };
}

export function setExpanded(id: string, expanded: boolean): void {
  useExpanded.getState().set(id, expanded);
  if (!expanded) return;
  // Two frames: one for React to render the rows, one for React Flow's measurement.
  requestAnimationFrame(() =>
    requestAnimationFrame(() => {
      if (!useExpanded.getState().ids.has(id)) return;
      const entity = useDesign.getState().pipeline.entities.find((e) => e.id === id);
      if (!entity) return;
      // The larger of measured and estimated: a node outside the view is not measured again.
      const grown = sizeOf(id);
      const estimate = estimateSize(entity, true);
      const size = { width: Math.max(grown.width, estimate.width), height: Math.max(grown.height, estimate.height) };
      useDesign.getState().change((p) => applyLayout(p, makeRoom(p, id, size, sizeOf)));
    }),
  );
}
