// Placeholder: a plain text field until the structured picker lands.
export interface TypePickerProps {
  value: string;
  onChange(type: string): void;
  /** Dotted test id prefix, e.g. `panel.columns.0.type`. */
  testId: string;
}

export function TypePicker({ value, onChange, testId }: TypePickerProps) {
  return <input data-testid={testId} value={value} onChange={(e) => onChange(e.target.value)} />;
}
