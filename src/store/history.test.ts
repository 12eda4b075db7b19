import { describe, expect, it } from 'vitest';
import { addEntity } from '../core/model/operations';
import { emptyPipeline, type Pipeline } from '../core/model/types';
import { COALESCE_MS, emptyHistory, record, redo, undo } from './history';

// Distinct pipeline objects standing for successive document states.
const states = (n: number): Pipeline[] => {
  const out: Pipeline[] = [emptyPipeline()];
  for (let i = 1; i < n; i++) out.push(addEntity(out[i - 1]!, 'kafkaTopic', { x: i, y: 0 }).pipeline);
  return out;
};

describe('history', () => {
  it('undoes and redoes steps in order', () => {
    const [s0, s1, s2] = states(3) as [Pipeline, Pipeline, Pipeline];
    let h = record(emptyHistory(), s0, null, 0);
    h = record(h, s1, null, 10);
    const u1 = undo(h, s2)!;
    expect(u1.pipeline).toBe(s1);
    const u2 = undo(u1.history, u1.pipeline)!;
    expect(u2.pipeline).toBe(s0);
    expect(undo(u2.history, u2.pipeline)).toBeNull();
    const r1 = redo(u2.history, s0)!;
    expect(r1.pipeline).toBe(s1);
    const r2 = redo(r1.history, s1)!;
    expect(r2.pipeline).toBe(s2);
    expect(redo(r2.history, s2)).toBeNull();
  });

  it('joins edits with the same key inside the pause, and splits at a longer pause', () => {
    const [s0, s1, s2, s3] = states(4) as [Pipeline, Pipeline, Pipeline, Pipeline];
    let h = record(emptyHistory(), s0, 'k', 1000);
    h = record(h, s1, 'k', 1000 + COALESCE_MS - 1);
    // The window slides with each edit: steady typing stays one step.
    h = record(h, s2, 'k', 1000 + 2 * COALESCE_MS - 2);
    expect(h.past).toEqual([s0]);
    h = record(h, s3, 'k', 1000 + 3 * COALESCE_MS + 5);
    expect(h.past).toEqual([s0, s3]);
  });

  it('never joins edits with different keys or without a key', () => {
    const [s0, s1, s2] = states(3) as [Pipeline, Pipeline, Pipeline];
    let h = record(emptyHistory(), s0, 'a', 0);
    h = record(h, s1, 'b', 1);
    expect(h.past).toHaveLength(2);
    h = record(h, s2, null, 2);
    expect(h.past).toHaveLength(3);
    expect(h.open).toBeNull();
  });

  it('closes the open step on undo, so typing after an undo is a new step', () => {
    const [s0, s1, s2] = states(3) as [Pipeline, Pipeline, Pipeline];
    const h = record(emptyHistory(), s0, 'k', 0);
    const u = undo(h, s1)!;
    expect(u.history.open).toBeNull();
    const next = record(u.history, s0, 'k', 1);
    expect(next.past).toEqual([s0]);
    expect(next.future).toEqual([]);
    void s2;
  });

  it('clears redo when a new edit is recorded', () => {
    const [s0, s1, s2] = states(3) as [Pipeline, Pipeline, Pipeline];
    const h = record(emptyHistory(), s0, null, 0);
    const u = undo(h, s1)!;
    expect(u.history.future).toEqual([s1]);
    const h2 = record(u.history, s0, null, 5);
    expect(h2.future).toEqual([]);
    expect(redo(h2, s2)).toBeNull();
  });

  it('keeps at most `limit` steps, dropping the oldest', () => {
    const s = states(8);
    let h = emptyHistory();
    for (let i = 0; i < 7; i++) h = record(h, s[i]!, null, i, 5);
    expect(h.past).toEqual(s.slice(2, 7));
  });
});
