// Pure rules for the Kafka settings form: what a typed value means for the document.
import { findKafkaSetting, isDefaultSetting, type SettingSpec } from '../../core/clickhouse/kafkaSettings';

/** The settings map after typing `value` for `name`: a default or blank value removes the entry. */
export function withSetting(settings: Readonly<Record<string, string>>, name: string, value: string): Record<string, string> {
  const out = { ...settings };
  if (value.trim() === '' || isDefaultSetting(name, value)) delete out[name];
  else out[name] = value;
  return out;
}

export function withoutSetting(settings: Readonly<Record<string, string>>, name: string): Record<string, string> {
  const out = { ...settings };
  delete out[name];
  return out;
}

/** Why a value is unacceptable for its setting, or null. */
export function settingValueError(spec: SettingSpec, value: string): string | null {
  const v = value.trim();
  if (v === '') return null;
  if (spec.type === 'uint' || spec.type === 'int') {
    if (!/^-?\d+$/.test(v)) return 'Must be a whole number.';
    const n = Number(v);
    if (spec.type === 'uint' && n < 0) return 'Must not be negative.';
    if (spec.min !== undefined && n < spec.min) return `Must be at least ${spec.min}${range(spec)}.`;
    if (spec.max !== undefined && n > spec.max) return `Must be at most ${spec.max}${range(spec)}.`;
  }
  if (spec.type === 'enum' && spec.options && !spec.options.includes(v.replace(/^'(.*)'$/, '$1')))
    return `Must be one of ${spec.options.join(', ')}.`;
  return null;
}

function range(spec: SettingSpec): string {
  return spec.min !== undefined && spec.max !== undefined ? ` (range ${spec.min}–${spec.max})` : '';
}

/** Settings present on the table that the common-settings form does not cover. */
export function otherSettings(settings: Readonly<Record<string, string>>): [string, string][] {
  return Object.entries(settings).filter(([name]) => !findKafkaSetting(name));
}
