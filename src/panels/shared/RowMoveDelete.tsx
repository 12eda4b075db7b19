// The up / down / delete buttons at the end of an editable list row (columns, view rows).
interface Props {
  /** Test id prefix of the row, e.g. `panel.columns.2`. */
  testId: string;
  /** How the row is named to screen readers, e.g. `column ts`. */
  label: string;
  index: number;
  count: number;
  onMove(to: number): void;
  onDelete(): void;
}

export function RowMoveDelete({ testId, label, index, count, onMove, onDelete }: Props) {
  return (
    <>
      <button type="button" className="panel-icon" data-testid={`${testId}.up`} aria-label={`Move ${label} up`} disabled={index === 0} onClick={() => onMove(index - 1)}>
        ↑
      </button>
      <button
        type="button"
        className="panel-icon"
        data-testid={`${testId}.down`}
        aria-label={`Move ${label} down`}
        disabled={index === count - 1}
        onClick={() => onMove(index + 1)}
      >
        ↓
      </button>
      <button type="button" className="panel-icon panel-icon-danger" data-testid={`${testId}.delete`} aria-label={`Delete ${label}`} onClick={onDelete}>
        ✕
      </button>
    </>
  );
}
