import type { Diagnostic } from '../../core/rules/diagnostics';

/** Messages shown under the field they concern. */
export function FieldProblems({ items, id }: { items: readonly Diagnostic[]; id?: string }) {
  if (items.length === 0) return null;
  return (
    <ul className="panel-problems" id={id} data-testid="panel.problems">
      {items.map((d, i) => (
        <li key={`${d.code}-${i}`} className={`panel-problem panel-problem-${d.severity}`}>
          {d.message}
        </li>
      ))}
    </ul>
  );
}

/** An error found by the panel itself (before validation), e.g. a number out of range. */
export function LocalError({ text, id }: { text: string | null; id?: string }) {
  if (!text) return null;
  return (
    <div className="panel-problem panel-problem-error" id={id} role="alert">
      {text}
    </div>
  );
}
