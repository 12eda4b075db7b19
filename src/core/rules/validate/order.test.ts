import { describe, expect, it } from 'vitest';
import { validate } from '../validate';
import { baseDesign, patch } from './testDesign';

describe('diagnostic order', () => {
  it('follows entity order, then errors before warnings, then code', () => {
    const d = baseDesign();
    let p = patch(d.p, d.table, { name: 'bad-name', orderBy: 'nope', settings: [{ name: '', value: '1' }] });
    p = patch(p, d.kafka, { name: '', consumerGroup: '' });
    const list = validate(p);
    const index = new Map(p.entities.map((e, i) => [e.id, i]));
    for (let i = 1; i < list.length; i++) {
      const a = list[i - 1]!;
      const b = list[i]!;
      const byEntity = index.get(a.entityId)! - index.get(b.entityId)!;
      expect(byEntity).toBeLessThanOrEqual(0);
      if (byEntity === 0 && a.severity === b.severity) expect(a.code <= b.code).toBe(true);
      if (byEntity === 0 && a.severity !== b.severity) expect(a.severity).toBe('error');
    }
    expect(list.map((x) => x.code)).toEqual(validate(p).map((x) => x.code));
    expect(new Set(list.map((x) => x.entityId))).toEqual(new Set([d.kafka, d.table]));
  });
});
