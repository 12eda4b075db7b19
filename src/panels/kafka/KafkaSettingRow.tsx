import { useState } from 'react';
import { normalizeSettingValue, type SettingSpec } from '../../core/clickhouse/kafkaSettings';
import type { KafkaTable } from '../../core/model/types';
import { patchEntity } from '../shared/edit';
import { Field, type ControlProps } from '../shared/Field';
import { settingValueError, withSetting, withoutSetting } from './settingValue';

interface Props {
  table: KafkaTable;
  spec: SettingSpec;
  /** Overrides the spec's help and placeholder (e.g. in the format box). */
  help?: string;
  placeholder?: string;
}

export function KafkaSettingRow({ table, spec: base, help, placeholder }: Props) {
  const spec: SettingSpec = { ...base, help: help ?? base.help, placeholder: placeholder ?? base.placeholder };
  const stored = table.settings[spec.name];
  const set = (value: string) => patchEntity(table.id, { settings: withSetting(table.settings, spec.name, value) });
  const reset = () => patchEntity(table.id, { settings: withoutSetting(table.settings, spec.name) });
  const error = stored === undefined ? null : settingValueError(spec, stored);
  const t = `panel.setting.${spec.name}`;

  const label = (
    <>
      <code>{spec.name}</code>
      <span className="panel-muted"> {describe(spec)}</span>
    </>
  );
  return (
    <div className="panel-setting">
      <Field label={label} field={`setting.${spec.name}`} hint={spec.help} error={error} inline={spec.type === 'bool'}>
        {(ctl) => <SettingControl ctl={ctl} spec={spec} stored={stored} testId={t} onChange={set} />}
      </Field>
      <button
        type="button"
        className="panel-icon"
        data-testid={`${t}.reset`}
        aria-label={`Reset ${spec.name} to its default`}
        title="Reset to default"
        disabled={stored === undefined}
        onClick={reset}
      >
        ↺
      </button>
    </div>
  );
}

function describe(spec: SettingSpec): string {
  if (spec.type === 'string') return spec.suggestions ? `(${spec.suggestions.join(' | ')})` : '';
  const def = spec.rejectsExplicitDefault ? 'unset' : spec.type === 'bool' ? (spec.default === '1' ? 'on' : 'off') : spec.default;
  const range = spec.min !== undefined && spec.max !== undefined ? `${spec.min}–${spec.max}, ` : '';
  return `(${range}default ${def})`;
}

interface ControlPropsEx {
  ctl: ControlProps;
  spec: SettingSpec;
  stored: string | undefined;
  testId: string;
  onChange(value: string): void;
}

function SettingControl({ ctl, spec, stored, testId, onChange }: ControlPropsEx) {
  if (spec.type === 'bool') {
    const on = normalizeSettingValue(spec, stored ?? spec.default) === '1';
    return <input {...ctl} type="checkbox" data-testid={testId} checked={on} onChange={(e) => onChange(e.target.checked ? '1' : '0')} />;
  }
  if (spec.type === 'enum' && spec.options) {
    const value = normalizeSettingValue(spec, stored ?? spec.default);
    return (
      <select {...ctl} className="panel-input" data-testid={testId} value={value} onChange={(e) => onChange(e.target.value)}>
        {!spec.options.includes(value) ? <option value={value}>{value}</option> : null}
        {spec.options.map((o) => (
          <option key={o} value={o}>
            {o}
          </option>
        ))}
      </select>
    );
  }
  return (
    <>
      <DraftInput ctl={ctl} spec={spec} stored={stored} testId={testId} onChange={onChange} />
      {spec.suggestions ? (
        <datalist id={`kafka-suggest-${spec.name}`}>
          {spec.suggestions.map((s) => (
            <option key={s} value={s} />
          ))}
        </datalist>
      ) : null}
    </>
  );
}

// Typing the default value removes the setting from the document; a local draft keeps
// what the user typed on screen (e.g. the "1" on the way to "16") while the field has focus.
function DraftInput({ ctl, spec, stored, testId, onChange }: ControlPropsEx) {
  const [draft, setDraft] = useState<string | null>(null);
  const numeric = spec.type === 'uint' || spec.type === 'int';
  return (
    <input
      {...ctl}
      className="panel-input panel-code"
      data-testid={testId}
      type={numeric ? 'number' : 'text'}
      min={spec.min}
      max={spec.max}
      step={numeric ? 1 : undefined}
      placeholder={spec.placeholder ?? (spec.rejectsExplicitDefault ? 'unset' : spec.default === '' ? '(empty)' : `${spec.default} (default)`)}
      list={spec.suggestions ? `kafka-suggest-${spec.name}` : undefined}
      autoComplete="off"
      spellCheck={false}
      value={draft ?? stored ?? ''}
      onFocus={() => setDraft(stored ?? '')}
      onBlur={() => setDraft(null)}
      onChange={(e) => {
        setDraft(e.target.value);
        onChange(e.target.value);
      }}
    />
  );
}
