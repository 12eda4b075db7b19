import { useState } from 'react';
import { normalizeSettingValue, type SettingSpec } from '../../core/clickhouse/kafkaSettings';
import type { KafkaTable } from '../../core/model/types';
import { patchEntity } from '../shared/edit';
import { Field, type ControlProps } from '../shared/Field';
import { settingValueError, withSetting, withoutSetting } from './settingValue';

interface Props {
  table: KafkaTable;
  spec: SettingSpec;
}

export function KafkaSettingRow({ table, spec }: Props) {
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
  return <DraftInput ctl={ctl} spec={spec} stored={stored} testId={testId} onChange={onChange} />;
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
      placeholder={spec.rejectsExplicitDefault ? 'unset' : `${spec.default} (default)`}
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
