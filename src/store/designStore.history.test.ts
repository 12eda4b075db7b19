import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { addEntity, moveEntity, removeEntities, updateEntity } from '../core/model/operations';
import { emptyPipeline } from '../core/model/types';
import { TEMPLATES } from '../core/templates';
import { COALESCE_MS, HISTORY_LIMIT } from './history';
import { selectCanRedo, selectCanUndo, useDesign } from './designStore';

const s = () => useDesign.getState();
const names = () => s().pipeline.entities.map((e) => e.name);

function addTopic(x = 0): string {
  let id = '';
  s().change((p) => {
    const r = addEntity(p, 'kafkaTopic', { x, y: 0 });
    id = r.id;
    return r.pipeline;
  });
  return id;
}

/** Types `text` into an entity's name one character at a time, `gap` ms apart, as a panel does. */
function typeName(id: string, text: string, gap = 80): void {
  for (let i = 1; i <= text.length; i++) {
    vi.advanceTimersByTime(gap);
    s().change((p) => updateEntity(p, id, { name: text.slice(0, i) }));
  }
}

beforeEach(() => {
  vi.useFakeTimers();
  s().replace(emptyPipeline(), { undoable: false });
});
afterEach(() => vi.useRealTimers());

describe('design store undo/redo', () => {
  it('starts with nothing to undo or redo', () => {
    expect(selectCanUndo(s())).toBe(false);
    expect(selectCanRedo(s())).toBe(false);
    s().undo();
    s().redo();
    expect(s().pipeline).toEqual(emptyPipeline());
  });

  it('undoes an add and redoes it', () => {
    const id = addTopic();
    const added = s().pipeline;
    s().undo();
    expect(s().pipeline.entities).toEqual([]);
    expect(selectCanRedo(s())).toBe(true);
    s().redo();
    expect(s().pipeline).toBe(added);
    expect(s().pipeline.entities[0]!.id).toBe(id);
  });

  it('makes typing in a field one step per pause', () => {
    const id = addTopic();
    const original = names()[0];
    typeName(id, 'orders');
    expect(s().history.past).toHaveLength(2);
    vi.advanceTimersByTime(COALESCE_MS + 50);
    typeName(id, 'orders_v2'.slice(0, 9));
    expect(names()).toEqual(['orders_v2']);
    s().undo();
    expect(names()).toEqual(['orders']);
    s().undo();
    expect(names()).toEqual([original]);
    s().undo();
    expect(names()).toEqual([]);
  });

  it('uses an explicit coalesce key over the inferred one', () => {
    const id = addTopic();
    s().change((p) => updateEntity(p, id, { name: 'a' }), { coalesceKey: 'x' });
    vi.advanceTimersByTime(100);
    s().change((p) => updateEntity(p, id, { comment: 'b' }), { coalesceKey: 'x' });
    s().undo();
    expect(s().pipeline.entities[0]).toMatchObject({ comment: '' });
    expect(names()).not.toEqual(['a']);
  });

  it('records a whole drag of several nodes, committed once on drag stop, as one step', () => {
    const a = addTopic(0);
    const b = addTopic(200);
    const before = s().pipeline;
    const dragged = [
      { id: a, position: { x: 50, y: 60 } },
      { id: b, position: { x: 250, y: 60 } },
    ];
    s().change((p) => dragged.reduce((acc, n) => moveEntity(acc, n.id, n.position), p));
    // A second drag right away is its own step: moves never coalesce.
    vi.advanceTimersByTime(100);
    s().change((p) => moveEntity(p, a, { x: 70, y: 80 }));
    s().undo();
    expect(s().pipeline.entities.map((e) => e.position)).toEqual([
      { x: 50, y: 60 },
      { x: 250, y: 60 },
    ]);
    s().undo();
    expect(s().pipeline).toBe(before);
  });

  it('makes replace (template, open, New) one undoable step and keeps selection out of it', () => {
    addTopic();
    const mine = s().pipeline;
    s().replace(TEMPLATES[0]!.build());
    const template = s().pipeline;
    s().select(template.entities[0]!.id);
    s().undo();
    expect(s().pipeline).toBe(mine);
    s().redo();
    expect(s().pipeline).toBe(template);
  });

  it('restores without an undo step when asked (autosave at start)', () => {
    addTopic();
    s().replace(TEMPLATES[0]!.build(), { undoable: false });
    expect(selectCanUndo(s())).toBe(false);
    expect(selectCanRedo(s())).toBe(false);
  });

  it('clears redo after a new change', () => {
    addTopic();
    addTopic(100);
    s().undo();
    expect(selectCanRedo(s())).toBe(true);
    addTopic(300);
    expect(selectCanRedo(s())).toBe(false);
  });

  it('clears the selection when undo or redo removes the selected node, and keeps it otherwise', () => {
    const a = addTopic();
    const b = addTopic(300);
    s().select(b, 'name');
    s().undo();
    expect(s().selectedId).toBeNull();
    expect(s().focusField).toBeNull();
    s().redo();
    s().select(a);
    s().change((p) => removeEntities(p, [a]));
    s().select(null);
    s().undo();
    expect(s().pipeline.entities.map((e) => e.id)).toContain(a);
    s().select(a);
    s().change((p) => updateEntity(p, b, { comment: 'x' }));
    s().undo();
    expect(s().selectedId).toBe(a);
    s().redo();
    s().undo();
    s().undo();
    s().redo();
    expect(s().selectedId).toBe(a);
  });

  it('does not record edits that change nothing, or selection', () => {
    const id = addTopic();
    const steps = s().history.past.length;
    s().change((p) => p);
    s().change((p) => moveEntity(p, id, p.entities[0]!.position));
    s().select(id);
    expect(s().history.past).toHaveLength(steps);
  });

  it('caps the history', () => {
    for (let i = 0; i < HISTORY_LIMIT + 15; i++) addTopic(i);
    expect(s().history.past).toHaveLength(HISTORY_LIMIT);
    for (let i = 0; i < HISTORY_LIMIT; i++) s().undo();
    expect(selectCanUndo(s())).toBe(false);
    expect(s().pipeline.entities).toHaveLength(15);
  });
});
