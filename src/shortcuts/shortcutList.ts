// What the help sheet lists. Keys are written for the platform: `Mod` becomes
// ⌘ on a Mac and Ctrl elsewhere.
export interface ShortcutEntry {
  keys: readonly string[];
  what: string;
}

export interface ShortcutGroup {
  title: string;
  entries: readonly ShortcutEntry[];
}

export const SHORTCUTS: readonly ShortcutGroup[] = [
  {
    title: 'Design',
    entries: [
      { keys: ['Mod', 'Z'], what: 'Undo' },
      { keys: ['Mod', 'Shift', 'Z'], what: 'Redo' },
      { keys: ['Mod', 'S'], what: 'Save the design file' },
      { keys: ['Delete'], what: 'Delete the selected nodes or links (also Backspace)' },
    ],
  },
  {
    title: 'Canvas',
    entries: [
      { keys: ['F'], what: 'Fit the whole design in view' },
      { keys: ['L'], what: 'Lay the design out left to right by stage' },
      { keys: ['Mod', 'K'], what: 'Find a node by name and jump to it' },
      { keys: ['Shift', 'drag'], what: 'Select with a box' },
      { keys: ['Mod', 'click'], what: 'Add a node to the selection' },
      { keys: ['Mod', 'A'], what: 'Select every node' },
      { keys: ['Arrow keys'], what: 'Nudge the selected nodes (with Shift: 10 px)' },
      { keys: ['Double-click'], what: 'Rename a node where it is' },
      { keys: ['Right-click'], what: 'Menu of a node, a link or the canvas' },
    ],
  },
  {
    title: 'Nodes',
    entries: [
      { keys: ['Mod', 'C'], what: 'Copy the selected nodes (pastes into another chflow tab too)' },
      { keys: ['Mod', 'X'], what: 'Cut the selected nodes' },
      { keys: ['Mod', 'V'], what: 'Paste: new names where taken, links between the copies kept' },
      { keys: ['Mod', 'D'], what: 'Duplicate the selected nodes' },
    ],
  },
  {
    title: 'Help',
    entries: [
      { keys: ['?'], what: 'Show this sheet' },
      { keys: ['Esc'], what: 'Close a dialog or menu' },
    ],
  },
];

export function keyLabel(key: string, mac: boolean): string {
  if (key === 'Mod') return mac ? '⌘' : 'Ctrl';
  if (key === 'Shift' && mac) return '⇧';
  return key;
}

/**
 * True when a keystroke belongs to what the user is typing in (a field, a
 * contenteditable, Monaco), so single-letter shortcuts must leave it alone.
 */
export function isTypingTarget(target: EventTarget | null): boolean {
  const el = target as { tagName?: string; isContentEditable?: boolean; closest?: (s: string) => unknown } | null;
  if (!el || typeof el.tagName !== 'string') return false;
  if (/^(INPUT|TEXTAREA|SELECT)$/.test(el.tagName) || el.isContentEditable) return true;
  return typeof el.closest === 'function' && el.closest('.monaco-editor') !== null;
}
