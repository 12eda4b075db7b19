import { describe, expect, it } from 'vitest';
import { emptyPipeline } from '../model/types';
import { findTemplate, TEMPLATES } from './index';
import { previewSvg, templatePreview } from './preview';

describe('templatePreview', () => {
  it.each(TEMPLATES.map((t) => [t.id, t] as const))('draws every node and link of %s inside the frame', (_id, t) => {
    const p = t.build();
    const pv = templatePreview(p, 240, 120, 8);
    expect(pv.boxes.map((b) => [b.id, b.kind])).toEqual(p.entities.map((e) => [e.id, e.kind]));
    expect(pv.links.map((l) => l.id)).toEqual(p.links.map((l) => l.id));
    for (const b of pv.boxes) {
      expect(b.x).toBeGreaterThanOrEqual(7.9);
      expect(b.y).toBeGreaterThanOrEqual(7.9);
      expect(b.x + b.width).toBeLessThanOrEqual(232.1);
      expect(b.y + b.height).toBeLessThanOrEqual(112.1);
    }
  });

  it('keeps the left-to-right order of the stages and the lanes of a fan-out', () => {
    const p = findTemplate('kafka-fan-out-two-targets')!.build();
    const pv = templatePreview(p);
    const box = (name: string) => pv.boxes.find((b) => b.id === p.entities.find((e) => e.name === name)!.id)!;
    expect(box('orders_topic').x).toBeLessThan(box('orders_queue').x);
    expect(box('orders_queue').x).toBeLessThan(box('orders_raw_mv').x);
    expect(box('orders_raw_mv').y).toBeLessThan(box('customer_daily_mv').y);
    // A link starts at its source's right edge and ends at its target's left edge.
    const link = pv.links[0]!;
    const l = p.links[0]!;
    const s = pv.boxes.find((b) => b.id === l.source)!;
    const t = pv.boxes.find((b) => b.id === l.target)!;
    expect(link.d.startsWith(`M${Math.round((s.x + s.width) * 10) / 10},`)).toBe(true);
    expect(link.d.endsWith(` ${t.x},${Math.round((t.y + t.height / 2) * 10) / 10}`)).toBe(true);
  });

  it('handles an empty design and renders a standalone SVG', () => {
    expect(templatePreview(emptyPipeline()).boxes).toEqual([]);
    const svg = previewSvg(templatePreview(findTemplate('kafka-dead-letter-stream')!.build()));
    expect(svg).toMatch(/^<svg xmlns="http:\/\/www.w3.org\/2000\/svg"/);
    expect(svg.match(/<rect /g)).toHaveLength(6);
    expect(svg.match(/<path /g)).toHaveLength(5);
  });
});
