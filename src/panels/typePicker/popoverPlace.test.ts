import { describe, expect, it } from 'vitest';
import { popoverPlace } from './popoverPlace';

const vp = { width: 1280, height: 720 };

describe('popoverPlace', () => {
  it('opens under a row with room below', () => {
    expect(popoverPlace({ top: 100, bottom: 124, right: 1200 }, 340, vp)).toEqual({ top: 128, left: 860, width: 340, maxHeight: 584 });
  });

  it('opens above a row near the bottom, ending above it, so the row stays visible', () => {
    const s = popoverPlace({ top: 600, bottom: 624, right: 1200 }, 340, vp);
    expect(s.top).toBeUndefined();
    expect(s.bottom).toBe(720 - 600 + 4);
    expect(s.maxHeight).toBe(600 - 4 - 8);
  });

  it('keeps inside the window horizontally', () => {
    expect(popoverPlace({ top: 100, bottom: 120, right: 200 }, 340, vp).left).toBe(8);
    expect(popoverPlace({ top: 100, bottom: 120, right: 1400 }, 340, vp).left).toBe(1280 - 340 - 8);
  });
});
