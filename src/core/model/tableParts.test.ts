import { describe, expect, it } from 'vitest';
import { col, mergeTree, pipeline } from '../../test/pipelines';
import { addTablePart, removeTablePart, updateTablePart } from './tableParts';
import type { MergeTreeTable, Pipeline } from './types';

const table = (p: Pipeline) => p.entities[0] as MergeTreeTable;

describe('projection and constraint edits', () => {
  it('adds uniquely named rows to each list, edits and removes them', () => {
    let p = pipeline([mergeTree('t', 'events', [col('user', 'String')])]);
    p = addTablePart(p, 't', 'projections', '(SELECT * ORDER BY user)');
    p = addTablePart(p, 't', 'projections');
    p = addTablePart(p, 't', 'constraints', "CHECK user != ''");
    expect(table(p).projections!.map((x) => [x.name, x.definition])).toEqual([
      ['proj', '(SELECT * ORDER BY user)'],
      ['proj_2', ''],
    ]);
    expect(table(p).constraints!.map((x) => [x.name, x.definition])).toEqual([['chk', "CHECK user != ''"]]);
    const id = table(p).projections![1]!.id;
    p = updateTablePart(p, 't', 'projections', id, { name: 'by_user', definition: '(SELECT user, count() GROUP BY user)' });
    expect(table(p).projections![1]).toMatchObject({ name: 'by_user', definition: '(SELECT user, count() GROUP BY user)' });
    p = removeTablePart(p, 't', 'projections', id);
    expect(table(p).projections!.map((x) => x.name)).toEqual(['proj']);
    expect(table(p).constraints).toHaveLength(1);
  });

  it('works on a table without the lists and ignores other entities', () => {
    const p = addTablePart(pipeline([mergeTree('t', 'events', [])]), 't', 'constraints');
    expect(table(p).constraints).toHaveLength(1);
    expect(table(p).projections).toBeUndefined();
    expect(addTablePart(p, 'nope', 'constraints')).toBe(p);
  });
});
