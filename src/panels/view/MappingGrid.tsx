// One row per output column of the view's SELECT: `expr AS target`.
import { kafkaVirtualColumns } from '../../core/clickhouse/virtualColumns';
import { addMapping, moveMapping, removeMapping, syncMappingsToTarget, updateMapping } from '../../core/model/operations';
import { readableColumns, tableColumns } from '../../core/model/query';
import type { Entity, Mapping, MaterializedView } from '../../core/model/types';
import { useFieldRegistry } from '../fieldFocus';
import { useDesign } from '../../store/designStore';
import { change } from '../shared/edit';
import { Field, Section } from '../shared/Field';
import { FieldProblems } from '../shared/FieldProblems';
import { identifier } from '../shared/identifiers';
import { useFieldDiagnostics } from '../diagnosticsContext';

const EXPR_LIST = 'panel-mapping-exprs';
const TARGET_LIST = 'panel-mapping-targets';

interface Props {
  view: MaterializedView;
  source: Entity | undefined;
  target: Entity | undefined;
}

export function MappingGrid({ view, source, target }: Props) {
  const registry = useFieldRegistry();
  const problems = useFieldDiagnostics(['mapping', 'mappings']);
  const canSync = target?.kind === 'mergeTree';

  const add = () => {
    change((p) => addMapping(p, view.id));
    const v = useDesign.getState().pipeline.entities.find((e) => e.id === view.id);
    const last = v?.kind === 'materializedView' ? v.mappings[v.mappings.length - 1] : undefined;
    if (last) registry?.request(`mapping.${last.id}.target`);
  };

  return (
    <Section
      title={`Output columns (${view.mappings.length})`}
      testId="panel.mapping"
      actions={
        <span className="panel-actions">
          <button
            type="button"
            className="panel-btn"
            data-testid="panel.mapping.sync"
            disabled={!canSync}
            title={canSync ? 'One row per insertable target column, keeping the expressions already written' : 'Connect a MergeTree target first'}
            onClick={() => change((p) => syncMappingsToTarget(p, view.id))}
          >
            Sync rows with target
          </button>
          <button type="button" className="panel-btn" data-testid="panel.mapping.add" onClick={add}>
            + Add row
          </button>
        </span>
      }
    >
      <FieldProblems items={problems} />
      <div className="panel-mapping-head" aria-hidden="true">
        <span>target column</span>
        <span />
        <span>expression over the source</span>
      </div>
      {view.mappings.length === 0 ? <p className="panel-empty">No columns selected yet.</p> : null}
      <ol className="panel-rows">
        {view.mappings.map((m, i) => (
          <MappingRow key={m.id} viewId={view.id} mapping={m} index={i} count={view.mappings.length} />
        ))}
      </ol>
      <ExpressionSuggestions source={source} />
      <datalist id={TARGET_LIST}>
        {tableColumns(target).map((c) => (
          <option key={c.id} value={c.name} label={c.type} />
        ))}
      </datalist>
    </Section>
  );
}

function ExpressionSuggestions({ source }: { source: Entity | undefined }) {
  const virtual = source?.kind === 'kafkaTable' ? kafkaVirtualColumns(source.settings['kafka_handle_error_mode']) : [];
  return (
    <datalist id={EXPR_LIST}>
      {readableColumns(source).map((c) => (
        <option key={c.id} value={identifier(c.name)} label={c.type} />
      ))}
      {virtual.map((v) => (
        <option key={v.name} value={v.name.includes('.') ? v.name : identifier(v.name)} label={`${v.type} · Kafka virtual`} />
      ))}
    </datalist>
  );
}

interface RowProps {
  viewId: string;
  mapping: Mapping;
  index: number;
  count: number;
}

function MappingRow({ viewId, mapping: m, index: i, count }: RowProps) {
  const edit = (patch: Partial<Omit<Mapping, 'id'>>) => change((p) => updateMapping(p, viewId, m.id, patch));
  const move = (to: number) => change((p) => moveMapping(p, viewId, m.id, to));
  const rowProblems = useFieldDiagnostics(`mapping.${m.id}`);
  const t = `panel.mapping.${i}`;
  return (
    <li className="panel-row" data-testid={`${t}.row`}>
      <div className="panel-row-main panel-mapping-row">
        <Field label={`Row ${i + 1} target column`} hideLabel field={`mapping.${m.id}.target`} className="panel-cell-target">
          {(ctl) => (
            <input
              {...ctl}
              className="panel-input panel-code"
              data-testid={`${t}.target`}
              list={TARGET_LIST}
              value={m.target}
              spellCheck={false}
              autoComplete="off"
              onChange={(e) => edit({ target: e.target.value })}
            />
          )}
        </Field>
        <span className="panel-arrow" aria-hidden="true">
          ←
        </span>
        <Field label={`Row ${i + 1} expression`} hideLabel field={`mapping.${m.id}.expr`} className="panel-cell-expr">
          {(ctl) => (
            <input
              {...ctl}
              className="panel-input panel-code"
              data-testid={`${t}.expr`}
              list={EXPR_LIST}
              value={m.expr}
              spellCheck={false}
              autoComplete="off"
              onChange={(e) => edit({ expr: e.target.value })}
            />
          )}
        </Field>
        <div className="panel-row-actions">
          <button type="button" className="panel-icon" data-testid={`${t}.up`} aria-label={`Move row ${m.target} up`} disabled={i === 0} onClick={() => move(i - 1)}>
            ↑
          </button>
          <button
            type="button"
            className="panel-icon"
            data-testid={`${t}.down`}
            aria-label={`Move row ${m.target} down`}
            disabled={i === count - 1}
            onClick={() => move(i + 1)}
          >
            ↓
          </button>
          <button
            type="button"
            className="panel-icon panel-icon-danger"
            data-testid={`${t}.delete`}
            aria-label={`Delete row ${m.target}`}
            onClick={() => change((p) => removeMapping(p, viewId, m.id))}
          >
            ✕
          </button>
        </div>
      </div>
      <FieldProblems items={rowProblems} />
    </li>
  );
}
