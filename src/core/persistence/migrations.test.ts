import { describe, expect, it } from 'vitest';
import { CURRENT_VERSION, migrate, STEPS, type MigrationStep } from './migrations';

describe('migrate', () => {
  it('derives the current version from the step table', () => {
    expect(CURRENT_VERSION).toBe(STEPS.length + 1);
  });

  it('leaves a current-version pipeline untouched', () => {
    const p = { entities: [], links: [] };
    const r = migrate(p, CURRENT_VERSION);
    expect(r).toEqual({ ok: true, pipeline: p });
    if (r.ok) expect(r.pipeline).toBe(p);
  });

  // A future table: v1 → v2 renames `nodes` to `entities`, v2 → v3 adds `options`.
  const steps: MigrationStep[] = [
    (p: any) => ({ entities: p.nodes, links: p.links }),
    (p: any) => ({ ...p, options: { cluster: '', createDatabases: true } }),
  ];

  it('runs every step from the file version up, in order', () => {
    expect(migrate({ nodes: ['a'], links: [] }, 1, steps)).toEqual({
      ok: true,
      pipeline: { entities: ['a'], links: [], options: { cluster: '', createDatabases: true } },
    });
    expect(migrate({ entities: ['b'], links: [] }, 2, steps)).toEqual({
      ok: true,
      pipeline: { entities: ['b'], links: [], options: { cluster: '', createDatabases: true } },
    });
  });

  it('refuses versions newer than the table knows', () => {
    const r = migrate({}, 4, steps);
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.error).toMatch(/newer chflow: version 4 \(this chflow reads versions up to 3\)/);
  });

  it('refuses versions that are not whole numbers from 1', () => {
    for (const v of [0, -1, 1.5, Number.NaN]) {
      const r = migrate({}, v, steps);
      expect(r.ok).toBe(false);
    }
  });

  it('reports a step that fails instead of throwing', () => {
    const broken: MigrationStep[] = [
      () => {
        throw new Error('nodes is not an array');
      },
    ];
    expect(migrate({}, 1, broken)).toEqual({
      ok: false,
      error: 'Could not upgrade the design from version 1 to 2: nodes is not an array',
    });
  });
});
