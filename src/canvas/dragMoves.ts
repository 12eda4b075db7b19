// The pointer moves of a node drag go straight into React Flow's own store. Through
// the canvas store each move re-rendered the Canvas and <ReactFlow>, whose effect then
// handed the whole nodes array back to React Flow: two passes over 500 nodes per frame.
// The document learns the final position once, when the drag ends (React Flow then
// reports the last move with `dragging: false`, which takes the usual path).
import { applyNodeChanges, useStoreApi, type NodeChange, type OnNodesChange } from '@xyflow/react';
import { useCallback } from 'react';
import { useCanvas } from '../store/canvasStore';
import type { EntityNode, LinkEdge } from './flowTypes';

const isDragMove = (c: NodeChange<EntityNode>) => c.type === 'position' && c.dragging === true;

export function useNodesChange(): OnNodesChange<EntityNode> {
  const flow = useStoreApi<EntityNode, LinkEdge>();
  return useCallback(
    (changes) => {
      if (changes.length > 0 && changes.every(isDragMove)) {
        const { nodes, setNodes } = flow.getState();
        setNodes(applyNodeChanges(changes, nodes));
        return;
      }
      useCanvas.getState().onNodesChange(changes);
    },
    [flow],
  );
}
