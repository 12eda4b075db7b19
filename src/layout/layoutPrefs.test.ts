import { describe, expect, it } from 'vitest';
import { DEFAULT_LAYOUT, nextCorner, readLayout } from './layoutPrefs';

describe('readLayout', () => {
  it('keeps valid stored values and replaces each bad one by its own default', () => {
    expect(readLayout(null)).toEqual(DEFAULT_LAYOUT);
    expect(readLayout('{not json')).toEqual(DEFAULT_LAYOUT);
    expect(readLayout('[1,2]')).toEqual(DEFAULT_LAYOUT);
    const stored = { sideWidth: 420, sideCollapsed: true, sqlHeight: 300, sqlCollapsed: true, minimap: false, minimapCorner: 'top-left' };
    expect(readLayout(JSON.stringify(stored))).toEqual(stored);
    const bad = { sideWidth: 5000, sideCollapsed: 'yes', sqlHeight: -4, minimap: 0, minimapCorner: 'middle' };
    expect(readLayout(JSON.stringify(bad))).toEqual(DEFAULT_LAYOUT);
  });

  it('cycles the minimap corners', () => {
    expect(nextCorner('bottom-right')).toBe('top-right');
    expect(nextCorner('top-left')).toBe('bottom-right');
  });
});
