// React Flow's view of the design: one node per entity, one edge per link.
import type { Edge, Node } from '@xyflow/react';
import type { EntityOf, NodeKind } from '../core/model/types';

/**
 * On the canvas, nothing: a node component reads its entity from the design store by id
 * (useEntity). Were the entity in here, every keystroke in a name would hand React Flow
 * a new nodes array, and it would re-adopt all of them and re-run every node wrapper's
 * selector. A node rendered outside the canvas (static markup) may carry its entity.
 */
export type EntityNodeData<K extends NodeKind = NodeKind> = { entity?: EntityOf<K> };

/** A node whose `type` is its entity kind, so nodeTypes picks the component per kind. */
export type EntityNode<K extends NodeKind = NodeKind> = Node<EntityNodeData<K>, K>;

export type LinkEdgeData = { sourceKind: NodeKind; targetKind: NodeKind };

export type LinkEdge = Edge<LinkEdgeData, 'link'>;

export const LINK_EDGE = 'link' as const;

/** The drag-and-drop payload type set by the palette and read by the canvas. */
export const KIND_MIME = 'application/chflow-kind';

/** The app.css colour variable of each kind. */
export const KIND_COLOR_VAR: Record<NodeKind, string> = {
  kafkaTopic: '--kafka-topic',
  kafkaTable: '--kafka-table',
  materializedView: '--view',
  mergeTree: '--merge-tree',
};
