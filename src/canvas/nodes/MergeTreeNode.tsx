import type { NodeProps } from '@xyflow/react';
import { memo } from 'react';
import { useEntity } from '../../store/entityIndex';
import type { EntityNode } from '../flowTypes';
import { columnRows } from './columnRows';
import { sameFace } from './sameFace';
import { NodeShell } from './NodeShell';

export const MergeTreeNode = memo(function MergeTreeNode({ id, data, selected }: NodeProps<EntityNode<'mergeTree'>>) {
  const t = useEntity(id, 'mergeTree') ?? data.entity;
  if (!t) return null;
  const engine = `${t.engine.replicated ? 'Replicated' : ''}${t.engine.family}`;
  const order = t.orderBy.trim() ? ` · ORDER BY ${t.orderBy.trim()}` : '';
  return (
    <NodeShell
      entity={t}
      selected={!!selected}
      rows={columnRows(t.columns)}
      emptyText="No columns yet"
      subtitle={<span title={`${engine}${order}`}>{`${engine}${order}`}</span>}
    />
  );
}, sameFace);
