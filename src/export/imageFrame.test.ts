import { describe, expect, it } from 'vitest';
import { imageFrame } from './imageFrame';

describe('imageFrame', () => {
  it('covers the bounds plus the margin on every side, at zoom 1', () => {
    const f = imageFrame({ x: -120.5, y: 40, width: 1000.2, height: 300 }, 32);
    expect(f.width).toBe(Math.ceil(1000.2 + 64));
    expect(f.height).toBe(364);
    // The bounds' top-left corner lands at (margin, margin).
    expect(f.transform).toBe('translate(152.5px, -8px) scale(1)');
    expect(f.pixelRatio).toBe(2);
  });

  it('lowers the pixel ratio so a huge design stays under the canvas limit', () => {
    const f = imageFrame({ x: 0, y: 0, width: 20_000, height: 500 }, 0);
    expect(f.width * f.pixelRatio).toBeLessThanOrEqual(16_384);
    expect(f.pixelRatio).toBeGreaterThan(0.8);
  });
});
