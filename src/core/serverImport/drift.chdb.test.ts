// Drift against a real ClickHouse (chdb in this process, which, unlike the local
// endpoint's guarded user, may DETACH and ALTER): a template is created, the design
// then moves on and the server gains a table of its own; drift lists exactly those
// differences, and the offered migration, applied in full, leaves no drift.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ChdbNamespace } from '../../test/chdb';
import { renderMigration } from '../migrate';
import type { Column, MergeTreeTable, Pipeline } from '../model/types';
import { generateSql } from '../sql/generate';
import { compareWithServer, driftQuery, type ServerTable } from '.';
import { templateOnScratch } from './testing/templateOnScratch';

let ns: ChdbNamespace;
beforeAll(() => {
  ns = new ChdbNamespace();
});
afterAll(() => ns.close());

function exec(sql: string): void {
  const r = ns.run(sql);
  if (!r.ok) throw new Error(`${r.error}\n--- statement ---\n${sql}`);
}
const driftOf = (design: Pipeline) => compareWithServer(design, ns.rows<ServerTable>(driftQuery(design)));

describe('drift between a design and a server', () => {
  it('lists exactly what differs, and its migration makes the drift empty', () => {
    const design = templateOnScratch('kafka-fan-out-two-targets', 'chflow_scratch_drift');
    for (const s of generateSql(design).statements) if (s.runnable) exec(s.text);
    expect(driftOf(design).items).toEqual([]);

    const target = design.entities.find((e): e is MergeTreeTable => e.kind === 'mergeTree')!;
    exec(`CREATE TABLE ${target.database}.leftover (id UInt64) ENGINE = MergeTree ORDER BY id`);
    const added: Column = { id: 'added', name: 'added_col', type: 'UInt8', defaultKind: '', defaultExpr: '', codec: '', comment: '' };
    const changed: Pipeline = {
      ...design,
      entities: [
        ...design.entities.map((e) =>
          (e.id === target.id ? { ...target, columns: [...target.columns, added] } : e),
        ),
        { ...target, id: 'newTable', name: 'brand_new' },
      ],
    };
    const drift = driftOf(changed);
    expect(drift.items.map((i) => `${i.kind} ${i.entityKind} ${i.name}`).sort()).toEqual(
      [`different mergeTree ${target.name}`, 'extra mergeTree leftover', 'missing mergeTree brand_new'].sort(),
    );
    const diff = drift.items.find((i) => i.kind === 'different')!;
    expect(diff.designSql).toContain('added_col UInt8');
    expect(diff.serverSql).not.toContain('added_col');

    expect(drift.migration.problems.filter((p) => p.severity === 'error')).toEqual([]);
    expect(renderMigration(drift.migration, { allowDestructive: true })).toMatch(/ADD COLUMN added_col UInt8/);
    for (const step of drift.migration.steps) exec(step.sql);
    expect(driftOf(changed).items).toEqual([]);
  });
});
