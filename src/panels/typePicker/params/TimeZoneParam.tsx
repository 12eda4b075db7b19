import { useId } from 'react';
import { TIME_ZONES } from '../../../core/types';

interface Props {
  value: string;
  onChange(tz: string): void;
  testId: string;
}

/** Free text with the lexicon's zones as suggestions: the checker reports unknown zones. */
export function TimeZoneParam({ value, onChange, testId }: Props) {
  const listId = useId();
  return (
    <label className="tp-param tp-param-wide">
      <span>time zone</span>
      <input
        className="tp-input"
        data-testid={testId}
        list={listId}
        value={value}
        placeholder="server default"
        spellCheck={false}
        onChange={(e) => onChange(e.target.value)}
      />
      <datalist id={listId}>
        {TIME_ZONES.map((z) => (
          <option key={z} value={z} />
        ))}
      </datalist>
    </label>
  );
}
