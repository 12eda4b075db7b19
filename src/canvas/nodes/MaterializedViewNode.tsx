import type { NodeProps } from '@xyflow/react';
import { memo } from 'react';
import { useEntity } from '../../store/entityIndex';
import type { EntityNode } from '../flowTypes';
import { sameFace } from './sameFace';
import { NodeShell, type NodeRow } from './NodeShell';

export const MaterializedViewNode = memo(function MaterializedViewNode({ id, data, selected }: NodeProps<EntityNode<'materializedView'>>) {
  const v = useEntity(id, 'materializedView') ?? data.entity;
  if (!v) return null;
  const rows: NodeRow[] = v.mappings.map((m) => ({
    key: m.id,
    name: m.target || '(no target)',
    joiner: '←',
    detail: m.expr || '(no expression)',
  }));
  const clauses = [v.where.trim() && 'WHERE', v.groupBy.trim() && 'GROUP BY'].filter(Boolean).join(' · ');
  return (
    <NodeShell
      entity={v}
      selected={!!selected}
      rows={rows}
      emptyText="Connect a source to map its columns"
      subtitle={clauses || undefined}
    />
  );
}, sameFace);
