import { describe, expect, it } from 'vitest';
import { MERGE_TREE_FAMILIES } from '../model/kinds/mergeTree';
import { ENGINE_PARAMS, ENGINE_SUMMARY, paramsForFamily, splitParamColumns } from './mergeTreeEngines';

describe('ENGINE_PARAMS', () => {
  it('describes every family', () => {
    for (const f of MERGE_TREE_FAMILIES) {
      expect(ENGINE_PARAMS[f]).toBeDefined();
      expect(ENGINE_SUMMARY[f]).toBeTruthy();
    }
  });
  it('matches the arity ClickHouse demands', () => {
    expect(ENGINE_PARAMS.CollapsingMergeTree.map((p) => [p.key, p.required])).toEqual([['sign', true]]);
    expect(ENGINE_PARAMS.VersionedCollapsingMergeTree.map((p) => p.key)).toEqual(['sign', 'version']);
    expect(ENGINE_PARAMS.ReplacingMergeTree.every((p) => !p.required)).toBe(true);
    expect(ENGINE_PARAMS.AggregatingMergeTree).toEqual([]);
  });
});

describe('paramsForFamily', () => {
  it('keeps only what the new family takes', () => {
    const params = { ver: 'v', isDeleted: 'd', sign: 's' };
    expect(paramsForFamily('VersionedCollapsingMergeTree', params)).toEqual({ sign: 's' });
    expect(paramsForFamily('ReplacingMergeTree', params)).toEqual({ ver: 'v', isDeleted: 'd' });
    expect(paramsForFamily('MergeTree', params)).toEqual({});
  });
});

describe('splitParamColumns', () => {
  it('drops blanks and spaces', () => {
    expect(splitParamColumns(' a, ,b ')).toEqual(['a', 'b']);
    expect(splitParamColumns(undefined)).toEqual([]);
  });
});
