import { describe, expect, it } from 'vitest';
import { keyElements, normalizeExpr, splitTopLevel } from './sqlText';

describe('sqlText', () => {
  it('splits at top-level commas only', () => {
    expect(splitTopLevel("a, f(b, c), 'x,y', `p,q`, [1, 2]")).toEqual(['a', 'f(b, c)', "'x,y'", '`p,q`', '[1, 2]']);
  });

  it('unwraps tuples and parentheses around a whole key', () => {
    expect(keyElements('(a, b)')).toEqual(['a', 'b']);
    expect(keyElements('tuple(a, toDate(b))')).toEqual(['a', 'toDate(b)']);
    expect(keyElements('tuple()')).toEqual([]);
    expect(keyElements('')).toEqual([]);
    expect(keyElements('(a + 1) * 2')).toEqual(['(a + 1) * 2']);
  });

  it('normalises whitespace but keeps words apart and quotes intact', () => {
    expect(normalizeExpr(' toDate( ts ) ')).toBe('toDate(ts)');
    expect(normalizeExpr('a   DESC')).toBe('a DESC');
    expect(normalizeExpr("f('a  b')")).toBe("f('a  b')");
  });
});
