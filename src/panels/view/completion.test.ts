import { describe, expect, it } from 'vitest';
import sqlWords from '../../core/clickhouse/sqlWords.json';
import { accept, columnSuggestions, complete, functionSuggestions, wordAt } from './completion';

const FUNCTION_SUGGESTIONS = functionSuggestions(sqlWords.functions);

const pool = [
  ...columnSuggestions([
    { name: 'user_id', type: 'UInt64' },
    { name: 'user name', type: 'String' },
    { name: 'amount', type: 'Float64' },
  ]),
  ...columnSuggestions([{ name: '_headers.name', type: 'Array(String)' }, { name: '_topic', type: 'LowCardinality(String)' }], 'virtual'),
  ...FUNCTION_SUGGESTIONS,
];

describe('wordAt', () => {
  it('finds the identifier before the caret, dotted names included, numbers excluded', () => {
    expect(wordAt('toDate(us', 9)).toEqual({ start: 7, word: 'us' });
    expect(wordAt('_headers.na', 11)).toEqual({ start: 0, word: '_headers.na' });
    expect(wordAt('x + 12', 6)).toEqual({ start: 6, word: '' });
  });
});

describe('complete', () => {
  it('puts columns before functions and offers -State forms of aggregates', () => {
    const r = complete('sum(us', 6, pool);
    expect(r.start).toBe(4);
    expect(r.items.slice(0, 2).map((s) => s.insert)).toEqual(['user_id', '`user name`']);
    expect(complete('uniqSt', 6, pool).items.map((s) => s.insert)).toContain('uniqState(');
    expect(complete('_he', 3, pool).items.map((s) => s.insert)).toEqual(['_headers.name']);
  });
  it('offers nothing for an empty word or a finished name', () => {
    expect(complete('a + ', 4, pool).items).toEqual([]);
    expect(complete('amount', 6, pool).items).toEqual([]);
  });
});

describe('accept', () => {
  it('replaces the word and moves the caret after the insert', () => {
    const s = complete('toDate(am) + 1', 9, pool).items[0]!;
    expect(accept('toDate(am) + 1', 7, 9, s)).toEqual({ text: 'toDate(amount) + 1', caret: 13 });
  });
});
