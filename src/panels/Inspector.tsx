// The side panel of the selected node, in the right column above the problems list.
// It owns the field registry (focus requests) and the entity's diagnostics; the
// per-kind panels below only render fields.
import { useContext, useEffect, useMemo, useState } from 'react';
import { KINDS } from '../core/model/kinds';
import type { Entity } from '../core/model/types';
import { useDesign } from '../store/designStore';
import { entityById } from '../store/entityIndex';
import { useReadOnly } from '../store/viewMode';
import { ReadOnlyFieldset } from '../share/ReadOnlyHeader';
import { FieldRegistry, FieldRegistryProvider } from './fieldFocus';
import { KafkaTablePanel } from './kinds/KafkaTablePanel';
import { KafkaTopicPanel } from './kinds/KafkaTopicPanel';
import { MaterializedViewPanel } from './kinds/MaterializedViewPanel';
import { MergeTreePanel } from './kinds/MergeTreePanel';
import { panelFieldKeys } from './panelFields';
import { FieldProblems } from './shared/FieldProblems';
import { useEntityDiagnostics } from '../store/derived';
import { DiagnosticsContext } from './diagnosticsContext';
import { memoIgnoringLabels } from './shared/memoPanel';
import './panels.css';

export function Inspector() {
  const entity = useDesign((s) => (s.selectedId ? entityById(s.pipeline).get(s.selectedId) : undefined));
  const focusField = useDesign((s) => s.focusField);
  const [registry] = useState(() => new FieldRegistry());
  const diagnostics = useEntityDiagnostics(entity?.id);
  const entityId = entity?.id;
  const readOnly = useReadOnly();

  // Runs after the panel's fields registered, so a field selected together with its node is found.
  useEffect(() => {
    if (!focusField || !entityId) return;
    registry.request(focusField, (key) => {
      if (useDesign.getState().focusField === key) useDesign.setState({ focusField: null });
    });
    return () => registry.cancel();
  }, [focusField, entityId, registry]);

  if (!entity) return null;
  return (
    <FieldRegistryProvider registry={registry}>
      <DiagnosticsContext.Provider value={diagnostics}>
        <aside className={`panel panel-kind-${entity.kind}`} data-testid="panel" aria-label={`${KINDS[entity.kind].label} ${entity.name}`}>
          <PanelHeader entity={entity} />
          <div className="panel-body" key={entity.id}>
            <ReadOnlyFieldset readOnly={readOnly}>
              <UnplacedProblems entity={entity} />
              <KindPanel entity={entity} />
            </ReadOnlyFieldset>
          </div>
        </aside>
      </DiagnosticsContext.Provider>
    </FieldRegistryProvider>
  );
}

function PanelHeader({ entity }: { entity: Entity }) {
  return (
    <header className="panel-head">
      <span className="panel-kind" data-testid="panel.kind">
        {KINDS[entity.kind].label}
      </span>
      <span className="panel-title" title={`${entity.database}.${entity.name}`}>
        {entity.name || <em>unnamed</em>}
      </span>
      <button
        type="button"
        className="panel-icon panel-close"
        data-testid="panel.close"
        aria-label="Close panel"
        onClick={() => useDesign.getState().select(null)}
      >
        ✕
      </button>
    </header>
  );
}

function KindPanel({ entity }: { entity: Entity }) {
  switch (entity.kind) {
    case 'kafkaTopic':
      return <KafkaTopicPanel entity={entity} />;
    case 'kafkaTable':
      return <KafkaTablePanel entity={entity} />;
    case 'materializedView':
      return <MaterializedViewPanel entity={entity} />;
    case 'mergeTree':
      return <MergeTreePanel entity={entity} />;
  }
}

// Problems of the whole node, or of a field this panel has no input for.
const UnplacedProblems = memoIgnoringLabels(function UnplacedProblems({ entity }: { entity: Entity }) {
  const all = useContext(DiagnosticsContext);
  const keys = useMemo(() => panelFieldKeys(entity), [entity]);
  const items = all.filter((d) => d.field === undefined || !keys.has(d.field));
  if (items.length === 0) return null;
  return (
    <div className="panel-general-problems" data-testid="panel.generalProblems">
      <FieldProblems items={items} />
    </div>
  );
}, 'entity');
