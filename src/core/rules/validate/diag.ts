// Small helpers every per-kind validator shares.
import type { Diagnostic, Severity } from '../diagnostics';

export type Emit = (d: Diagnostic) => void;

export function error(entityId: string, code: string, message: string, field?: string): Diagnostic {
  return make('error', entityId, code, message, field);
}

export function warning(entityId: string, code: string, message: string, field?: string): Diagnostic {
  return make('warning', entityId, code, message, field);
}

function make(severity: Severity, entityId: string, code: string, message: string, field?: string): Diagnostic {
  return field === undefined ? { code, severity, entityId, message } : { code, severity, entityId, field, message };
}

/** Human list of names: `a`, `b` and `c`. */
export function listNames(names: readonly string[]): string {
  const q = names.map((n) => `\`${n}\``);
  if (q.length <= 1) return q.join('');
  return `${q.slice(0, -1).join(', ')} and ${q[q.length - 1]}`;
}
