// A horizontal divider the user drags to share height between the canvas and the SQL pane.
import { useCallback, useRef } from 'react';

interface Props {
  /** Current height of the pane below the handle, in px. */
  height: number;
  onChange(height: number): void;
  min: number;
  max: () => number;
}

export function SplitHandle({ height, onChange, min, max }: Props) {
  const start = useRef<{ y: number; h: number } | null>(null);

  const onPointerDown = useCallback(
    (e: React.PointerEvent<HTMLDivElement>) => {
      start.current = { y: e.clientY, h: height };
      e.currentTarget.setPointerCapture(e.pointerId);
    },
    [height],
  );
  const onPointerMove = useCallback(
    (e: React.PointerEvent<HTMLDivElement>) => {
      if (!start.current) return;
      const next = start.current.h - (e.clientY - start.current.y);
      onChange(Math.max(min, Math.min(max(), next)));
    },
    [onChange, min, max],
  );
  const onPointerUp = useCallback(() => {
    start.current = null;
  }, []);
  const onKeyDown = useCallback(
    (e: React.KeyboardEvent<HTMLDivElement>) => {
      const step = e.shiftKey ? 80 : 20;
      if (e.key === 'ArrowUp') onChange(Math.min(max(), height + step));
      else if (e.key === 'ArrowDown') onChange(Math.max(min, height - step));
      else return;
      e.preventDefault();
    },
    [height, onChange, min, max],
  );

  return (
    <div
      className="split-handle"
      role="separator"
      aria-orientation="horizontal"
      aria-label="Resize the SQL pane"
      aria-valuenow={Math.round(height)}
      tabIndex={0}
      data-testid="layout.split"
      onPointerDown={onPointerDown}
      onPointerMove={onPointerMove}
      onPointerUp={onPointerUp}
      onKeyDown={onKeyDown}
    />
  );
}
