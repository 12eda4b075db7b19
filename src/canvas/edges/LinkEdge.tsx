// A link between two entities; when selected it offers a delete button at its midpoint.
import { BaseEdge, EdgeLabelRenderer, getBezierPath, type EdgeProps } from '@xyflow/react';
import { removeLinks } from '../../core/model/operations';
import { useDesign } from '../../store/designStore';
import { useReadOnly } from '../../store/viewMode';
import type { LinkEdge as LinkEdgeType } from '../flowTypes';

export function LinkEdge(props: EdgeProps<LinkEdgeType>) {
  const { id, sourceX, sourceY, targetX, targetY, sourcePosition, targetPosition, selected, markerEnd, style } = props;
  const readOnly = useReadOnly();
  const [path, labelX, labelY] = getBezierPath({ sourceX, sourceY, targetX, targetY, sourcePosition, targetPosition });
  return (
    <>
      <BaseEdge id={id} path={path} markerEnd={markerEnd} style={style} interactionWidth={24} />
      {selected && !readOnly && (
        <EdgeLabelRenderer>
          <button
            type="button"
            className="edge-delete nodrag nopan"
            data-testid="edge.delete"
            title="Delete connection"
            aria-label="Delete connection"
            style={{ transform: `translate(-50%, -50%) translate(${labelX}px, ${labelY}px)` }}
            onClick={(e) => {
              e.stopPropagation();
              useDesign.getState().change((p) => removeLinks(p, [id]));
            }}
          >
            ×
          </button>
        </EdgeLabelRenderer>
      )}
    </>
  );
}

export const edgeTypes = { link: LinkEdge };
