import type { NodeProps } from '@xyflow/react';
import type { EntityNode } from '../flowTypes';
import { NodeShell, type NodeRow } from './NodeShell';

export function MaterializedViewNode({ data, selected }: NodeProps<EntityNode<'materializedView'>>) {
  const v = data.entity;
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
}
