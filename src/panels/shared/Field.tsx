// A labelled panel field: binds the label to its control, registers the control for
// focus requests, and shows the problems found for it underneath.
import { useId, type ReactNode, type RefCallback } from 'react';
import { useFieldFocus } from '../fieldFocus';
import { useFieldDiagnostics } from '../diagnosticsContext';
import { FieldProblems, LocalError } from './FieldProblems';

export interface ControlProps {
  id: string;
  ref: RefCallback<HTMLElement>;
  'aria-invalid': boolean;
  'aria-describedby'?: string;
}

export interface FieldProps {
  label: ReactNode;
  /** Keys of this field for focus requests and diagnostics (aliases allowed). */
  field?: string | readonly string[];
  hint?: ReactNode;
  /** A mistake the panel itself noticed, shown like a diagnostic. */
  error?: string | null;
  /** Label beside a checkbox instead of above the control. */
  inline?: boolean;
  /** Keep the label for screen readers only (grid cells). */
  hideLabel?: boolean;
  className?: string;
  children(ctl: ControlProps): ReactNode;
}

export function Field({ label, field, hint, error, inline, hideLabel, className, children }: FieldProps) {
  const id = useId();
  const ref = useFieldFocus(field);
  const problems = useFieldDiagnostics(field);
  // The panel's own check is a fallback: once validation reports on the field, show that only.
  const local = problems.some((d) => d.severity === 'error') ? null : (error ?? null);
  const invalid = !!local || problems.some((d) => d.severity === 'error');
  const describedBy = problems.length || local ? `${id}-problems` : undefined;
  const control = children({ id, ref, 'aria-invalid': invalid, 'aria-describedby': describedBy });
  return (
    <div className={`panel-field${inline ? ' panel-field-inline' : ''}${className ? ` ${className}` : ''}`}>
      {inline ? (
        <label className="panel-label" htmlFor={id}>
          {control}
          <span>{label}</span>
        </label>
      ) : (
        <>
          <label className={hideLabel ? 'panel-sr' : 'panel-label'} htmlFor={id}>
            {label}
          </label>
          {control}
        </>
      )}
      {hint ? <div className="panel-hint">{hint}</div> : null}
      <div id={describedBy}>
        <LocalError text={local} />
        <FieldProblems items={problems} />
      </div>
    </div>
  );
}

export interface TextFieldProps {
  label: ReactNode;
  field?: string | readonly string[];
  value: string;
  onChange(value: string): void;
  testId: string;
  placeholder?: string;
  hint?: ReactNode;
  error?: string | null;
  /** Id of a <datalist> offering suggestions. */
  list?: string;
  readOnly?: boolean;
  multiline?: boolean;
  /** Code-like content (expressions, names): monospace, no spell check. */
  code?: boolean;
}

export function TextField(p: TextFieldProps) {
  const cls = `panel-input${p.code ? ' panel-code' : ''}`;
  return (
    <Field label={p.label} field={p.field} hint={p.hint} error={p.error}>
      {(ctl) =>
        p.multiline ? (
          <textarea
            {...ctl}
            className={cls}
            data-testid={p.testId}
            value={p.value}
            placeholder={p.placeholder}
            readOnly={p.readOnly}
            spellCheck={false}
            rows={2}
            onChange={(e) => p.onChange(e.target.value)}
          />
        ) : (
          <input
            {...ctl}
            className={cls}
            data-testid={p.testId}
            type="text"
            value={p.value}
            placeholder={p.placeholder}
            readOnly={p.readOnly}
            list={p.list}
            spellCheck={false}
            autoComplete="off"
            onChange={(e) => p.onChange(e.target.value)}
          />
        )
      }
    </Field>
  );
}

/** A <datalist> of suggestions; render once, point inputs at it by id. */
export function Suggestions({ id, values }: { id: string; values: readonly string[] }) {
  return (
    <datalist id={id}>
      {values.map((v) => (
        <option key={v} value={v} />
      ))}
    </datalist>
  );
}

export function Section({ title, children, testId, actions }: { title: ReactNode; children: ReactNode; testId?: string; actions?: ReactNode }) {
  return (
    <section className="panel-section" data-testid={testId}>
      <header className="panel-section-head">
        <h3>{title}</h3>
        {actions}
      </header>
      {children}
    </section>
  );
}
