import type { NodeProps } from '@xyflow/react';
import { memo } from 'react';
import { useEntity } from '../../store/entityIndex';
import type { EntityNode } from '../flowTypes';
import { columnRows } from './columnRows';
import { sameFace } from './sameFace';
import { NodeShell } from './NodeShell';

export const KafkaTableNode = memo(function KafkaTableNode({ id, data, selected }: NodeProps<EntityNode<'kafkaTable'>>) {
  const t = useEntity(id, 'kafkaTable') ?? data.entity;
  if (!t) return null;
  return (
    <NodeShell
      entity={t}
      selected={!!selected}
      rows={columnRows(t.columns)}
      emptyText="No columns yet"
      subtitle={`Kafka · ${t.format || 'no format'}`}
    />
  );
}, sameFace);
