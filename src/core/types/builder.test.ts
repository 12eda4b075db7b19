import { describe, expect, it } from 'vitest';
import { node, typeArg } from './ast';
import {
  addArg,
  enumEntries,
  hasWrapper,
  setArg,
  setCore,
  setCoreFamily,
  setEnumEntries,
  setNumberParam,
  setSetting,
  setTimeZone,
  timeZoneOf,
  toggleWrapper,
  unwrap,
} from './builder';
import { checkNode, checkType } from './check';
import { defaultNode, FAMILY_GROUPS, parseFunctionParams } from './families';
import { formatType } from './format';
import { CANONICAL_FAMILIES } from './lexicon';
import { parseType } from './parse';

const S = node('String');

describe('family groups', () => {
  it('list every canonical ClickHouse family exactly once', () => {
    const listed = FAMILY_GROUPS.flatMap((g) => g.families);
    expect(new Set(listed).size).toBe(listed.length);
    expect([...listed].sort()).toEqual([...CANONICAL_FAMILIES].sort());
  });

  it('start every family from a type ClickHouse accepts (Nothing excepted)', () => {
    for (const f of CANONICAL_FAMILIES) {
      if (f === 'Nothing') continue;
      const text = formatType(defaultNode(f));
      expect(checkType(text), text).toEqual([]);
    }
  });
});

describe('wrappers', () => {
  it('places Nullable innermost, LowCardinality outside it, Array outermost, in any click order', () => {
    let t = S;
    t = toggleWrapper(t, 'Array');
    t = toggleWrapper(t, 'Nullable');
    t = toggleWrapper(t, 'LowCardinality');
    expect(formatType(t)).toBe('Array(LowCardinality(Nullable(String)))');
    let u = toggleWrapper(S, 'LowCardinality');
    u = toggleWrapper(u, 'Nullable');
    expect(formatType(u)).toBe('LowCardinality(Nullable(String))');
  });

  it('removes a wrapper wherever it sits and reports its state', () => {
    const t = toggleWrapper(toggleWrapper(toggleWrapper(S, 'Nullable'), 'LowCardinality'), 'Array');
    expect(hasWrapper(t, 'LowCardinality')).toBe(true);
    const u = toggleWrapper(t, 'LowCardinality');
    expect(formatType(u)).toBe('Array(Nullable(String))');
    expect(hasWrapper(u, 'LowCardinality')).toBe(false);
    expect(unwrap(u)).toEqual({ wrappers: ['Array', 'Nullable'], core: S });
  });

  it('keeps wrappers when the core family changes; picking a wrapper family turns the wrapper on', () => {
    const t = toggleWrapper(S, 'Nullable');
    expect(formatType(setCoreFamily(t, 'Decimal'))).toBe('Nullable(Decimal(18, 4))');
    expect(formatType(setCoreFamily(t, 'Array'))).toBe('Array(Nullable(String))');
    expect(setCoreFamily(t, 'String')).toBe(t);
  });
});

describe('building a nested type step by step', () => {
  it('builds Array(Tuple(a LowCardinality(String), b Nullable(Decimal(10, 2))))', () => {
    let root = toggleWrapper(setCoreFamily(S, 'Tuple'), 'Array');
    let tuple = unwrap(root).core;
    tuple = setArg(tuple, 0, typeArg(toggleWrapper(S, 'LowCardinality'), 'a'));
    let dec = setNumberParam(setNumberParam(defaultNode('Decimal'), 0, '10'), 1, '2');
    dec = toggleWrapper(dec, 'Nullable');
    tuple = addArg(tuple, typeArg(dec, 'b'));
    root = setCore(root, tuple);
    const text = formatType(root);
    expect(text).toBe('Array(Tuple(a LowCardinality(String), b Nullable(Decimal(10, 2))))');
    expect(checkType(text)).toEqual([]);
  });

  it('removes trailing optional parameters when cleared', () => {
    expect(formatType(setNumberParam(node('DateTime64'), 0, '6'))).toBe('DateTime64(6)');
    expect(setNumberParam(defaultNode('Decimal'), 1, '').args).toHaveLength(1);
  });
});

describe('parameter helpers', () => {
  it('sets and clears time zones of DateTime and DateTime64', () => {
    const dt = setTimeZone(node('DateTime'), 'UTC');
    expect(formatType(dt)).toBe("DateTime('UTC')");
    expect(timeZoneOf(dt)).toBe('UTC');
    expect(formatType(setTimeZone(dt, ''))).toBe('DateTime');
    const dt64 = setTimeZone(node('DateTime64'), 'Asia/Tokyo');
    expect(formatType(dt64)).toBe("DateTime64(3, 'Asia/Tokyo')");
    expect(formatType(setTimeZone(dt64, ''))).toBe('DateTime64(3)');
  });

  it('edits enum entries, numbering empty values automatically', () => {
    const e = setEnumEntries(node('Enum8'), [
      { name: 'on', value: '1' },
      { name: 'off', value: '' },
    ]);
    expect(formatType(e)).toBe("Enum8('on' = 1, 'off' = 2)");
    expect(enumEntries(e)).toEqual([
      { name: 'on', value: '1' },
      { name: 'off', value: '' },
    ]);
    const dup = setEnumEntries(e, [...enumEntries(e), { name: 'on', value: '3' }]);
    expect(checkNode(dup).some((p) => p.message.includes("'on' is used twice"))).toBe(true);
  });

  it('sets and removes JSON settings', () => {
    const j = setSetting(node('JSON'), 'max_dynamic_paths', '64');
    expect(formatType(j)).toBe('JSON(max_dynamic_paths=64)');
    expect(formatType(setSetting(j, 'max_dynamic_paths', ''))).toBe('JSON');
  });

  it('parses aggregate function parameters', () => {
    expect(parseFunctionParams('0.5, 0.9')).toEqual([
      { kind: 'number', text: '0.5' },
      { kind: 'number', text: '0.9' },
    ]);
    expect(parseFunctionParams("'(?1)(?2)'")).toEqual([{ kind: 'string', value: '(?1)(?2)' }]);
    expect(parseFunctionParams('')).toEqual([]);
    expect(parseFunctionParams('0.5,')).toBeUndefined();
    expect(parseFunctionParams('abc')).toBeUndefined();
  });

  it('round-trips builder output through the parser', () => {
    const built = addArg(defaultNode('AggregateFunction'), typeArg(node('UInt8')));
    const text = formatType(built);
    const r = parseType(text);
    expect(r.ok && formatType(r.type)).toBe(text);
  });
});
