// Problems found in a design. `code` is stable (tests and docs refer to it);
// `field` names the panel field to focus, e.g. `name`, `orderBy`, `columns.<id>.type`.
export type Severity = 'error' | 'warning';

export interface Diagnostic {
  code: string;
  severity: Severity;
  entityId: string;
  field?: string;
  message: string;
}
