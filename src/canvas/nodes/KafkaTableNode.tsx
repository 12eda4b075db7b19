import type { NodeProps } from '@xyflow/react';
import type { EntityNode } from '../flowTypes';
import { columnRows } from './columnRows';
import { NodeShell } from './NodeShell';

export function KafkaTableNode({ data, selected }: NodeProps<EntityNode<'kafkaTable'>>) {
  const t = data.entity;
  return (
    <NodeShell
      entity={t}
      selected={!!selected}
      rows={columnRows(t.columns)}
      emptyText="No columns yet"
      subtitle={`Kafka · ${t.format || 'no format'}`}
    />
  );
}
