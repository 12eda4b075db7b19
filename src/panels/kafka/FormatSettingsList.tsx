// The open list of format settings (input_format_*, format_*, date_time_input_format) and
// any other setting the groups do not cover: each editable and removable, plus an adder
// whose name field completes from the format settings ClickHouse 26.7 knows.
import { useState } from 'react';
import { FORMAT_SETTINGS, isFormatSetting } from '../../core/clickhouse/formatNeeds';
import type { KafkaTable } from '../../core/model/types';
import { useFieldDiagnostics } from '../diagnosticsContext';
import { useFieldFocus } from '../fieldFocus';
import { patchEntity } from '../shared/edit';
import { FieldProblems } from '../shared/FieldProblems';
import { otherSettings, withoutSetting, withSetting } from './settingValue';

const NAMES_LIST = 'panel-format-setting-names';
const DEFAULTS = new Map(FORMAT_SETTINGS.map((s) => [s.name, s]));

export function FormatSettingsList({ table, skip }: { table: KafkaTable; skip: ReadonlySet<string> }) {
  const others = otherSettings(table.settings).filter(([name]) => !skip.has(name));
  const [name, setName] = useState('');
  const [value, setValue] = useState('');
  const trimmed = name.trim();
  const error =
    trimmed === ''
      ? null
      : table.settings[trimmed] !== undefined
        ? `${trimmed} is already set.`
        : !isFormatSetting(trimmed)
          ? 'Not a format setting ClickHouse 26.7 knows; check the spelling.'
          : null;
  const add = () => {
    if (trimmed === '' || value.trim() === '' || table.settings[trimmed] !== undefined) return;
    patchEntity(table.id, { settings: withSetting(table.settings, trimmed, value) });
    setName('');
    setValue('');
  };
  const info = DEFAULTS.get(trimmed);
  return (
    <div className="panel-field" data-testid="panel.formatSettings">
      <div className="panel-label">Format and other settings</div>
      {others.length ? (
        <ul className="panel-kv">
          {others.map(([n, v]) => (
            <OtherSetting key={n} table={table} name={n} value={v} />
          ))}
        </ul>
      ) : (
        <p className="panel-hint">How messages are parsed, e.g. input_format_skip_unknown_fields or date_time_input_format.</p>
      )}
      <div className="opt-add-row">
        <input
          className="panel-input panel-code"
          data-testid="panel.formatSetting.name"
          aria-label="Format setting name"
          list={NAMES_LIST}
          placeholder="input_format_…"
          value={name}
          spellCheck={false}
          autoComplete="off"
          onChange={(e) => setName(e.target.value)}
        />
        <input
          className="panel-input panel-code"
          data-testid="panel.formatSetting.value"
          aria-label="Format setting value"
          placeholder={info ? `${info.default} (default)` : 'value'}
          value={value}
          spellCheck={false}
          autoComplete="off"
          onChange={(e) => setValue(e.target.value)}
          onKeyDown={(e) => {
            if (e.key === 'Enter') add();
          }}
        />
        <button
          type="button"
          className="panel-btn"
          data-testid="panel.formatSetting.add"
          disabled={trimmed === '' || value.trim() === '' || table.settings[trimmed] !== undefined}
          onClick={add}
        >
          Add
        </button>
      </div>
      {info ? <div className="panel-hint">{`${info.name}: ${info.type}, default ${info.default || "''"}`}</div> : null}
      {error ? <div className="panel-hint opt-warn">{error}</div> : null}
      <datalist id={NAMES_LIST}>
        {FORMAT_SETTINGS.map((s) => (
          <option key={s.name} value={s.name} label={`${s.type} · default ${s.default}`} />
        ))}
      </datalist>
    </div>
  );
}

// A setting outside the groups (a format setting, or one from an imported script):
// its value stays editable, with its problems and a way to remove it.
function OtherSetting({ table, name, value }: { table: KafkaTable; name: string; value: string }) {
  const key = `setting.${name}`;
  const ref = useFieldFocus(key);
  const problems = useFieldDiagnostics(key);
  return (
    <li data-testid={`panel.setting.${name}`}>
      <div className="panel-kv-line">
        <label className="opt-kv-label" htmlFor={`fs-${name}`}>
          <code>{name}</code>
        </label>
        <input
          ref={ref}
          id={`fs-${name}`}
          className="panel-input panel-code opt-kv-value"
          data-testid={`panel.setting.${name}.value`}
          value={value}
          spellCheck={false}
          autoComplete="off"
          onChange={(e) => patchEntity(table.id, { settings: { ...table.settings, [name]: e.target.value } })}
          onBlur={(e) => {
            if (e.target.value.trim() === '') patchEntity(table.id, { settings: withoutSetting(table.settings, name) });
          }}
        />
        <button
          type="button"
          className="panel-icon panel-icon-danger"
          aria-label={`Remove setting ${name}`}
          data-testid={`panel.setting.${name}.delete`}
          onClick={() => patchEntity(table.id, { settings: withoutSetting(table.settings, name) })}
        >
          ✕
        </button>
      </div>
      <FieldProblems items={problems} />
    </li>
  );
}
