// Paste and trust: nodes copied in this tab paste as an edit; text from anywhere
// else is someone else's writing, so the design stops running SQL until allowed.
import { beforeEach, describe, expect, it } from 'vitest';
import { fragmentText } from '../../core/clipboard/fragment';
import { findTemplate } from '../../core/templates';
import { useCanvas } from '../../store/canvasStore';
import { useDesign } from '../../store/designStore';
import { trustFor } from '../../store/trust';
import { copyText, duplicateSelection, nudgeSelection, pasteText, selectAll, selectNodes } from './actions';

const s = () => useDesign.getState();
const names = () => s().pipeline.entities.map((e) => e.name);
const selected = () => useCanvas.getState().nodes.filter((n) => n.selected).map((n) => n.id);

beforeEach(() => {
  s().replace(findTemplate('kafka-dead-letter-stream')!.build(), { trust: trustFor('template') });
  s().clearNotice();
});

describe('canvas clipboard actions', () => {
  it('pastes this tab’s own copy as an edit that keeps the design trusted, and selects the copies', () => {
    const id = s().pipeline.entities.find((e) => e.name === 'clicks')!.id;
    selectNodes([id]);
    const text = copyText()!;
    expect(pasteText(text)).toBe(true);
    expect(names()).toContain('clicks_2');
    expect(s().trust.trusted).toBe(true);
    const copy = s().pipeline.entities.find((e) => e.name === 'clicks_2')!.id;
    expect(selected()).toEqual([copy]);
  });

  it('pastes text from elsewhere as untrusted, one Undo away from the trusted design', () => {
    const other = findTemplate('kafka-dedup-replacing')!.build();
    expect(pasteText(fragmentText(other, other.entities.map((e) => e.id)))).toBe(true);
    expect(names()).toContain('orders');
    expect(s().trust.trusted).toBe(false);
    expect(s().trust.source).toBe('nodes pasted from the clipboard');
    s().undo();
    expect(names()).not.toContain('orders');
    expect(s().trust.trusted).toBe(true);
  });

  it('refuses text that is not nodes with a notice and leaves the design alone', () => {
    const before = s().pipeline;
    expect(pasteText('DROP TABLE x')).toBe(false);
    expect(s().pipeline).toBe(before);
    expect(s().notice?.text).toMatch(/^The clipboard does not hold chflow nodes/);
  });

  it('select all, duplicate and nudge act on the canvas selection', () => {
    selectAll();
    expect(selected()).toHaveLength(s().pipeline.entities.length);
    const n = s().pipeline.entities.length;
    duplicateSelection();
    expect(s().pipeline.entities).toHaveLength(2 * n);
    const before = s().pipeline.entities.slice(n).map((e) => e.position);
    const steps = s().history.past.length;
    nudgeSelection(1, 0);
    nudgeSelection(0, 10);
    expect(s().pipeline.entities.slice(n).map((e) => e.position)).toEqual(before.map((p) => ({ x: p.x + 1, y: p.y + 10 })));
    // Two presses in a row are one undo step.
    expect(s().history.past.length).toBe(steps + 1);
  });
});
