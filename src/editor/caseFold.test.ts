import { describe, expect, it } from 'vitest';
import { exactAlternation, foldCase, foldedAlternation } from './caseFold';

const whole = (alt: string) => new RegExp(`^(?:${alt})$`);

describe('caseFold', () => {
  it('folds letters and escapes the rest', () => {
    expect(foldCase('a_1')).toBe('[aA]_1');
    expect(whole(foldCase('x.y')).test('X.Y')).toBe(true);
    expect(whole(foldCase('x.y')).test('XzY')).toBe(false);
  });

  it('builds a case-insensitive alternation without duplicates', () => {
    const re = whole(foldedAlternation(['SELECT', 'select', 'FROM']));
    for (const w of ['select', 'SELECT', 'sElEcT', 'from']) expect(re.test(w)).toBe(true);
    expect(re.test('selects')).toBe(false);
    expect(foldedAlternation(['SELECT', 'select']).split('|')).toHaveLength(1);
  });

  it('keeps exact alternations case-sensitive', () => {
    const re = whole(exactAlternation(['sum', 'If']));
    expect(re.test('sum')).toBe(true);
    expect(re.test('SUM')).toBe(false);
  });

  it('puts longer words first so a prefix cannot shadow them', () => {
    const m = /^(?:PLACEHOLDER)/.source.replace('PLACEHOLDER', exactAlternation(['Int', 'Int64']));
    expect('Int64'.match(new RegExp(m))?.[0]).toBe('Int64');
  });
});
