import type { NodeProps } from '@xyflow/react';
import { memo } from 'react';
import { useEntity } from '../../store/entityIndex';
import type { EntityNode } from '../flowTypes';
import { sameFace } from './sameFace';
import { NodeShell, type NodeRow } from './NodeShell';

export const KafkaTopicNode = memo(function KafkaTopicNode({ id, data, selected }: NodeProps<EntityNode<'kafkaTopic'>>) {
  const t = useEntity(id, 'kafkaTopic') ?? data.entity;
  if (!t) return null;
  const rows: NodeRow[] = [
    { key: 'topic', name: 'topic', detail: t.topic || '(not set)' },
    { key: 'format', name: 'format', detail: t.format || '(not set)' },
    { key: 'brokers', name: 'brokers', detail: t.brokers || '(not set)' },
  ];
  return <NodeShell entity={t} selected={!!selected} rows={rows} emptyText="" />;
}, sameFace);
