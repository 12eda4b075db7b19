import type { NodeProps } from '@xyflow/react';

/**
 * A node's face depends on its entity (read from the store), its selection and, outside
 * the canvas, its data; not on where it is. React Flow passes the position in the props,
 * so without this a dragged node re-rendered its rows and badge on every pointer move.
 */
export function sameFace(a: NodeProps, b: NodeProps): boolean {
  return a.id === b.id && a.selected === b.selected && a.data === b.data;
}
