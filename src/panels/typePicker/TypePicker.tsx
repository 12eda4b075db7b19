import { useEffect, useId, useRef, useState } from 'react';
import { canonicalize, formatType, node, parseType, type TypePosition } from '../../core/types';
import { TypeBuilder } from './TypeBuilder';
import './typePicker.css';

/** The parse error of stored text; empty text is left to the validator. */
function parseError(text: string): string | null {
  const r = parseType(text);
  return r.ok || text.trim() === '' ? null : r.error;
}

export interface TypePickerProps {
  value: string;
  onChange(type: string): void;
  /** Dotted test id prefix, e.g. `panel.columns.0.type`. */
  testId: string;
  /** Where the type is used; Kafka table columns get Kafka-specific advice. */
  position?: TypePosition;
  /** Accessible name of the text field. */
  ariaLabel?: string;
  id?: string;
}

/**
 * A type as editable text plus a structured builder. Text is normalised on Enter or blur;
 * text that does not parse is kept as typed (and still reported) so nothing the user wrote is lost.
 */
export function TypePicker({ value, onChange, testId, position = 'column', ariaLabel, id }: TypePickerProps) {
  const [draft, setDraft] = useState(value);
  const [error, setError] = useState<string | null>(() => parseError(value));
  const [open, setOpen] = useState(false);
  const focused = useRef(false);
  const button = useRef<HTMLButtonElement>(null);
  const errorId = useId();

  useEffect(() => {
    if (!focused.current) {
      setDraft(value);
      setError(parseError(value));
    }
  }, [value]);

  const commit = () => {
    const r = parseType(draft);
    if (r.ok) {
      const normal = formatType(r.type);
      setDraft(normal);
      setError(null);
      if (normal !== value) onChange(normal);
    } else {
      setError(draft.trim() === '' ? 'Enter a type, e.g. String.' : r.error);
      if (draft !== value) onChange(draft);
    }
  };

  const parsed = parseType(value);
  const initial = parsed.ok ? canonicalize(parsed.type) : node('String');
  const close = () => {
    setOpen(false);
    button.current?.focus();
  };

  return (
    <div className="tp-picker">
      <div className="tp-field">
        <input
          id={id}
          className="tp-input tp-text"
          data-testid={testId}
          aria-label={ariaLabel ?? 'Column type'}
          aria-invalid={error !== null || undefined}
          aria-describedby={error ? errorId : undefined}
          value={draft}
          spellCheck={false}
          autoComplete="off"
          onFocus={() => (focused.current = true)}
          onChange={(e) => {
            setDraft(e.target.value);
            if (error !== null) {
              const r = parseType(e.target.value);
              setError(r.ok ? null : r.error);
            }
            onChange(e.target.value);
          }}
          onBlur={() => {
            focused.current = false;
            commit();
          }}
          onKeyDown={(e) => {
            if (e.key === 'Enter') {
              e.preventDefault();
              commit();
            }
          }}
        />
        <button
          ref={button}
          type="button"
          className="tp-open"
          data-testid={`${testId}.open`}
          aria-label="Open the type builder"
          aria-haspopup="dialog"
          aria-expanded={open}
          title="Build the type"
          onClick={() => setOpen(!open)}
        >
          ⋯
        </button>
      </div>
      {error ? (
        <div id={errorId} className="tp-inline-error" data-testid={`${testId}.error`} role="alert">
          {error}
        </div>
      ) : null}
      {open ? (
        <TypeBuilder
          initial={initial}
          position={position}
          anchor={button.current}
          onClose={close}
          onApply={(t) => {
            setOpen(false);
            setDraft(t);
            setError(null);
            onChange(t);
            button.current?.focus();
          }}
        />
      ) : null}
    </div>
  );
}
