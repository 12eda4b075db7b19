// A text input for a ClickHouse expression with a small completion list for the word at
// the caret (↑/↓ to move, Enter or Tab to insert, Escape to close). Typing stays free.
import { useId, useRef, useState, type KeyboardEvent } from 'react';
import type { ControlProps } from '../shared/Field';
import { accept, complete, type Suggestion } from './completion';

interface Props {
  ctl: ControlProps;
  value: string;
  onChange(value: string): void;
  pool: readonly Suggestion[];
  testId: string;
  placeholder?: string;
  multiline?: boolean;
  /** Multiline only: visible lines (default 2). */
  rows?: number;
  /** Extra classes for the control. */
  className?: string;
  /** Multiline only: Enter starts the new line at the current line's indentation. */
  autoIndent?: boolean;
}

export function ExpressionInput({ ctl, value, onChange, pool, testId, placeholder, multiline, rows = 2, className, autoIndent }: Props) {
  const [caret, setCaret] = useState<number | null>(null);
  const [active, setActive] = useState(0);
  const [closed, setClosed] = useState(false);
  const el = useRef<HTMLInputElement | HTMLTextAreaElement | null>(null);
  const listId = useId();
  const { start, items } = caret === null || closed ? { start: 0, items: [] } : complete(value, caret, pool);
  const open = items.length > 0;

  const pick = (s: Suggestion) => {
    if (caret === null) return;
    const r = accept(value, start, caret, s);
    onChange(r.text);
    setCaret(r.caret);
    requestAnimationFrame(() => el.current?.setSelectionRange(r.caret, r.caret));
  };
  const indent = (e: KeyboardEvent) => {
    const node = el.current;
    if (!node || e.key !== 'Enter' || e.shiftKey || e.altKey || e.ctrlKey || e.metaKey || e.nativeEvent.isComposing) return;
    const from = node.selectionStart ?? value.length;
    const to = node.selectionEnd ?? from;
    const lead = /^[ \t]*/.exec(value.slice(value.lastIndexOf('\n', from - 1) + 1, from))![0];
    if (lead === '') return;
    e.preventDefault();
    const at = from + 1 + lead.length;
    onChange(value.slice(0, from) + '\n' + lead + value.slice(to));
    setCaret(at);
    requestAnimationFrame(() => el.current?.setSelectionRange(at, at));
  };
  const onKeyDown = (e: KeyboardEvent) => {
    if (!open) {
      if (multiline && autoIndent) indent(e);
      return;
    }
    if (e.key === 'ArrowDown' || e.key === 'ArrowUp') {
      e.preventDefault();
      setActive((a) => (a + (e.key === 'ArrowDown' ? 1 : items.length - 1)) % items.length);
    } else if (e.key === 'Enter' || e.key === 'Tab') {
      e.preventDefault();
      pick(items[Math.min(active, items.length - 1)]!);
    } else if (e.key === 'Escape') {
      e.preventDefault();
      setClosed(true);
    }
  };
  const common = {
    ...ctl,
    ref: (node: HTMLInputElement | HTMLTextAreaElement | null) => {
      el.current = node;
      if (node) ctl.ref(node);
    },
    className: `panel-input panel-code${className ? ` ${className}` : ''}`,
    'data-testid': testId,
    value,
    placeholder,
    spellCheck: false,
    autoComplete: 'off',
    role: 'combobox',
    'aria-expanded': open,
    'aria-controls': listId,
    'aria-autocomplete': 'list' as const,
    onChange: (e: { target: HTMLInputElement | HTMLTextAreaElement }) => {
      onChange(e.target.value);
      setCaret(e.target.selectionStart);
      setActive(0);
      setClosed(false);
    },
    onKeyDown,
    onBlur: () => setCaret(null),
  };
  return (
    <div className="opt-complete">
      {multiline ? <textarea {...common} rows={rows} /> : <input {...common} type="text" />}
      {open ? (
        <ul className="opt-complete-list" id={listId} role="listbox" data-testid={`${testId}.suggestions`}>
          {items.map((s, i) => (
            <li
              key={s.insert + s.kind}
              role="option"
              aria-selected={i === active}
              // mousedown, not click: the input must keep focus (blur would close the list first).
              onMouseDown={(e) => {
                e.preventDefault();
                pick(s);
              }}
            >
              <span>{s.insert}</span>
              <span>{s.detail}</span>
            </li>
          ))}
        </ul>
      ) : null}
    </div>
  );
}
