import { describe, expect, it } from 'vitest';
import { moveEntity, updateEntity } from '../core/model/operations';
import { design } from '../../bench/design';
import { onlyPositionsDiffer, positionBlindCache } from './samePlaces';

describe('onlyPositionsDiffer', () => {
  const p = design(12);
  const id = p.entities[3]!.id;

  it('holds for a design whose nodes only moved', () => {
    expect(onlyPositionsDiffer(p, moveEntity(moveEntity(p, id, { x: 5, y: 6 }), p.entities[0]!.id, { x: 1, y: 1 }))).toBe(true);
  });

  it('fails for any other edit: a field, a link, the options', () => {
    expect(onlyPositionsDiffer(p, updateEntity(moveEntity(p, id, { x: 5, y: 6 }), id, { name: 'other' }))).toBe(false);
    expect(onlyPositionsDiffer(p, { ...p, links: p.links.slice(1) })).toBe(false);
    expect(onlyPositionsDiffer(p, { ...p, options: { ...p.options } })).toBe(false);
    expect(onlyPositionsDiffer(p, { ...p, entities: p.entities.slice(1) })).toBe(false);
  });
});

describe('positionBlindCache', () => {
  it('computes once per design and carries the value over a move, not over an edit', () => {
    const p = design(8);
    const id = p.entities[1]!.id;
    let runs = 0;
    const derive = positionBlindCache((x: typeof p) => ({ run: ++runs, names: x.entities.map((e) => e.name) }));
    const first = derive(p);
    expect(derive(p)).toBe(first);
    expect(derive(moveEntity(p, id, { x: 900, y: 900 }))).toBe(first);
    const renamed = derive(updateEntity(p, id, { name: 'renamed' }));
    expect(renamed).not.toBe(first);
    expect(renamed.names).toContain('renamed');
    expect(runs).toBe(2);
  });
});
