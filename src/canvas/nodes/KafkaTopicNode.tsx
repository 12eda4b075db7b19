import type { NodeProps } from '@xyflow/react';
import type { EntityNode } from '../flowTypes';
import { NodeShell, type NodeRow } from './NodeShell';

export function KafkaTopicNode({ data, selected }: NodeProps<EntityNode<'kafkaTopic'>>) {
  const t = data.entity;
  const rows: NodeRow[] = [
    { key: 'topic', name: 'topic', detail: t.topic || '(not set)' },
    { key: 'format', name: 'format', detail: t.format || '(not set)' },
    { key: 'brokers', name: 'brokers', detail: t.brokers || '(not set)' },
  ];
  return <NodeShell entity={t} selected={!!selected} rows={rows} emptyText="" />;
}
