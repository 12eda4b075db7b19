// The frame every node kind shares: kind header, name and database, a short list
// of rows, handles, the problem badge and the delete control.
import { Handle, Position, useConnection } from '@xyflow/react';
import type { MouseEvent, ReactNode } from 'react';
import { rowPlan } from '../../core/layout/nodeSize';
import { KINDS } from '../../core/model/kinds';
import { removeEntities } from '../../core/model/operations';
import type { Entity } from '../../core/model/types';
import { useDesign } from '../../store/designStore';
import { useExpanded } from '../../store/expanded';
import { setExpanded } from '../expandNode';
import { useReadOnly } from '../../store/viewMode';
import { checkDrag } from '../connectionCheck';
import { ProblemBadge } from './ProblemBadge';

export interface NodeRow {
  key: string;
  /** Left cell, e.g. a column name. */
  name: string;
  /** Right cell, e.g. a type; muted. */
  detail?: string;
  /** Shown between name and detail (e.g. `←` for a view mapping). */
  joiner?: string;
}

interface Props {
  entity: Entity;
  selected: boolean;
  rows: readonly NodeRow[];
  /** Shown instead of an empty list. */
  emptyText: string;
  /** One line under the title, e.g. the engine. */
  subtitle?: ReactNode;
  /** What the rows are, for the summary of a collapsed node ("64 columns"). */
  rowNoun?: string;
}

export function NodeShell({ entity, selected, rows, emptyText, subtitle, rowNoun = 'columns' }: Props) {
  const info = KINDS[entity.kind];
  const dropState = useDropState(entity.id);
  const readOnly = useReadOnly();
  const expanded = useExpanded((s) => s.ids.has(entity.id));
  const plan = rowPlan(rows.length, expanded);
  const shown = rows.slice(0, plan.shown);
  const className = ['flow-node', `flow-node--${entity.kind}`, selected ? 'is-selected' : '', dropState]
    .filter(Boolean)
    .join(' ');
  return (
    <div className={className} data-testid={`node.${entity.kind}`} data-entity-id={entity.id}>
      {info.hasInput && <Handle type="target" position={Position.Left} className="flow-handle" onMouseDown={noTextSelection} />}
      <header className="node-header">
        <span className="node-kind">{info.label}</span>
        <ProblemBadge entityId={entity.id} />
        {selected && !readOnly && <DeleteButton id={entity.id} />}
      </header>
      <div className="node-title">
        <span className={entity.name ? 'node-name' : 'node-name is-missing'} title={entity.name}>
          {entity.name || '(no name)'}
        </span>
        {/* A topic lives in Kafka: it has no database to show. */}
        {entity.kind !== 'kafkaTopic' && (
          <span className="node-db" title={`database ${entity.database}`}>
            {entity.database}
          </span>
        )}
      </div>
      {subtitle && <div className="node-subtitle">{subtitle}</div>}
      {rows.length === 0 ? (
        <div className="node-empty">{emptyText}</div>
      ) : (
        <ul className="node-rows">
          {shown.map((r) => (
            <li key={r.key} className="node-row">
              <span className="node-row-name" title={r.name}>
                {r.name}
              </span>
              {r.joiner && <span className="node-row-joiner">{r.joiner}</span>}
              {r.detail !== undefined && (
                <span className="node-row-detail" title={r.detail}>
                  {r.detail}
                </span>
              )}
            </li>
          ))}
          {plan.toggle && (
            <li className="node-more">
              <button
                type="button"
                className="node-more-toggle nodrag"
                data-testid="node.rowsToggle"
                aria-expanded={expanded}
                onClick={(e) => {
                  e.stopPropagation();
                  setExpanded(entity.id, !expanded);
                }}
              >
                {expanded ? 'Show fewer' : plan.shown === 0 ? `${rows.length} ${rowNoun} · show` : `+${rows.length - plan.shown} more`}
              </button>
            </li>
          )}
        </ul>
      )}
      {info.hasOutput && <Handle type="source" position={Position.Right} className="flow-handle" onMouseDown={noTextSelection} />}
    </div>
  );
}

// A connection drag starts with a mousedown on a handle; without this the browser also
// starts a text selection that sweeps across the side panels.
const noTextSelection = (e: MouseEvent) => e.preventDefault();

function DeleteButton({ id }: { id: string }) {
  return (
    <button
      type="button"
      className="node-delete nodrag nopan"
      data-testid="node.delete"
      title="Delete node"
      aria-label="Delete node"
      onClick={(e) => {
        e.stopPropagation();
        const design = useDesign.getState();
        design.change((p) => removeEntities(p, [id]));
        if (design.selectedId === id) design.select(null);
      }}
    >
      ×
    </button>
  );
}

/** While a connection is being dragged: can this node take it? */
function useDropState(id: string): '' | 'is-drop-ok' | 'is-drop-refused' {
  const from = useConnection((c) => (c.inProgress ? `${c.fromHandle.type}:${c.fromNode.id}` : null));
  if (from === null) return '';
  const sep = from.indexOf(':');
  const fromType = from.slice(0, sep) === 'target' ? 'target' : 'source';
  const check = checkDrag(useDesign.getState().pipeline, from.slice(sep + 1), fromType, id);
  if (check === null) return '';
  return check.ok ? 'is-drop-ok' : 'is-drop-refused';
}
