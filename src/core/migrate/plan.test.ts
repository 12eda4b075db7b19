// planMigration without an engine: the order of the steps, what is refused,
// what is destructive, ON CLUSTER, and the golang-migrate files. The engine
// proof is migrate.chdb.test.ts.
import { describe, expect, it } from 'vitest';
import type { MaterializedView, MergeTreeTable, Pipeline } from '../model/types';
import { golangMigrateFiles, planMigration, renderMigration } from '.';
import { designPair } from './testing/pairs';

const base = () => designPair(1, 'db').before;
const clone = (p: Pipeline): Pipeline => JSON.parse(JSON.stringify(p)) as Pipeline;
const entity = <T>(p: Pipeline, id: string) => p.entities.find((e) => e.id === id) as T;

describe('planMigration', () => {
  it('has nothing to do between equal designs', () => {
    const plan = planMigration(base(), base());
    expect(plan.empty).toBe(true);
    expect(renderMigration(plan)).toMatch(/Nothing to do/);
  });

  it('changes only a target: DETACH the Kafka table, ALTER, ATTACH', () => {
    const after = clone(base());
    entity<MergeTreeTable>(after, 't1').columns.find((c) => c.name === 'n')!.comment = 'count';
    const sql = planMigration(base(), after).steps.map((s) => s.sql);
    expect(sql).toEqual(['DETACH TABLE db.events_queue;', "ALTER TABLE db.t1 MODIFY COLUMN n Int32 COMMENT 'count';", 'ATTACH TABLE db.events_queue;']);
  });

  it('refuses a view that writes a column its target lacks (MODIFY QUERY would drop it silently)', () => {
    const after = clone(base());
    entity<MaterializedView>(after, 'v1').mappings.push({ id: 'm_x', target: 'ghost', expr: 'name' });
    const plan = planMigration(base(), after);
    const mg02 = plan.problems.find((p) => p.code === 'MG02');
    expect(mg02?.severity).toBe('error');
    expect(mg02?.message).toMatch(/ghost/);
    expect(renderMigration(plan)).toMatch(/^-- REFUSED/m);
    expect(renderMigration(plan)).not.toMatch(/^[A-Z]/m);
  });

  it('marks dropping a column and rebuilding for a sorting key as destructive, commented out until chosen', () => {
    const after = clone(base());
    const t = entity<MergeTreeTable>(after, 't1');
    t.orderBy = 'name, id';
    const plan = planMigration(base(), after);
    const rebuild = plan.steps.filter((s) => s.phase === 'swapTarget');
    expect(rebuild.map((s) => s.sql.split('\n')[0])).toEqual([
      'CREATE TABLE db.t1__chflow_new',
      'INSERT INTO db.t1__chflow_new (id, name, n)',
      'EXCHANGE TABLES db.t1 AND db.t1__chflow_new;',
      'DROP TABLE db.t1__chflow_new SYNC;',
    ]);
    expect(rebuild.every((s) => s.destructive)).toBe(true);
    expect(rebuild[0]!.comment).toMatch(/Alternatives/);
    expect(renderMigration(plan)).toMatch(/^-- EXCHANGE TABLES/m);
    expect(renderMigration(plan, { allowDestructive: true })).toMatch(/^EXCHANGE TABLES/m);
  });

  it('writes ON CLUSTER on every statement when the design has a cluster', () => {
    const before = { ...base(), options: { ...base().options, cluster: 'main' } };
    const after = clone(before);
    entity<MergeTreeTable>(after, 't1').columns.push({ id: 'c9', name: 'extra', type: 'String', defaultKind: '', defaultExpr: '', codec: '', comment: '', ttl: '' });
    const sql = planMigration(before, after).steps.map((s) => s.sql);
    expect(sql.length).toBeGreaterThan(0);
    for (const s of sql) expect(s).toMatch(/ ON CLUSTER main/);
  });

  it('warns when a re-created Kafka table changes its consumer group', () => {
    const after = clone(base());
    entity<{ consumerGroup: string }>(after, 'k').consumerGroup = 'other';
    expect(planMigration(base(), after).problems.map((p) => p.code)).toContain('MG03');
  });

  it('golang-migrate: version k holds the k-th up statement; down files undo from the last version back', () => {
    const after = clone(base());
    entity<MergeTreeTable>(after, 't1').columns.push({ id: 'c9', name: 'extra', type: 'String', defaultKind: '', defaultExpr: '', codec: '', comment: '', ttl: '' });
    const up = planMigration(base(), after);
    const down = planMigration(after, base());
    const files = golangMigrateFiles(up, down, { first: 7, allowDestructive: true });
    const ups = files.filter((f) => f.name.endsWith('.up.sql'));
    const downs = files.filter((f) => f.name.endsWith('.down.sql'));
    expect(ups[0]!.name).toMatch(/^000007_/);
    expect(ups.map((f) => f.text.replace(/^--.*\n/gm, '').trim())).toEqual(up.steps.map((s) => s.sql));
    // migrate down runs the highest version first.
    expect([...downs].reverse().map((f) => f.text.replace(/^--.*\n/gm, '').trim()).filter((t) => t !== 'SELECT 1')).toEqual(down.steps.map((s) => s.sql));
  });
});
