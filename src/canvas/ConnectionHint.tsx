// While a connection is dragged over a node that refuses it, say why. Rendered outside
// <ReactFlow> (whose root is its own stacking context) so it can sit above side panels.
import { useConnection, useStore } from '@xyflow/react';
import { useDesign } from '../store/designStore';
import { checkDrag } from './connectionCheck';
import { centredOverVisible } from './visibleArea';

export function ConnectionHint() {
  const c = useConnection((s) =>
    s.inProgress
      ? {
          fromId: s.fromNode.id,
          fromType: s.fromHandle.type,
          toId: s.toNode?.id ?? null,
          px: s.pointer.x,
          py: s.pointer.y,
        }
      : null,
  );
  const domNode = useStore((s) => s.domNode);
  const pipeline = useDesign((s) => s.pipeline);
  if (!c) return null;
  // React Flow only reports a target near a handle; over a node's body we look it up ourselves.
  const overId = c.toId ?? nodeIdAt(domNode, c.px, c.py);
  const check = checkDrag(pipeline, c.fromId, c.fromType, overId);
  if (!check || check.ok) return null;
  return (
    <div className="connection-hint" role="status" data-testid="canvas.connectionHint" style={centredOverVisible(domNode)}>
      {check.reason}
    </div>
  );
}

/** The id of the node under a point given relative to the flow container. */
export function nodeIdAt(container: Element | null, x: number, y: number): string | null {
  if (!container) return null;
  const r = container.getBoundingClientRect();
  return nodeIdAtClient(r.left + x, r.top + y);
}

export function nodeIdAtClient(clientX: number, clientY: number): string | null {
  const el = document.elementFromPoint(clientX, clientY);
  const node = el?.closest('.react-flow__node');
  return node?.getAttribute('data-id') ?? null;
}
