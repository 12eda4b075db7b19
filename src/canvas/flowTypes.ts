// React Flow's view of the design: one node per entity, one edge per link.
import type { Edge, Node } from '@xyflow/react';
import type { Entity, EntityOf, NodeKind } from '../core/model/types';

export type EntityNodeData<K extends NodeKind = NodeKind> = { entity: EntityOf<K> };

/** A node whose `type` is its entity kind, so nodeTypes picks the component per kind. */
export type EntityNode<K extends NodeKind = NodeKind> = Node<EntityNodeData<K>, K>;

export type LinkEdgeData = { sourceKind: NodeKind; targetKind: NodeKind };

export type LinkEdge = Edge<LinkEdgeData, 'link'>;

export const LINK_EDGE = 'link' as const;

export function entityOf(node: EntityNode): Entity {
  return node.data.entity;
}

/** The drag-and-drop payload type set by the palette and read by the canvas. */
export const KIND_MIME = 'application/chflow-kind';

/** The app.css colour variable of each kind. */
export const KIND_COLOR_VAR: Record<NodeKind, string> = {
  kafkaTopic: '--kafka-topic',
  kafkaTable: '--kafka-table',
  materializedView: '--view',
  mergeTree: '--merge-tree',
};
