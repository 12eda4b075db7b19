import { describe, expect, it } from 'vitest';
import { keyHasColumn, keyItems, splitTopLevel, toggleKeyColumn } from './keyList';

describe('splitTopLevel', () => {
  it('splits on top-level commas only', () => {
    expect(splitTopLevel("a, toDate(ts, 'UTC'), [1, 2], 'x,y'")).toEqual(['a', "toDate(ts, 'UTC')", '[1, 2]', "'x,y'"]);
  });
  it('keeps backticked names with commas whole', () => {
    expect(splitTopLevel('`a,b`, c')).toEqual(['`a,b`', 'c']);
  });
});

describe('keyItems', () => {
  it('looks inside one outer tuple', () => {
    expect(keyItems('(a, b)')).toEqual({ items: ['a', 'b'], wrapped: true });
    expect(keyItems('tuple()')).toEqual({ items: [], wrapped: true });
  });
  it('does not mistake (a) + (b) for a tuple', () => {
    expect(keyItems('(a) + (b)')).toEqual({ items: ['(a) + (b)'], wrapped: false });
  });
});

describe('toggleKeyColumn', () => {
  it('appends a missing column and removes a present one', () => {
    expect(toggleKeyColumn('', 'id')).toBe('id');
    expect(toggleKeyColumn('id', 'ts')).toBe('id, ts');
    expect(toggleKeyColumn('id, toDate(ts)', 'id')).toBe('toDate(ts)');
    expect(toggleKeyColumn('id', 'id')).toBe('');
  });
  it('keeps the tuple form and replaces an empty tuple()', () => {
    expect(toggleKeyColumn('(a, b)', 'c')).toBe('(a, b, c)');
    expect(toggleKeyColumn('tuple()', 'a')).toBe('a');
  });
  it('quotes names that need it and recognises them quoted', () => {
    expect(toggleKeyColumn('a', 'my col')).toBe('a, `my col`');
    expect(keyHasColumn('a, `my col`', 'my col')).toBe(true);
    expect(toggleKeyColumn('a, `my col`', 'my col')).toBe('a');
  });
  it('does not treat an expression over a column as the column', () => {
    expect(keyHasColumn('toDate(ts)', 'ts')).toBe(false);
  });
});
