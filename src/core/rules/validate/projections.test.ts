import { describe, expect, it } from 'vitest';
import type { MergeTreeFamily, TablePart } from '../../model/types';
import { baseDesign, found, patch } from './testDesign';

const part = (id: string, name: string, definition: string): TablePart => ({ id, name, definition });

describe('MergeTree table: projections and constraints', () => {
  it('a complete, well-named table part raises nothing', () => {
    const d = baseDesign();
    const p = patch(d.p, d.table, {
      projections: [part('p1', 'by_user', '(SELECT * ORDER BY user_id)'), part('p2', 'idx', 'INDEX user_id TYPE basic')],
      constraints: [part('c1', 'positive', 'CHECK user_id > 0'), part('c2', 'assumed', 'ASSUME user_id != 0')],
    });
    for (const code of ['emptyName', 'duplicate', 'empty', 'shape']) {
      expect(found(p, `mergeTree.projection.${code}`)).toEqual([]);
      expect(found(p, `mergeTree.constraint.${code}`)).toEqual([]);
    }
  });

  it('an empty or repeated name is an error on that row’s name', () => {
    const d = baseDesign();
    const p = patch(d.p, d.table, {
      projections: [part('p1', ' ', '(SELECT *)'), part('p2', 'a', '(SELECT *)'), part('p3', 'a', '(SELECT *)')],
      constraints: [part('c1', 'a', 'CHECK 1'), part('c2', 'a', 'CHECK 1')],
    });
    expect(found(p, 'mergeTree.projection.emptyName').map((x) => [x.field, x.message])).toEqual([['projections.p1.name', 'Projection 1 has no name; enter one or remove the row.']]);
    expect(found(p, 'mergeTree.projection.duplicate').map((x) => x.field)).toEqual(['projections.p3.name']);
    // A projection and a constraint may share a name: they are separate lists in ClickHouse.
    // ClickHouse accepts a repeated constraint name (measured), so that one is a warning.
    expect(found(p, 'mergeTree.constraint.duplicate').map((x) => [x.field, x.severity])).toEqual([['constraints.c2.name', 'warning']]);
    expect(found(p, 'mergeTree.projection.duplicate')[0]!.severity).toBe('error');
  });

  it('a definition of the wrong shape is an error, an empty one a warning (the row is not written)', () => {
    const d = baseDesign();
    const p = patch(d.p, d.table, {
      projections: [part('p1', 'q', 'SELECT * ORDER BY ts'), part('p2', 'r', '')],
      constraints: [part('c1', 'k', 'user_id > 0')],
    });
    expect(found(p, 'mergeTree.projection.shape').map((x) => x.field)).toEqual(['projections.p1.definition']);
    expect(found(p, 'mergeTree.projection.empty').map((x) => [x.field, x.severity])).toEqual([['projections.p2.definition', 'warning']]);
    expect(found(p, 'mergeTree.constraint.shape')[0]!.message).toContain('CHECK expr');
  });

  it('a projection on a family that merges rows away needs deduplicate_merge_projection_mode', () => {
    const d = baseDesign();
    const projections = [part('p1', 'q', '(SELECT * ORDER BY user_id)')];
    const on = (family: MergeTreeFamily, settings: { name: string; value: string }[] = []) =>
      found(patch(d.p, d.table, { projections, settings, engine: { family, replicated: false, zooPath: '', replicaName: '', params: {} } }), 'mergeTree.projection.mode');
    expect(on('MergeTree')).toEqual([]);
    expect(on('ReplacingMergeTree').map((x) => [x.field, x.severity])).toEqual([['projections', 'error']]);
    expect(on('AggregatingMergeTree', [{ name: 'deduplicate_merge_projection_mode', value: 'throw' }])).toHaveLength(1);
    expect(on('ReplacingMergeTree', [{ name: 'deduplicate_merge_projection_mode', value: "'rebuild'" }])).toEqual([]);
    expect(on('CollapsingMergeTree', [{ name: 'deduplicate_merge_projection_mode', value: 'drop' }])).toEqual([]);
    expect(found(patch(d.p, d.table, { engine: { family: 'SummingMergeTree', replicated: false, zooPath: '', replicaName: '', params: {} } }), 'mergeTree.projection.mode')).toEqual([]);
  });
});
