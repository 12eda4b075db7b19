// ENGINE = [Replicated]<Family>MergeTree([path, replica,] params): family, replication and
// the family's column parameters as pickers over this table's columns.
import { ENGINE_PARAMS, ENGINE_SUMMARY, paramsForFamily, splitParamColumns, type EngineParamSpec } from '../../core/clickhouse/mergeTreeEngines';
import { MERGE_TREE_FAMILIES } from '../../core/model/kinds/mergeTree';
import type { EngineSpec, MergeTreeFamily, MergeTreeTable } from '../../core/model/types';
import { keyHasColumn } from './keyList';
import { ReplicationEditor } from './ReplicationEditor';
import { useDesign } from '../../store/designStore';
import { patchEntity } from '../shared/edit';
import { Field, Section, TextField } from '../shared/Field';

const TEST_KEY: Record<string, string> = { ver: 'ver', isDeleted: 'isDeleted', sign: 'sign', version: 'version' };

export function EngineEditor({ table }: { table: MergeTreeTable }) {
  const engine = table.engine;
  const options = useDesign((s) => s.pipeline.options);
  const setEngine = (patch: Partial<EngineSpec>) => patchEntity(table.id, { engine: { ...engine, ...patch } });
  const setParam = (key: string, value: string) => {
    const params = { ...engine.params };
    if (value === '') delete params[key];
    else params[key] = value;
    setEngine({ params });
  };
  const specs = ENGINE_PARAMS[engine.family] ?? [];

  return (
    <Section title="Engine" testId="panel.engineSection">
      <Field label="Engine" field={['engine', 'engine.family']} hint={ENGINE_SUMMARY[engine.family]}>
        {(ctl) => (
          <select
            {...ctl}
            className="panel-input"
            data-testid="panel.engine"
            value={engine.family}
            onChange={(e) => {
              const family = e.target.value as MergeTreeFamily;
              setEngine({ family, params: paramsForFamily(family, engine.params) });
            }}
          >
            {MERGE_TREE_FAMILIES.map((f) => (
              <option key={f} value={f}>
                {engine.replicated ? `Replicated${f}` : f}
              </option>
            ))}
          </select>
        )}
      </Field>
      {specs.map((spec) =>
        spec.arity === 'columns' ? (
          <ColumnSetParam key={spec.key} spec={spec} table={table} onChange={(v) => setParam(spec.key, v)} />
        ) : (
          <ColumnParam key={spec.key} spec={spec} table={table} onChange={(v) => setParam(spec.key, v)} />
        ),
      )}
      <Field label="Replicated (ClickHouse Keeper)" field="engine.replicated" inline>
        {(ctl) => (
          <input
            {...ctl}
            type="checkbox"
            data-testid="panel.replicated"
            checked={engine.replicated}
            onChange={(e) => setEngine({ replicated: e.target.checked })}
          />
        )}
      </Field>
      {engine.replicated ? <ReplicationEditor table={table} options={options} setEngine={setEngine} /> : null}
    </Section>
  );
}

interface ParamProps {
  spec: EngineParamSpec;
  table: MergeTreeTable;
  onChange(value: string): void;
}

function ColumnParam({ spec, table, onChange }: ParamProps) {
  const value = table.engine.params[spec.key] ?? '';
  const known = value === '' || table.columns.some((c) => c.name === value);
  return (
    <Field
      label={
        <>
          <code>{spec.label}</code> column{spec.required ? '' : ' (optional)'}
        </>
      }
      field={`engine.${spec.key}`}
      hint={`${spec.help} Type: ${spec.accepts}.`}
      error={known ? null : `No column named ${value} in this table.`}
    >
      {(ctl) => (
        <select
          {...ctl}
          className="panel-input"
          data-testid={`panel.param.${TEST_KEY[spec.key] ?? spec.key}`}
          value={value}
          onChange={(e) => onChange(e.target.value)}
        >
          <option value="">{spec.required ? '— pick a column —' : 'none'}</option>
          {!known ? <option value={value}>{value} (missing)</option> : null}
          {table.columns.map((c) => (
            <option key={c.id} value={c.name}>
              {c.name} : {c.type}
            </option>
          ))}
        </select>
      )}
    </Field>
  );
}

function ColumnSetParam({ spec, table, onChange }: ParamProps) {
  const chosen = splitParamColumns(table.engine.params[spec.key]);
  const toggle = (name: string, on: boolean) => {
    const set = new Set(chosen);
    if (on) set.add(name);
    else set.delete(name);
    // Table order, then any names no longer in the table (kept so validation can flag them).
    const ordered = [...table.columns.map((c) => c.name).filter((n) => set.has(n)), ...chosen.filter((n) => set.has(n) && !table.columns.some((c) => c.name === n))];
    onChange(ordered.join(', '));
  };
  const missing = chosen.filter((n) => !table.columns.some((c) => c.name === n));
  return (
    <Field
      label={<>{spec.label} (optional)</>}
      field={`engine.${spec.key}`}
      hint={`${spec.help} Type: ${spec.accepts}.`}
      error={missing.length ? `Not columns of this table: ${missing.join(', ')}.` : null}
    >
      {(ctl) => (
        <div ref={ctl.ref} id={ctl.id} className="panel-checks" role="group">
          {table.columns.length === 0 ? <span className="panel-muted">Add columns first.</span> : null}
          {table.columns.map((c) => (
            <label
              key={c.id}
              className={`panel-check${keyHasColumn(table.orderBy, c.name) ? ' panel-check-key' : ''}`}
              title={keyHasColumn(table.orderBy, c.name) ? 'In ORDER BY: key columns cannot be listed here' : c.type}
            >
              <input
                type="checkbox"
                data-testid={`panel.param.columns.${c.name}`}
                checked={chosen.includes(c.name)}
                onChange={(e) => toggle(c.name, e.target.checked)}
              />
              <code>{c.name}</code>
            </label>
          ))}
        </div>
      )}
    </Field>
  );
}
