// Module constant: a new nodeTypes object per render makes React Flow remount every node.
import type { NodeTypes } from '@xyflow/react';
import type { NodeKind } from '../../core/model/types';
import { KafkaTableNode } from './KafkaTableNode';
import { KafkaTopicNode } from './KafkaTopicNode';
import { MaterializedViewNode } from './MaterializedViewNode';
import { MergeTreeNode } from './MergeTreeNode';

const byKind = {
  kafkaTopic: KafkaTopicNode,
  kafkaTable: KafkaTableNode,
  materializedView: MaterializedViewNode,
  mergeTree: MergeTreeNode,
} satisfies Record<NodeKind, unknown>;

export const nodeTypes = byKind as NodeTypes;
