import { describe, expect, it } from 'vitest';
import { locateJsonError } from './jsonLocate';

describe('locateJsonError', () => {
  it.each([
    ['{"a": 1,}', 1, 9, /trailing comma/],
    ['{\n  "a": 1\n  "b": 2\n}', 3, 3, /expected ',' or '}' but found '"'/],
    ["{'a': 1}", 1, 2, /property name in double quotes/],
    ['{"a": tru}', 1, 7, /expected a value/],
    ['[1, 2', 1, 6, /end of file/],
    ['{"a": "x\ny"}', 1, 9, /line break inside a string/],
    ['{"a": "\\q"}', 1, 8, /invalid escape \\q/],
    ['{"a": "abc', 1, 7, /unterminated string/],
    ['{"a": 01}', 1, 8, /expected ',' or '}'/],
    ['{} {}', 1, 4, /after the end of the JSON value/],
    ['{"a": 1.}', 1, 9, /expected a digit/],
  ])('%j → line %i column %i', (text, line, column, message) => {
    const p = locateJsonError(text);
    expect(p).toMatchObject({ line, column });
    expect(p!.message).toMatch(message);
  });

  it('agrees with JSON.parse on which texts are valid', () => {
    let state = 7;
    const rand = (n: number) => {
      state = (state * 1103515245 + 12345) % 2147483648;
      return state % n;
    };
    const base = JSON.stringify({ a: [1, -2.5e3, true, null, 'x"y\\z\u0001'], b: { c: '' } }, null, 2);
    const pieces = ['"', ',', '}', ']', '{', '[', ':', '1', 'e', '-', '.', ' ', '\\', 'n', 'u'];
    for (let round = 0; round < 2000; round++) {
      const at = rand(base.length);
      const text = base.slice(0, at) + pieces[rand(pieces.length)] + base.slice(at + rand(3));
      let valid = true;
      try {
        JSON.parse(text);
      } catch {
        valid = false;
      }
      expect(locateJsonError(text) === null, text).toBe(valid);
    }
  });
});
