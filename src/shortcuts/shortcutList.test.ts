import { describe, expect, it } from 'vitest';
import { isTypingTarget, keyLabel, SHORTCUTS } from './shortcutList';

const el = (tagName: string, extra: Record<string, unknown> = {}) =>
  ({ tagName, isContentEditable: false, closest: () => null, ...extra }) as unknown as EventTarget;

describe('shortcut list', () => {
  it('lists the keys the issue asks for, each once', () => {
    const all = SHORTCUTS.flatMap((g) => g.entries.map((e) => e.keys.join('+')));
    for (const k of ['Delete', 'Mod+Z', 'Mod+Shift+Z', 'Mod+S', 'F', 'L', '?', 'Esc']) expect(all).toContain(k);
    expect(new Set(all).size).toBe(all.length);
  });

  it('spells Mod for the platform', () => {
    expect(keyLabel('Mod', true)).toBe('⌘');
    expect(keyLabel('Mod', false)).toBe('Ctrl');
    expect(keyLabel('F', true)).toBe('F');
  });

  it('leaves keystrokes in fields, contenteditables and Monaco alone', () => {
    expect(isTypingTarget(el('INPUT'))).toBe(true);
    expect(isTypingTarget(el('TEXTAREA'))).toBe(true);
    expect(isTypingTarget(el('SELECT'))).toBe(true);
    expect(isTypingTarget(el('DIV', { isContentEditable: true }))).toBe(true);
    expect(isTypingTarget(el('DIV', { closest: (s: string) => (s === '.monaco-editor' ? {} : null) }))).toBe(true);
    expect(isTypingTarget(el('DIV'))).toBe(false);
    expect(isTypingTarget(el('BUTTON'))).toBe(false);
    expect(isTypingTarget(null)).toBe(false);
  });
});
