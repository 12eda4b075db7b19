// Undo and Redo in the toolbar, disabled when there is nothing to go back or forward to.
import { selectCanRedo, selectCanUndo, useDesign } from '../store/designStore';
import { useUndoShortcuts } from './undoShortcuts';

const mac = typeof navigator !== 'undefined' && /Mac|iPhone|iPad/.test(navigator.platform);
const MOD = mac ? '⌘' : 'Ctrl+';

export function UndoButtons() {
  const canUndo = useDesign(selectCanUndo);
  const canRedo = useDesign(selectCanRedo);
  useUndoShortcuts();
  return (
    <>
      <button
        type="button"
        className="toolbar-button"
        data-testid="toolbar.undo"
        title={`Undo (${MOD}Z)`}
        aria-label="Undo"
        disabled={!canUndo}
        onClick={() => useDesign.getState().undo()}
      >
        <span aria-hidden="true">↶</span>
      </button>
      <button
        type="button"
        className="toolbar-button"
        data-testid="toolbar.redo"
        title={`Redo (${mac ? '⇧⌘Z' : 'Ctrl+Shift+Z'})`}
        aria-label="Redo"
        disabled={!canRedo}
        onClick={() => useDesign.getState().redo()}
      >
        <span aria-hidden="true">↷</span>
      </button>
    </>
  );
}
