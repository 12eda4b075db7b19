import { describe, expect, it } from 'vitest';
import { ownsTextUndo, undoCommandFor } from './undoShortcuts';

const key = (k: string, mods: Partial<{ ctrlKey: boolean; metaKey: boolean; shiftKey: boolean; altKey: boolean }> = {}) => ({
  key: k,
  ctrlKey: false,
  metaKey: false,
  shiftKey: false,
  altKey: false,
  ...mods,
});

describe('undo shortcuts', () => {
  it('maps Ctrl/Cmd+Z to undo and Ctrl/Cmd+Shift+Z and Ctrl+Y to redo', () => {
    expect(undoCommandFor(key('z', { ctrlKey: true }))).toBe('undo');
    expect(undoCommandFor(key('z', { metaKey: true }))).toBe('undo');
    expect(undoCommandFor(key('Z', { ctrlKey: true, shiftKey: true }))).toBe('redo');
    expect(undoCommandFor(key('Z', { metaKey: true, shiftKey: true }))).toBe('redo');
    expect(undoCommandFor(key('y', { ctrlKey: true }))).toBe('redo');
  });

  it('ignores other keys and modifier combinations', () => {
    expect(undoCommandFor(key('z'))).toBeNull();
    expect(undoCommandFor(key('z', { ctrlKey: true, altKey: true }))).toBeNull();
    expect(undoCommandFor(key('s', { ctrlKey: true }))).toBeNull();
    expect(undoCommandFor(key('y', { metaKey: true }))).toBeNull();
  });

  it('leaves the keys to text fields and the SQL editor', () => {
    expect(ownsTextUndo({ tagName: 'INPUT' })).toBe(true);
    expect(ownsTextUndo({ tagName: 'input', type: 'text' } as never)).toBe(true);
    expect(ownsTextUndo({ tagName: 'TEXTAREA' })).toBe(true);
    expect(ownsTextUndo({ tagName: 'DIV', isContentEditable: true })).toBe(true);
    expect(ownsTextUndo({ tagName: 'DIV', closest: (s: string) => (s === '.monaco-editor' ? {} : null) })).toBe(true);
    expect(ownsTextUndo({ tagName: 'INPUT', type: 'checkbox' } as never)).toBe(false);
    expect(ownsTextUndo({ tagName: 'BUTTON', closest: () => null })).toBe(false);
    expect(ownsTextUndo({ tagName: 'BODY', closest: () => null })).toBe(false);
    expect(ownsTextUndo(null)).toBe(false);
  });
});
