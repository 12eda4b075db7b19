// A divider the user drags (or moves with the arrow keys) to size the pane after
// it: the SQL pane below the canvas (horizontal) or the side panel to the right
// (vertical). A small button on it folds the pane away.
import { useCallback, useRef } from 'react';

interface Props {
  orientation: 'horizontal' | 'vertical';
  /** Current size of the pane after the handle (height or width), in px. */
  size: number;
  onChange(size: number): void;
  min: number;
  max: () => number;
  label: string;
  testId: string;
  onCollapse?: () => void;
  collapseLabel?: string;
}

export function SplitHandle({ orientation, size, onChange, min, max, label, testId, onCollapse, collapseLabel }: Props) {
  const start = useRef<{ at: number; size: number } | null>(null);
  const horizontal = orientation === 'horizontal';
  const clamp = useCallback((v: number) => Math.max(min, Math.min(max(), v)), [min, max]);

  const onPointerDown = (e: React.PointerEvent<HTMLDivElement>) => {
    if ((e.target as HTMLElement).closest('button')) return;
    start.current = { at: horizontal ? e.clientY : e.clientX, size };
    e.currentTarget.setPointerCapture(e.pointerId);
  };
  const onPointerMove = (e: React.PointerEvent<HTMLDivElement>) => {
    if (!start.current) return;
    // The pane sits after the handle: moving the handle up (or left) makes it bigger.
    onChange(clamp(start.current.size - ((horizontal ? e.clientY : e.clientX) - start.current.at)));
  };
  const onKeyDown = (e: React.KeyboardEvent<HTMLDivElement>) => {
    const step = e.shiftKey ? 80 : 20;
    const grow = horizontal ? 'ArrowUp' : 'ArrowLeft';
    const shrink = horizontal ? 'ArrowDown' : 'ArrowRight';
    if (e.key === grow) onChange(clamp(size + step));
    else if (e.key === shrink) onChange(clamp(size - step));
    else return;
    e.preventDefault();
  };

  return (
    <div
      className={`split-handle split-handle--${orientation}`}
      role="separator"
      aria-orientation={orientation}
      aria-label={label}
      aria-valuenow={Math.round(size)}
      tabIndex={0}
      data-testid={testId}
      onPointerDown={onPointerDown}
      onPointerMove={onPointerMove}
      onPointerUp={() => (start.current = null)}
      onKeyDown={onKeyDown}
    >
      {onCollapse && (
        <button type="button" className="split-fold" title={collapseLabel} aria-label={collapseLabel} data-testid={`${testId}.fold`} onClick={onCollapse}>
          {horizontal ? '▾' : '▸'}
        </button>
      )}
    </div>
  );
}
