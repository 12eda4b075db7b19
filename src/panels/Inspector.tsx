// The side panel of the selected node, in the right column above the problems list.
// It owns the field registry (focus requests) and the entity's diagnostics; the
// per-kind panels below only render fields.
import { Suspense, useContext, useDeferredValue, useEffect, useMemo, useState } from 'react';
import { KINDS } from '../core/model/kinds';
import type { Entity } from '../core/model/types';
import { useDesign } from '../store/designStore';
import { entityById } from '../store/entityIndex';
import { useReadOnly } from '../store/viewMode';
import { ReadOnlyFieldset } from '../share/ReadOnlyHeader';
import { FieldRegistry, FieldRegistryProvider } from './fieldFocus';
import { panelFieldKeys } from './panelFields';
import { FieldProblems } from './shared/FieldProblems';
import { useEntityDiagnostics } from '../store/derived';
import { DiagnosticsContext } from './diagnosticsContext';
import { memoIgnoringLabels } from './shared/memoPanel';
import { lazyPrefetched } from '../app/lazyPrefetched';
// The style sheets the lazily loaded kinds bring stay in the first one, in the order they
// had when the kinds were imported here: some of their rules style the same elements as
// panels.css and later sheets, and the order decides between them.
import './typePicker/typePicker.css';
import './options.css';
import '../ui/dialog.css';
import '../engine/engine.css';
import './mergeTree/tableParts.css';
import './panels.css';

// The kinds' editors are most of the panel's code and none of it is needed to show the canvas.
const KindPanel = lazyPrefetched(() => import('./kinds/KindPanel').then((m) => m.KindPanel));

export function Inspector() {
  // A newly selected node's panel is rendered at low priority: selecting by dragging a node
  // then keeps the drag's first frames on time instead of waiting for a whole panel (about
  // 40 ms of rendering at 500 nodes). Edits to the shown entity stay urgent.
  const shownId = useDeferredValue(useDesign((s) => s.selectedId));
  const entity = useDesign((s) => (shownId ? entityById(s.pipeline).get(shownId) : undefined));
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
              <Suspense fallback={<p className="panel-hint panel-loading">Loading…</p>}>
                <KindPanel entity={entity} />
              </Suspense>
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
