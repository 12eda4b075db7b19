import { describe, expect, it } from 'vitest';
import { addEntity } from '../core/model/operations';
import { emptyPipeline } from '../core/model/types';
import { freeSpotNear, isNodeKind } from './addNode';
import { checkDrag } from './connectionCheck';

describe('checkDrag', () => {
  const a = addEntity(emptyPipeline(), 'kafkaTopic', { x: 0, y: 0 });
  const b = addEntity(a.pipeline, 'kafkaTable', { x: 0, y: 0 });
  const c = addEntity(b.pipeline, 'mergeTree', { x: 0, y: 0 });
  const p = c.pipeline;

  it('has nothing to say away from nodes or over the start node', () => {
    expect(checkDrag(p, a.id, 'source', null)).toBeNull();
    expect(checkDrag(p, a.id, 'source', a.id)).toBeNull();
  });

  it('judges source → target in the direction the drag started', () => {
    expect(checkDrag(p, a.id, 'source', b.id)).toEqual({ ok: true });
    // Started on the table's input and dragged over the topic: the topic is the source.
    expect(checkDrag(p, b.id, 'target', a.id)).toEqual({ ok: true });
    const refused = checkDrag(p, b.id, 'source', c.id);
    expect(refused?.ok).toBe(false);
    expect(refused && !refused.ok && refused.reason).toMatch(/materialized view/);
  });
});

describe('freeSpotNear', () => {
  it('centres a node on the point and steps past nodes already there', () => {
    const first = freeSpotNear(emptyPipeline(), { x: 500, y: 300 });
    expect(first).toEqual({ x: 390, y: 250 });
    const taken = addEntity(emptyPipeline(), 'kafkaTopic', first).pipeline;
    const second = freeSpotNear(taken, { x: 500, y: 300 });
    expect(second).not.toEqual(first);
    expect(second.x).toBeGreaterThan(first.x);
  });

  it('accepts only the four node kinds as drop payloads', () => {
    expect(isNodeKind('mergeTree')).toBe(true);
    expect(isNodeKind('')).toBe(false);
    expect(isNodeKind('toString')).toBe(false);
  });
});
