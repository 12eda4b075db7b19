// Projections and constraints: rows of a name and the text ClickHouse reads after
// it, written into the table's column list as typed (after the indexes).
import { addTablePart, removeTablePart, TABLE_PARTS, updateTablePart, type TablePartList } from '../../core/model/tableParts';
import type { MergeTreeTable, TablePart } from '../../core/model/types';
import { useDesign } from '../../store/designStore';
import { useFieldDiagnostics } from '../diagnosticsContext';
import { useFieldRegistry } from '../fieldFocus';
import { change } from '../shared/edit';
import { Section, TextField } from '../shared/Field';
import { FieldProblems } from '../shared/FieldProblems';
import './tableParts.css';

const TEXT: Record<TablePartList, { title: string; one: string; empty: string; placeholder: string; hint: string }> = {
  projections: {
    title: 'Projections',
    one: 'Projection',
    empty: 'No projections. A projection stores the rows again, sorted or pre-aggregated another way; ClickHouse reads it when that reads less.',
    placeholder: '(SELECT user_id, count() GROUP BY user_id)',
    hint: 'After PROJECTION <name>: a query in parentheses (SELECT … ORDER BY … or … GROUP BY …), optionally WITH SETTINGS (…); or INDEX expr TYPE basic.',
  },
  constraints: {
    title: 'Constraints',
    one: 'Constraint',
    empty: 'No constraints. CHECK refuses an INSERT with a row that breaks it; ASSUME only tells the optimizer it holds.',
    placeholder: 'CHECK amount > 0',
    hint: 'After CONSTRAINT <name>: CHECK expr or ASSUME expr.',
  },
};

export function TablePartsEditor({ table, list }: { table: MergeTreeTable; list: TablePartList }) {
  const registry = useFieldRegistry();
  const parts = table[list] ?? [];
  const text = TEXT[list];
  const problems = useFieldDiagnostics(list);
  const add = () => {
    change((p) => addTablePart(p, table.id, list));
    const t = useDesign.getState().pipeline.entities.find((e) => e.id === table.id);
    const last = t?.kind === 'mergeTree' ? t[list]?.[t[list].length - 1] : undefined;
    if (last) registry?.request(`${list}.${last.id}.definition`);
  };
  return (
    <Section
      title={`${text.title} (${parts.length})`}
      testId={`panel.${list}`}
      actions={
        <button type="button" className="panel-btn" data-testid={`panel.${list}.add`} onClick={add}>
          + Add {text.one.toLowerCase()}
        </button>
      }
    >
      <FieldProblems items={problems} />
      {parts.length === 0 ? <p className="panel-empty">{text.empty}</p> : null}
      <ol className="panel-rows">
        {parts.map((x, i) => (
          <PartRow key={x.id} tableId={table.id} list={list} part={x} i={i} />
        ))}
      </ol>
    </Section>
  );
}

function PartRow({ tableId, list, part: x, i }: { tableId: string; list: TablePartList; part: TablePart; i: number }) {
  const edit = (patch: Partial<Omit<TablePart, 'id'>>) => change((p) => updateTablePart(p, tableId, list, x.id, patch));
  const key = `${list}.${x.id}`;
  const t = `panel.${list}.${i}`;
  const text = TEXT[list];
  return (
    <li className="panel-row" data-testid={`${t}.row`}>
      <div className="opt-part-row">
        <TextField label={`${text.one} ${i + 1} name`} field={`${key}.name`} testId={`${t}.name`} value={x.name} placeholder={TABLE_PARTS[list].base} code onChange={(name) => edit({ name })} />
        <button
          type="button"
          className="panel-icon panel-icon-danger"
          data-testid={`${t}.delete`}
          aria-label={`Delete ${text.one.toLowerCase()} ${x.name}`}
          onClick={() => change((p) => removeTablePart(p, tableId, list, x.id))}
        >
          ✕
        </button>
      </div>
      <TextField
        label={`${text.one} ${i + 1} definition`}
        field={`${key}.definition`}
        testId={`${t}.definition`}
        value={x.definition}
        placeholder={text.placeholder}
        hint={i === 0 ? text.hint : undefined}
        multiline
        code
        onChange={(definition) => edit({ definition })}
      />
    </li>
  );
}
