// Projections and constraints of a table that stays: the ALTER steps, and on a
// real engine (chdb) that they leave the table SHOW CREATE-equal to a fresh
// creation of the new design, stored rows included.
import { afterAll, describe, expect, it } from 'vitest';
import type { MergeTreeTable, Pipeline, TablePart } from '../model/types';
import { generateSql } from '../sql/generate';
import { col, mergeTree, pipeline } from '../../test/pipelines';
import { closeNamespace, runInFreshNamespace } from '../../test/chdb';
import { mergeTreeChange } from './mergeTreeAlter';
import { planMigration } from './plan';

const part = (id: string, name: string, definition: string): TablePart => ({ id, name, definition });

const table = (projections: TablePart[], constraints: TablePart[]): MergeTreeTable =>
  mergeTree('t', 'orders', [col('id', 'UInt64'), col('customer', 'String'), col('amount', 'UInt32')], { database: 'default', orderBy: 'id', projections, constraints });

const BEFORE = table(
  [part('p1', 'per_customer', '(SELECT customer, sum(amount) GROUP BY customer)'), part('p2', 'by_amount', '(SELECT * ORDER BY amount)')],
  [part('c1', 'positive', 'CHECK amount > 0'), part('c2', 'known', "ASSUME customer != ''")],
);

const statements = (p: Pipeline) => generateSql(p).text.split(/;\n/).map((s) => s.trim()).filter((s) => s !== '');

function alters(before: MergeTreeTable, after: MergeTreeTable): string[] {
  const change = mergeTreeChange(before, after, '');
  if ('rebuild' in change) throw new Error(`unexpected rebuild: ${change.rebuild}`);
  return change.alters.map((s) => s.sql);
}

describe('projection and constraint migrations', () => {
  afterAll(() => closeNamespace());

  it('has nothing to do when they are equal, and ignores rows not written (no name or definition)', () => {
    const after = table([...BEFORE.projections!, part('p9', '', '(SELECT id ORDER BY id)')], [...BEFORE.constraints!, part('c9', 'later', '')]);
    expect(alters(BEFORE, after)).toEqual([]);
  });

  it('drops from the first difference on and adds in the design’s order; projections are built for stored parts', () => {
    const after = table(
      [part('p1', 'per_customer', '(SELECT customer, count() GROUP BY customer)'), part('p2', 'by_amount', '(SELECT * ORDER BY amount)'), part('p3', 'by_customer', '(SELECT * ORDER BY customer)')],
      [part('c1', 'positive', 'CHECK amount > 0')],
    );
    expect(alters(BEFORE, after)).toEqual([
      'ALTER TABLE default.orders DROP PROJECTION per_customer;',
      'ALTER TABLE default.orders DROP PROJECTION by_amount;',
      'ALTER TABLE default.orders DROP CONSTRAINT known;',
      'ALTER TABLE default.orders ADD PROJECTION per_customer (SELECT customer, count() GROUP BY customer);',
      'ALTER TABLE default.orders MATERIALIZE PROJECTION per_customer;',
      'ALTER TABLE default.orders ADD PROJECTION by_amount (SELECT * ORDER BY amount);',
      'ALTER TABLE default.orders MATERIALIZE PROJECTION by_amount;',
      'ALTER TABLE default.orders ADD PROJECTION by_customer (SELECT * ORDER BY customer);',
      'ALTER TABLE default.orders MATERIALIZE PROJECTION by_customer;',
    ]);
  });

  it('drops them before a column they read is dropped', () => {
    const after = { ...table([], []), columns: BEFORE.columns.filter((c) => c.name !== 'amount') };
    const sql = alters(BEFORE, after);
    expect(sql.indexOf('ALTER TABLE default.orders DROP COLUMN amount;')).toBeGreaterThan(sql.indexOf('ALTER TABLE default.orders DROP PROJECTION by_amount;'));
    expect(sql.indexOf('ALTER TABLE default.orders DROP COLUMN amount;')).toBeGreaterThan(sql.indexOf('ALTER TABLE default.orders DROP CONSTRAINT positive;'));
  });

  it.each([
    ['changed, added and removed', table([part('p2', 'by_amount', '(SELECT * ORDER BY amount)'), part('p3', 'x', '(SELECT customer, max(amount) GROUP BY customer)')], [part('c3', 'big', 'CHECK amount < 1000000')])],
    ['all removed', table([], [])],
    ['reordered', table([...BEFORE.projections!].reverse(), [...BEFORE.constraints!].reverse())],
    ['a column and what reads it removed', { ...table([part('p1', 'per_customer', '(SELECT customer, count() GROUP BY customer)')], []), columns: BEFORE.columns.filter((c) => c.name !== 'amount') }],
  ])('on chdb: %s gives the SHOW CREATE of a fresh table, rows kept', (_name, after) => {
    const fresh = runInFreshNamespace(statements(pipeline([after])));
    expect(fresh.results.filter((r) => !r.ok).map((r) => r.error)).toEqual([]);
    const expected = fresh.ns.run('SHOW CREATE TABLE default.orders').output;
    const steps = planMigration(pipeline([BEFORE]), pipeline([after])).steps.map((s) => s.sql);
    const { ns, results } = runInFreshNamespace([...statements(pipeline([BEFORE])), "INSERT INTO default.orders VALUES (1, 'a', 5), (2, 'b', 7)", ...steps]);
    expect(results.filter((r) => !r.ok).map((r) => `${r.sql}: ${r.error}`)).toEqual([]);
    expect(ns.run('SHOW CREATE TABLE default.orders').output).toBe(expected);
    expect(ns.run('SELECT count() FROM default.orders').output.trim()).toBe('2');
  });
});
