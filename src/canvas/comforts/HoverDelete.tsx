// A delete button above the node under the pointer, so removing a node does not
// need selecting it first (a selected node shows its own ×). It sits in React
// Flow's toolbar layer, outside the node, so images of the design never carry it.
import { NodeToolbar, Position } from '@xyflow/react';
import { deleteNodes } from './actions';

export function HoverDelete({ id, onHover }: { id: string; onHover(inside: boolean): void }) {
  return (
    <NodeToolbar nodeId={id} isVisible position={Position.Top} align="end" offset={4}>
      <button
        type="button"
        className="hover-delete nodrag nopan"
        data-testid="node.hoverDelete"
        title="Delete node"
        aria-label="Delete node"
        onMouseEnter={() => onHover(true)}
        onMouseLeave={() => onHover(false)}
        onClick={() => deleteNodes([id])}
      >
        ×
      </button>
    </NodeToolbar>
  );
}
