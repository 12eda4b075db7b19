// Ctrl/Cmd+Z undo, Ctrl/Cmd+Shift+Z and Ctrl+Y redo for the design. Inside a
// text field or the SQL editor the keys are left to the browser and Monaco,
// which undo the text being edited there.
import { useEffect } from 'react';
import { useDesign } from '../store/designStore';

export type UndoCommand = 'undo' | 'redo';

interface KeyLike {
  key: string;
  ctrlKey: boolean;
  metaKey: boolean;
  shiftKey: boolean;
  altKey: boolean;
}

export function undoCommandFor(e: KeyLike): UndoCommand | null {
  if (!(e.ctrlKey || e.metaKey) || e.altKey) return null;
  const key = e.key.toLowerCase();
  if (key === 'z') return e.shiftKey ? 'redo' : 'undo';
  if (key === 'y' && e.ctrlKey && !e.shiftKey) return 'redo';
  return null;
}

interface ElementLike {
  tagName?: string;
  isContentEditable?: boolean;
  closest?(selector: string): unknown;
}

/** Whether the keys belong to the element that has focus (text fields, Monaco) rather than to the design. */
export function ownsTextUndo(target: ElementLike | null): boolean {
  if (!target) return false;
  const tag = (target.tagName ?? '').toUpperCase();
  if (tag === 'TEXTAREA' || tag === 'SELECT' || target.isContentEditable) return true;
  if (tag === 'INPUT') {
    const type = ((target as { type?: string }).type ?? 'text').toLowerCase();
    return !['checkbox', 'radio', 'button', 'submit', 'reset', 'file', 'range', 'color'].includes(type);
  }
  return !!target.closest?.('.monaco-editor');
}

export function useUndoShortcuts(): void {
  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      const command = undoCommandFor(e);
      if (!command || ownsTextUndo(e.target as HTMLElement | null)) return;
      e.preventDefault();
      useDesign.getState()[command]();
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, []);
}
