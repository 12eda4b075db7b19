// One row per output column of the view's SELECT: `expr AS target`, with completion of
// columns, virtual columns and functions, and -State helpers for aggregate target columns.
import { suggestAggregateExpression } from '../../core/model/aggregateState';
import { addMapping, moveMapping, removeMapping, syncMappingsToTarget, updateMapping } from '../../core/model/operations';
import { readableColumns, tableColumns } from '../../core/model/query';
import type { Column, Entity, Mapping, MaterializedView } from '../../core/model/types';
import { useFieldRegistry } from '../fieldFocus';
import { useDesign } from '../../store/designStore';
import { change } from '../shared/edit';
import { Field, Section } from '../shared/Field';
import { FieldProblems } from '../shared/FieldProblems';
import { useFieldDiagnostics } from '../diagnosticsContext';
import type { Suggestion } from './completion';
import { ExpressionInput } from './ExpressionInput';
import { useExpressionPool } from './expressionPool';
import { VirtualColumnMenu } from './VirtualColumnMenu';
import { RowMoveDelete } from '../shared/RowMoveDelete';

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
  const pool = useExpressionPool(view.id, source);
  const sourceCols = readableColumns(source);
  const targetCols = tableColumns(target);
  // Rows writing an aggregate column whose expression is still the bare name (or empty).
  const fillable = view.mappings.flatMap((m) => {
    const c = targetCols.find((x) => x.name === m.target);
    const s = c && suggestAggregateExpression(c.type, sourceCols);
    const e = m.expr.trim();
    return s && (e === '' || e === m.target) ? [{ id: m.id, expr: s }] : [];
  });
  const fillStates = () =>
    change((p) => fillable.reduce((acc, f) => updateMapping(acc, view.id, f.id, { expr: f.expr }), p));

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
          {fillable.length ? (
            <button
              type="button"
              className="panel-btn"
              data-testid="panel.mapping.fillStates"
              title="Write fState(column) / f(column) into rows of AggregateFunction / SimpleAggregateFunction target columns"
              onClick={fillStates}
            >
              Fill -State ({fillable.length})
            </button>
          ) : null}
          <VirtualColumnMenu viewId={view.id} />
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
          <MappingRow
            key={m.id}
            viewId={view.id}
            mapping={m}
            index={i}
            count={view.mappings.length}
            pool={pool}
            targetColumn={targetCols.find((c) => c.name === m.target)}
            sourceColumns={sourceCols}
          />
        ))}
      </ol>
      <datalist id={TARGET_LIST}>
        {tableColumns(target).map((c) => (
          <option key={c.id} value={c.name} label={c.type} />
        ))}
      </datalist>
    </Section>
  );
}

interface RowProps {
  viewId: string;
  mapping: Mapping;
  index: number;
  count: number;
  pool: readonly Suggestion[];
  targetColumn: Column | undefined;
  sourceColumns: readonly Column[];
}

function MappingRow({ viewId, mapping: m, index: i, count, pool, targetColumn, sourceColumns }: RowProps) {
  const state = targetColumn ? suggestAggregateExpression(targetColumn.type, sourceColumns) : undefined;
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
          {(ctl) => <ExpressionInput ctl={ctl} testId={`${t}.expr`} value={m.expr} pool={pool} onChange={(expr) => edit({ expr })} />}
        </Field>
        <div className="panel-row-actions">
          <RowMoveDelete
            testId={t}
            label={`row ${m.target}`}
            index={i}
            count={count}
            onMove={move}
            onDelete={() => change((p) => removeMapping(p, viewId, m.id))}
          />
        </div>
      </div>
      {state && state !== m.expr.trim() ? (
        <div className="panel-hint">
          {targetColumn!.type} takes{' '}
          <button type="button" className="panel-chip" data-testid={`${t}.state`} onClick={() => edit({ expr: state })}>
            {state}
          </button>
        </div>
      ) : null}
      <FieldProblems items={rowProblems} />
    </li>
  );
}
