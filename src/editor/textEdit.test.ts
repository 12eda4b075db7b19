import { describe, expect, it } from 'vitest';
import { minimalEdit, type TextEdit } from './textEdit';

const apply = (before: string, e: TextEdit | null) => (e ? before.slice(0, e.start) + e.text + before.slice(e.end) : before);

describe('minimalEdit', () => {
  it('returns null for equal texts', () => {
    expect(minimalEdit('abc', 'abc')).toBeNull();
  });

  it('replaces only the changed middle', () => {
    expect(minimalEdit('CREATE TABLE a (x Int8)', 'CREATE TABLE ab (x Int8)')).toEqual({ start: 14, end: 14, text: 'b' });
    expect(minimalEdit('aaaa', 'aa')).toEqual({ start: 2, end: 4, text: '' });
    expect(minimalEdit('', 'new')).toEqual({ start: 0, end: 0, text: 'new' });
  });

  it('never splits a surrogate pair or a CRLF', () => {
    const e1 = minimalEdit('x\u{1F600}', 'x\u{1F601}')!;
    expect(e1.start).toBe(1);
    expect(e1.text).toBe('\u{1F601}');
    const e2 = minimalEdit('a\r\nb', 'a\rX\nb')!;
    expect(e2.start).toBe(1);
    const e3 = minimalEdit('a\r\nb', 'aY\r\nb')!;
    expect(e3).toEqual({ start: 1, end: 1, text: 'Y' });
  });

  it('always reproduces the new text (randomised)', () => {
    let seed = 7;
    const rnd = (n: number) => {
      seed = (seed * 1103515245 + 12345) & 0x7fffffff;
      return seed % n;
    };
    const alphabet = ['a', 'b', '\n', '\r\n', '\u{1F600}', ' '];
    const word = () => Array.from({ length: rnd(12) }, () => alphabet[rnd(alphabet.length)]).join('');
    for (let i = 0; i < 2000; i++) {
      const before = word();
      const after = rnd(2) ? word() : before.slice(0, rnd(before.length + 1)) + word() + before.slice(rnd(before.length + 1));
      expect(apply(before, minimalEdit(before, after))).toBe(after);
    }
  });
});
