// Commands on the whole canvas, shared by the toolbar buttons and the keys.
import { useMemo } from 'react';
import { useFit } from '../canvas/fit';
import { applyLayout, layoutPipeline } from '../core/layout';
import type { Size } from '../core/layout';
import { useCanvas } from '../store/canvasStore';
import { useDesign } from '../store/designStore';
import { useExpanded } from '../store/expanded';

export const FIT_OPTIONS = { padding: 0.2, maxZoom: 1, duration: 200 };

export interface CanvasCommands {
  fit(): void;
  layout(): void;
}

/** Sizes React Flow measured, so tall tables get the room they really take. */
function measuredSizes(): Map<string, Size> {
  const sizes = new Map<string, Size>();
  for (const n of useCanvas.getState().nodes) {
    const w = n.measured?.width;
    const h = n.measured?.height;
    if (w && h) sizes.set(n.id, { width: w, height: h });
  }
  return sizes;
}

export function useCanvasCommands(): CanvasCommands {
  const fitReadably = useFit();
  return useMemo(() => {
    const fit = () => fitReadably(FIT_OPTIONS.duration);
    return {
      fit,
      layout() {
        const design = useDesign.getState();
        if (design.pipeline.entities.length === 0) return;
        const sizes = measuredSizes();
        // One document change, so one undo step.
        design.change((p) => applyLayout(p, layoutPipeline(p, { sizes, expanded: useExpanded.getState().ids })));
        // Frame the result once React Flow has the new positions.
        requestAnimationFrame(() => requestAnimationFrame(fit));
      },
    };
  }, [fitReadably]);
}
