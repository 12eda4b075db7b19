import { beforeEach, describe, expect, it } from 'vitest';
import { addEntity, moveEntity, updateEntity } from '../core/model/operations';
import { emptyPipeline } from '../core/model/types';
import { useCanvas } from './canvasStore';
import { useDesign } from './designStore';

function seed() {
  const a = addEntity(emptyPipeline(), 'kafkaTopic', { x: 0, y: 0 });
  const b = addEntity(a.pipeline, 'kafkaTable', { x: 300, y: 0 });
  useDesign.getState().replace(b.pipeline);
  return { a: a.id, b: b.id };
}

const selectedIds = () => useCanvas.getState().nodes.filter((n) => n.selected).map((n) => n.id);

describe('canvas store', () => {
  beforeEach(() => useDesign.getState().replace(emptyPipeline()));

  it('follows the design: nodes appear and move, and an edit of contents leaves React Flow\'s nodes alone', () => {
    const { a, b } = seed();
    const before = useCanvas.getState().nodes;
    expect(before.map((n) => n.id)).toEqual([a, b]);
    useDesign.getState().change((p) => updateEntity(p, b, { name: 'other' }));
    expect(useCanvas.getState().nodes).toBe(before);
    useDesign.getState().change((p) => moveEntity(p, b, { x: 320, y: 40 }));
    const after = useCanvas.getState().nodes;
    expect(after[0]).toBe(before[0]);
    expect(after[1]!.position).toEqual({ x: 320, y: 40 });
  });

  it('mirrors store selection onto nodes and canvas clicks back into the store', () => {
    const { a, b } = seed();
    useDesign.getState().select(a);
    expect(selectedIds()).toEqual([a]);
    // A click on b: React Flow deselects a and selects b.
    useCanvas.getState().onNodesChange([
      { type: 'select', id: a, selected: false },
      { type: 'select', id: b, selected: true },
    ]);
    expect(useDesign.getState().selectedId).toBe(b);
    expect(selectedIds()).toEqual([b]);
    // Pane click clears both.
    useCanvas.getState().onNodesChange([{ type: 'select', id: b, selected: false }]);
    expect(useDesign.getState().selectedId).toBeNull();
    expect(selectedIds()).toEqual([]);
  });

  it('keeps a multi-selection made on the canvas', () => {
    const { a, b } = seed();
    useCanvas.getState().onNodesChange([
      { type: 'select', id: a, selected: true },
      { type: 'select', id: b, selected: true },
    ]);
    expect(selectedIds()).toEqual([a, b]);
    expect([a, b]).toContain(useDesign.getState().selectedId);
  });

  it('moves nodes locally during a drag without touching the document, and ignores view-side removals', () => {
    const { a } = seed();
    const doc = useDesign.getState().pipeline;
    useCanvas.getState().onNodesChange([{ type: 'position', id: a, position: { x: 40, y: 50 }, dragging: true }]);
    expect(useCanvas.getState().nodes[0]!.position).toEqual({ x: 40, y: 50 });
    expect(useDesign.getState().pipeline).toBe(doc);
    useCanvas.getState().onNodesChange([{ type: 'remove', id: a }]);
    expect(useCanvas.getState().nodes).toHaveLength(2);
  });
});
