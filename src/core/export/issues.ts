// What a deploy target cannot express, as diagnostics on the node they concern
// (shown on the canvas and listed in the export dialog). Codes are stable:
// AV.. for Aiven's clickhouse_kafka integration, CP.. for ClickPipes.
import type { Diagnostic } from '../rules/diagnostics';

export type ExportIssue = Diagnostic;

export function issue(code: string, entityId: string, message: string, field?: string, severity: 'error' | 'warning' = 'warning'): ExportIssue {
  return field === undefined ? { code, severity, entityId, message } : { code, severity, entityId, field, message };
}

/** An integer setting value, or undefined when it is not one. */
export function integerValue(value: string): number | undefined {
  const v = value.trim().replace(/^'(.*)'$/, '$1');
  return /^[-+]?\d+$/.test(v) ? Number(v) : undefined;
}

export function booleanValue(value: string): boolean | undefined {
  const v = value.trim().replace(/^'(.*)'$/, '$1').toLowerCase();
  return v === '1' || v === 'true' ? true : v === '0' || v === 'false' ? false : undefined;
}

export const unquoted = (value: string) => value.trim().replace(/^'(.*)'$/, '$1');

/** A Terraform string literal (HCL escapes `"`, `\`, and `${`/`%{` template openers). */
export function hclString(s: string): string {
  return '"' + s.replace(/\\/g, '\\\\').replace(/"/g, '\\"').replace(/\n/g, '\\n').replace(/\$\{/g, '$${').replace(/%\{/g, '%%{') + '"';
}

/** A Terraform resource name: letters, digits, underscores, starting with a letter or underscore. */
export function hclName(s: string): string {
  const n = s.replace(/[^A-Za-z0-9_]+/g, '_').replace(/^([^A-Za-z_])/, '_$1');
  return n === '' ? '_' : n;
}
