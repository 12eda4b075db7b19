// Data skipping indexes: `INDEX name expr TYPE type GRANULARITY g` rows in the column list.
import { findSkipIndexType, SKIP_INDEX_TYPES } from '../../core/clickhouse/skipIndexes';
import { addIndex, removeIndex, updateIndex } from '../../core/model/indexes';
import type { DataSkippingIndex, MergeTreeTable } from '../../core/model/types';
import { useDesign } from '../../store/designStore';
import { useFieldDiagnostics } from '../diagnosticsContext';
import { useFieldRegistry } from '../fieldFocus';
import { change } from '../shared/edit';
import { Field, Section } from '../shared/Field';
import { FieldProblems } from '../shared/FieldProblems';
import '../options.css';

const TYPES_LIST = 'panel-index-types';
const COLUMNS_LIST = 'panel-index-columns';

export function IndexesEditor({ table }: { table: MergeTreeTable }) {
  const registry = useFieldRegistry();
  const indexes = table.indexes ?? [];
  const problems = useFieldDiagnostics('indexes');
  const add = () => {
    change((p) => addIndex(p, table.id));
    const t = useDesign.getState().pipeline.entities.find((e) => e.id === table.id);
    const last = t?.kind === 'mergeTree' ? t.indexes?.[t.indexes.length - 1] : undefined;
    if (last) registry?.request(`indexes.${last.id}.expr`);
  };
  return (
    <Section
      title={`Data skipping indexes (${indexes.length})`}
      testId="panel.indexes"
      actions={
        <button type="button" className="panel-btn" data-testid="panel.indexes.add" onClick={add}>
          + Add index
        </button>
      }
    >
      <FieldProblems items={problems} />
      {indexes.length === 0 ? <p className="panel-empty">No indexes. They let queries skip blocks on columns outside the sorting key.</p> : null}
      {indexes.length ? (
        <div className="opt-index-row panel-mapping-head" aria-hidden="true">
          <span>name</span>
          <span>expression</span>
          <span>type</span>
          <span>granularity</span>
          <span />
        </div>
      ) : null}
      <ol className="panel-rows">
        {indexes.map((x, i) => (
          <IndexRow key={x.id} tableId={table.id} index={x} i={i} />
        ))}
      </ol>
      <datalist id={TYPES_LIST}>
        {SKIP_INDEX_TYPES.map((t) => (
          <option key={t.name} value={t.example} label={t.help} />
        ))}
      </datalist>
      <datalist id={COLUMNS_LIST}>
        {table.columns.map((c) => (
          <option key={c.id} value={c.name} label={c.type} />
        ))}
      </datalist>
    </Section>
  );
}

function IndexRow({ tableId, index: x, i }: { tableId: string; index: DataSkippingIndex; i: number }) {
  const edit = (patch: Partial<Omit<DataSkippingIndex, 'id'>>) => change((p) => updateIndex(p, tableId, x.id, patch));
  const key = `indexes.${x.id}`;
  const t = `panel.indexes.${i}`;
  const rowProblems = useFieldDiagnostics(key);
  const known = findSkipIndexType(x.type);
  const g = x.granularity.trim();
  const granularityError = g !== '' && !/^[1-9]\d*$/.test(g) ? 'A whole number of at least 1.' : null;
  const cell = (field: 'name' | 'expr' | 'type', label: string, list?: string, placeholder?: string) => (
    <Field label={`Index ${i + 1} ${label}`} hideLabel field={`${key}.${field}`}>
      {(ctl) => (
        <input
          {...ctl}
          className="panel-input panel-code"
          data-testid={`${t}.${field}`}
          list={list}
          placeholder={placeholder}
          value={x[field]}
          spellCheck={false}
          autoComplete="off"
          onChange={(e) => edit({ [field]: e.target.value })}
        />
      )}
    </Field>
  );
  return (
    <li className="panel-row" data-testid={`${t}.row`}>
      <div className="opt-index-row">
        {cell('name', 'name', undefined, 'idx_name')}
        {cell('expr', 'expression', COLUMNS_LIST, 'column or expression')}
        {cell('type', 'type', TYPES_LIST, 'minmax')}
        <Field label={`Index ${i + 1} granularity`} hideLabel field={`${key}.granularity`} error={granularityError}>
          {(ctl) => (
            <input
              {...ctl}
              className="panel-input panel-code"
              data-testid={`${t}.granularity`}
              type="number"
              min={1}
              step={1}
              placeholder="1"
              value={x.granularity}
              onChange={(e) => edit({ granularity: e.target.value })}
            />
          )}
        </Field>
        <button
          type="button"
          className="panel-icon panel-icon-danger"
          data-testid={`${t}.delete`}
          aria-label={`Delete index ${x.name}`}
          onClick={() => change((p) => removeIndex(p, tableId, x.id))}
        >
          ✕
        </button>
      </div>
      <div className="panel-hint">
        {known ? `${known.help}${known.args ? ` Arguments: ${known.args}.` : ''}` : x.type.trim() ? `Unknown index type; ClickHouse offers ${SKIP_INDEX_TYPES.map((s) => s.name).join(', ')}.` : ''}
      </div>
      <FieldProblems items={rowProblems} />
    </li>
  );
}
