// What a folded pane leaves behind: a thin bar with its name that brings it back.
export function FoldedPane({ name, side, testId, onOpen }: { name: string; side: 'bottom' | 'right'; testId: string; onOpen(): void }) {
  return (
    <button type="button" className={`folded-pane folded-pane--${side}`} data-testid={testId} title={`Show the ${name}`} onClick={onOpen}>
      <span aria-hidden="true">{side === 'bottom' ? '▴' : '◂'}</span> {name}
    </button>
  );
}
