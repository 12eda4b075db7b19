import { describe, expect, it } from 'vitest';
import { col, mergeTree, pipeline } from '../../test/pipelines';
import { addIndex, removeIndex, updateIndex } from './indexes';
import type { MergeTreeTable, Pipeline } from './types';

const table = (p: Pipeline) => p.entities[0] as MergeTreeTable;

describe('index operations', () => {
  it('adds uniquely named indexes, edits and removes them', () => {
    let p = pipeline([mergeTree('t', 'events', [col('user', 'String')])]);
    p = addIndex(p, 't', 'user', 'bloom_filter(0.01)');
    p = addIndex(p, 't', 'user');
    p = addIndex(p, 't', 'lower(user)');
    expect(table(p).indexes!.map((x) => [x.name, x.expr, x.type])).toEqual([
      ['idx_user', 'user', 'bloom_filter(0.01)'],
      ['idx_user_2', 'user', 'minmax'],
      ['idx', 'lower(user)', 'minmax'],
    ]);
    const id = table(p).indexes![1]!.id;
    p = updateIndex(p, 't', id, { granularity: '4' });
    expect(table(p).indexes![1]!.granularity).toBe('4');
    p = removeIndex(p, 't', id);
    expect(table(p).indexes!.map((x) => x.name)).toEqual(['idx_user', 'idx']);
  });

  it('works on a table read without an indexes field and ignores other kinds', () => {
    const t = mergeTree('t', 'events', []);
    delete t.indexes;
    const p = addIndex(pipeline([t]), 't', 'a');
    expect(table(p).indexes).toHaveLength(1);
    expect(addIndex(p, 'nope', 'a')).toBe(p);
  });
});
