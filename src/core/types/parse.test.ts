import { describe, expect, it } from 'vitest';
import { node, numArg, strArg, typeArg } from './ast';
import { parseType } from './parse';

function ok(text: string) {
  const r = parseType(text);
  if (!r.ok) throw new Error(`${text}: ${r.error}`);
  return r.type;
}

describe('parseType', () => {
  it('resolves aliases and case-insensitive families', () => {
    expect(ok('bigint')).toEqual(node('Int64'));
    expect(ok('varchar')).toEqual(node('String'));
    expect(ok('TIMESTAMP')).toEqual(node('DateTime'));
    expect(ok('datetime64(3)')).toEqual(node('DateTime64', numArg(3)));
    expect(ok('BIGINT UNSIGNED')).toEqual(node('UInt64'));
    expect(ok('national character varying')).toEqual(node('String'));
  });

  it('keeps case-sensitive names it cannot resolve as written', () => {
    expect(ok('string')).toEqual(node('string'));
    expect(ok('UINT64')).toEqual(node('UINT64'));
  });

  it('parses nested and parametric types', () => {
    expect(ok("DateTime64(3, 'UTC')")).toEqual(node('DateTime64', numArg(3), strArg('UTC')));
    expect(ok('Map(String, Array(Nullable(UInt8)))')).toEqual(
      node('Map', typeArg(node('String')), typeArg(node('Array', typeArg(node('Nullable', typeArg(node('UInt8'))))))),
    );
    expect(ok("Enum8('a' = -1, 'b')").args).toEqual([
      { kind: 'enum', name: 'a', value: '-1' },
      { kind: 'enum', name: 'b' },
    ]);
    expect(ok('AggregateFunction(quantiles(0.5, 0.9), Float64)').args[0]).toEqual({
      kind: 'func',
      name: 'quantiles',
      params: [numArg('0.5'), numArg('0.9')],
    });
  });

  it('reads a word followed by a type as an element name, like ClickHouse', () => {
    expect(ok('Tuple(a DOUBLE PRECISION, `b c` String)')).toEqual(node('Tuple', typeArg(node('Float64'), 'a'), typeArg(node('String'), 'b c')));
    // ClickHouse reads Tuple(INT UNSIGNED) as an element named INT of type UNSIGNED.
    expect(ok('Tuple(INT UNSIGNED)')).toEqual(node('Tuple', typeArg(node('UInt64'), 'INT')));
    expect(ok('Array(INT UNSIGNED)')).toEqual(node('Array', typeArg(node('UInt32'))));
  });

  it('parses JSON settings, typed paths and SKIP clauses', () => {
    expect(ok("JSON(max_dynamic_paths = 10, a.b UInt32, SKIP c.d, SKIP REGEXP 'x.*')").args).toEqual([
      { kind: 'setting', name: 'max_dynamic_paths', value: '10' },
      typeArg(node('UInt32'), 'a.b'),
      { kind: 'skip', path: 'c.d', regexp: false },
      { kind: 'skip', path: 'x.*', regexp: true },
    ]);
  });

  it('keeps an unquoted time zone as an identifier for the checker to flag', () => {
    expect(ok('DateTime64(3, UTC)').args[1]).toEqual({ kind: 'ident', name: 'UTC' });
  });

  it('unescapes string literals both ways of quoting', () => {
    expect(ok("Enum8('it''s' = 1, 'x\\'y' = 2, 'a\\\\b' = 3)").args.map((a) => (a.kind === 'enum' ? a.name : ''))).toEqual(["it's", "x'y", 'a\\b']);
  });

  it.each([
    ['', 'empty', 0],
    ['Array(UInt8', "Missing ')'", 5],
    ['UInt8 UInt16', 'Unexpected', 6],
    ["Enum8(a = 1)", 'must be quoted', 6],
    ["Enum8('a' = x)", 'integer value', 12],
    ["Enum8('a", 'Unclosed string', 6],
    ['Map(String; UInt8)', "Unexpected character ';'", 10],
    ['AggregateFunction(1, UInt8)', 'aggregate function name', 18],
    ['Tuple(`a` )', 'followed by its type', 6],
    ["JSON(SKIP REGEXP x)", 'quoted pattern', 17],
    ['(UInt8)', 'Expected a type name', 0],
  ])('reports %j as %s at offset %i', (text, message, offset) => {
    const r = parseType(text);
    expect(r.ok).toBe(false);
    if (!r.ok) {
      expect(r.error).toContain(message);
      expect(r.offset).toBe(offset);
    }
  });
});
