import type { NodeProps } from '@xyflow/react';
import type { EntityNode } from '../flowTypes';
import { columnRows } from './columnRows';
import { NodeShell } from './NodeShell';

export function MergeTreeNode({ data, selected }: NodeProps<EntityNode<'mergeTree'>>) {
  const t = data.entity;
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
}
