import { useEffect, useState } from 'react';

interface Props {
  label: string;
  /** Current text of the parameter ('' when absent). */
  value: string;
  /** Receives only well-formed input ('' when the field was cleared and `optional`). */
  onChange(text: string): void;
  testId: string;
  min?: number;
  max?: number;
  optional?: boolean;
  placeholder?: string;
}

/** An integer parameter: keeps the user's draft and commits it only once it is a whole number. */
export function NumberParam({ label, value, onChange, testId, min, max, optional, placeholder }: Props) {
  const [draft, setDraft] = useState(value);
  useEffect(() => setDraft(value), [value]);
  const wellFormed = (t: string) => /^-?[0-9]+$/.test(t.trim()) || (optional === true && t.trim() === '');
  const bad = !wellFormed(draft);
  return (
    <label className="tp-param">
      <span>{label}</span>
      <input
        className="tp-input tp-number"
        data-testid={testId}
        inputMode="numeric"
        value={draft}
        min={min}
        max={max}
        placeholder={placeholder}
        aria-invalid={bad || undefined}
        onChange={(e) => {
          setDraft(e.target.value);
          if (wellFormed(e.target.value)) onChange(e.target.value.trim());
        }}
      />
    </label>
  );
}
