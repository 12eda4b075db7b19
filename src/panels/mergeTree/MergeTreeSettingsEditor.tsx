// SETTINGS of a MergeTree table as name = value rows, with ClickHouse's setting names suggested.
import lexicon from '../../core/clickhouse/lexicon.json';
import type { MergeTreeTable, SettingEntry } from '../../core/model/types';
import { useFieldRegistry } from '../fieldFocus';
import { patchEntity } from '../shared/edit';
import { Field, Section } from '../shared/Field';

const NAMES_LIST = 'panel-mergetree-settings';

interface LexSetting {
  name: string;
  type: string;
  default: string | null;
}

const BY_NAME = new Map<string, LexSetting>((lexicon.mergeTreeSettings as LexSetting[]).map((s) => [s.name, s]));

export function MergeTreeSettingsEditor({ table }: { table: MergeTreeTable }) {
  const registry = useFieldRegistry();
  const set = (settings: SettingEntry[]) => patchEntity(table.id, { settings });
  const edit = (i: number, patch: Partial<SettingEntry>) => set(table.settings.map((s, j) => (j === i ? { ...s, ...patch } : s)));
  const add = () => {
    set([...table.settings, { name: '', value: '' }]);
    registry?.request(`settings.${table.settings.length}.name`);
  };

  return (
    <Section
      title="SETTINGS"
      testId="panel.settings"
      actions={
        <button type="button" className="panel-btn" data-testid="panel.settings.add" onClick={add}>
          + Add setting
        </button>
      }
    >
      {table.settings.length === 0 ? <p className="panel-empty">Server defaults.</p> : null}
      <ol className="panel-rows">
        {table.settings.map((s, i) => {
          const known = BY_NAME.get(s.name);
          const t = `panel.settings.${i}`;
          return (
            <li key={i} className="panel-row">
              <div className="panel-row-main panel-setting-row">
                <Field label={`Setting ${i + 1} name`} hideLabel field={[`settings.${i}.name`, `settings.${i}`]} className="panel-cell-name">
                  {(ctl) => (
                    <input
                      {...ctl}
                      className="panel-input panel-code"
                      data-testid={`${t}.name`}
                      list={NAMES_LIST}
                      placeholder="setting name"
                      value={s.name}
                      spellCheck={false}
                      autoComplete="off"
                      onChange={(e) => edit(i, { name: e.target.value })}
                    />
                  )}
                </Field>
                <span className="panel-arrow" aria-hidden="true">
                  =
                </span>
                <Field
                  label={`Setting ${i + 1} value`}
                  hideLabel
                  field={[`settings.${i}.value`, ...(s.name ? [`setting.${s.name}`] : [])]}
                  className="panel-cell-expr"
                >
                  {(ctl) => (
                    <input
                      {...ctl}
                      className="panel-input panel-code"
                      data-testid={`${t}.value`}
                      placeholder={known?.default != null ? `${known.default} (default, ${known.type})` : 'value'}
                      value={s.value}
                      spellCheck={false}
                      autoComplete="off"
                      onChange={(e) => edit(i, { value: e.target.value })}
                    />
                  )}
                </Field>
                <div className="panel-row-actions">
                  <button
                    type="button"
                    className="panel-icon panel-icon-danger"
                    data-testid={`${t}.delete`}
                    aria-label={`Delete setting ${s.name}`}
                    onClick={() => set(table.settings.filter((_, j) => j !== i))}
                  >
                    ✕
                  </button>
                </div>
              </div>
            </li>
          );
        })}
      </ol>
      <datalist id={NAMES_LIST}>
        {[...BY_NAME.values()].map((s) => (
          <option key={s.name} value={s.name} label={s.type} />
        ))}
      </datalist>
    </Section>
  );
}
