import { describe, expect, it } from 'vitest';
import { baseDesign, patch } from '../core/rules/validate/testDesign';
import { diagnosticsOf, entityDiagnostics } from './derived';

describe('derived diagnostics', () => {
  it('validates each pipeline object once and hands out the same arrays', () => {
    const d = baseDesign();
    const p = patch(d.p, d.table, { name: '' });
    const first = diagnosticsOf(p);
    expect(diagnosticsOf(p)).toBe(first);
    expect(entityDiagnostics(p, d.table)).toBe(entityDiagnostics(p, d.table));
    expect(entityDiagnostics(p, d.table).map((x) => x.code)).toContain('name.empty');
  });

  it('gives one shared empty array to entities without problems, so selectors stay stable', () => {
    const d = baseDesign();
    expect(entityDiagnostics(d.p, d.view)).toBe(entityDiagnostics(d.p, d.kafka));
    expect(entityDiagnostics(d.p, null)).toEqual([]);
  });

  it('recomputes for a new pipeline object', () => {
    const d = baseDesign();
    const broken = patch(d.p, d.table, { orderBy: 'nope' });
    expect(diagnosticsOf(d.p).all).toEqual([]);
    expect(diagnosticsOf(broken).all.map((x) => x.code)).toContain('mergeTree.orderBy.unknownColumn');
  });
});
