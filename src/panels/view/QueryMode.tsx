// The view's query in its two forms: the SELECT kept as written (raw mode, with
// "Edit as grid") or, above the grid, "Write as SQL". Each switch is one undo
// step and leaves the generated script as it was.
import { useMemo } from 'react';
import { writeViewAsSql } from '../../core/model/viewSqlMode';
import type { Entity, MaterializedView } from '../../core/model/types';
import { useDesign } from '../../store/designStore';
import { useFieldRegistry } from '../fieldFocus';
import { change, patchEntity } from '../shared/edit';
import { Field, Section } from '../shared/Field';
import { ExpressionInput } from './ExpressionInput';
import { useExpressionPool } from './expressionPool';
import { useGridAnalyser } from './gridSwitch';
import './rawSelect.css';

interface Props {
  view: MaterializedView;
  source: Entity | undefined;
  target: Entity | undefined;
}

/** The design as it is now; read on demand so dragging other nodes does not re-render the panel. */
const current = () => useDesign.getState().pipeline;

function Reason({ testId, action, reason }: { testId: string; action: string; reason: string | undefined }) {
  if (!reason) return null;
  return (
    <p className="panel-hint panel-mode-reason" data-testid={testId}>
      {action} is not available: {reason}.
    </p>
  );
}

export function RawSelectSection({ view, source, target }: Props) {
  const pool = useExpressionPool(view.id, source);
  const analyse = useGridAnalyser();
  // Source and target are in the keys: the switch depends on what the view reads and writes.
  const grid = useMemo(() => analyse?.(current(), view.id), [analyse, view, source, target]);
  const reason = grid === undefined ? undefined : 'reason' in grid ? grid.reason : undefined;
  const text = view.rawSelect ?? '';
  const rows = Math.min(24, Math.max(6, text.split('\n').length + 1));
  const toGrid = () =>
    change((p) => {
      const r = analyse?.(p, view.id);
      return r && 'pipeline' in r ? r.pipeline : p;
    });
  return (
    <Section
      title="Query (kept as SQL)"
      testId="panel.rawSelectSection"
      actions={
        <button
          type="button"
          className="panel-btn"
          data-testid="panel.editAsGrid"
          disabled={!grid || 'reason' in grid}
          title={reason ? `Not available: ${reason}` : 'Turn this query into output column rows, WHERE and GROUP BY'}
          onClick={toGrid}
        >
          Edit as grid
        </button>
      }
    >
      <p className="panel-note">
        chflow writes this SELECT after <code>AS</code> exactly as it stands. Joins, subqueries, UNION, arrayJoin, window functions and other
        queries beyond one source table with one expression per target column do not fit the mapping grid, so they are kept as written.
      </p>
      <Field
        label="The view’s SELECT"
        field="rawSelect"
        hint="Output columns are filled into the target by name. chflow cannot work out this query’s column types, so it does not compare them with the target: Check runs the query on the local engine, which verifies them."
      >
        {(ctl) => (
          <ExpressionInput
            ctl={ctl}
            testId="panel.rawSelect"
            multiline
            autoIndent
            rows={rows}
            className="panel-sql"
            placeholder={'SELECT …\nFROM …'}
            value={text}
            pool={pool}
            onChange={(rawSelect) => patchEntity(view.id, { rawSelect })}
          />
        )}
      </Field>
      <Reason testId="panel.editAsGrid.reason" action="Edit as grid" reason={reason} />
    </Section>
  );
}

export function GridQuerySection({ view, source, target }: Props) {
  const registry = useFieldRegistry();
  const result = useMemo(() => writeViewAsSql(current(), view.id), [view, source, target]);
  const reason = 'reason' in result ? result.reason : undefined;
  const toSql = () => {
    change((p) => {
      const r = writeViewAsSql(p, view.id);
      return 'pipeline' in r ? r.pipeline : p;
    });
    registry?.request('rawSelect');
  };
  return (
    <Section
      title="Query"
      testId="panel.gridQuerySection"
      actions={
        <button
          type="button"
          className="panel-btn"
          data-testid="panel.writeAsSql"
          disabled={reason !== undefined}
          title={reason ? `Not available: ${reason}` : 'Keep the query as SQL text (same statement), to write joins, subqueries, UNION or window functions'}
          onClick={toSql}
        >
          Write as SQL
        </button>
      }
    >
      <p className="panel-hint">Built from the output columns, WHERE and GROUP BY below. Write as SQL for a query the grid cannot hold.</p>
      <Reason testId="panel.writeAsSql.reason" action="Write as SQL" reason={reason} />
    </Section>
  );
}
