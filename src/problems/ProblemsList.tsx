// Every diagnostic of the design under the SQL pane; clicking one selects the
// node and asks its side panel to focus the offending field.
import { useMemo, useState } from 'react';
import type { Diagnostic } from '../core/rules/diagnostics';
import type { Entity, NodeKind } from '../core/model/types';
import { useDesign } from '../store/designStore';
import { useDiagnostics } from '../store/derived';
import { useSettled } from '../store/settledDesign';
import './problems.css';

const KIND_LABEL: Record<NodeKind, string> = {
  kafkaTopic: 'Topic',
  kafkaTable: 'Kafka table',
  materializedView: 'View',
  mergeTree: 'Table',
};

export function ProblemsList() {
  const diagnostics = useDiagnostics();
  // Names from the design the diagnostics were made for (it settles after a pause in typing):
  // following every keystroke re-rendered the whole list.
  const entities = useSettled((s) => s.pipeline.entities);
  const selectedId = useDesign((s) => s.selectedId);
  return (
    <ProblemsView
      diagnostics={diagnostics}
      entities={entities}
      selectedId={selectedId}
      onPick={(d) => useDesign.getState().select(d.entityId, d.field ?? null)}
    />
  );
}

export interface ProblemsViewProps {
  diagnostics: readonly Diagnostic[];
  entities: readonly Entity[];
  selectedId: string | null;
  onPick(d: Diagnostic): void;
}

/** The list itself, free of the store so it can be rendered with any diagnostics. */
export function ProblemsView({ diagnostics, entities, selectedId, onPick }: ProblemsViewProps) {
  const [open, setOpen] = useState(true);
  const byId = useMemo(() => new Map(entities.map((e) => [e.id, e])), [entities]);
  const errors = diagnostics.filter((d) => d.severity === 'error').length;
  const warnings = diagnostics.length - errors;

  return (
    <section className="problems" data-testid="problems" aria-label="Problems">
      <button
        type="button"
        className="problems-header"
        aria-expanded={open}
        data-testid="problems.toggle"
        onClick={() => setOpen((o) => !o)}
      >
        <span className="problems-caret" aria-hidden="true">
          {open ? '▾' : '▸'}
        </span>
        <span className="problems-title">Problems</span>
        <span className="problems-count" data-testid="problems.count" data-errors={errors} data-warnings={warnings}>
          <span className={errors ? 'problems-count-error' : undefined}>{plural(errors, 'error')}</span>
          {', '}
          <span className={warnings ? 'problems-count-warning' : undefined}>{plural(warnings, 'warning')}</span>
        </span>
      </button>
      {open ? (
        diagnostics.length === 0 ? (
          <p className="problems-empty" data-testid="problems.empty">
            No problems
          </p>
        ) : (
          <ul className="problems-list">
            {diagnostics.map((d, i) => (
              <ProblemRow
                key={`${d.entityId}|${d.code}|${d.field ?? ''}|${i}`}
                d={d}
                entity={byId.get(d.entityId)}
                selected={d.entityId === selectedId}
                onPick={onPick}
              />
            ))}
          </ul>
        )
      ) : null}
    </section>
  );
}

interface RowProps {
  d: Diagnostic;
  entity: Entity | undefined;
  selected: boolean;
  onPick(d: Diagnostic): void;
}

function ProblemRow({ d, entity, selected, onPick }: RowProps) {
  const name = entity ? entity.name.trim() || `(unnamed ${KIND_LABEL[entity.kind].toLowerCase()})` : '(deleted node)';
  return (
    <li>
      <button
        type="button"
        className={`problems-item problems-${d.severity}${selected ? ' problems-item-selected' : ''}`}
        data-testid="problems.item"
        data-code={d.code}
        data-entity-id={d.entityId}
        data-severity={d.severity}
        data-field={d.field ?? ''}
        title={d.message}
        onClick={() => onPick(d)}
      >
        <span className="problems-icon" role="img" aria-label={d.severity === 'error' ? 'Error' : 'Warning'}>
          {d.severity === 'error' ? '✖' : '▲'}
        </span>
        <span className="problems-node">
          {entity ? <span className={`problems-kind problems-kind-${entity.kind}`}>{KIND_LABEL[entity.kind]}</span> : null}
          {name}
        </span>
        <span className="problems-message">{d.message}</span>
      </button>
    </li>
  );
}

function plural(n: number, word: string): string {
  return `${n} ${word}${n === 1 ? '' : 's'}`;
}
