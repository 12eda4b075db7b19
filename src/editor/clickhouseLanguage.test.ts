import { describe, expect, it } from 'vitest';
import { compile } from 'monaco-editor/editor/standalone/common/monarch/monarchCompile';
import { MonarchTokenizer } from 'monaco-editor/editor/standalone/common/monarch/monarchLexer';
import core from '../core/clickhouse/lexicon.json';
import sqlWords from '../core/clickhouse/sqlWords.json';
import { buildMonarch, CLICKHOUSE_SQL } from './clickhouseLanguage';

const lexicon = { ...core, ...sqlWords };
const noop = { dispose() {} };
const tokenizer = new MonarchTokenizer(
  {},
  { onDidChange: () => noop },
  CLICKHOUSE_SQL,
  compile(CLICKHOUSE_SQL, buildMonarch(lexicon)),
  { getValue: () => 20_000, onDidChangeConfiguration: () => noop },
);

/** [text, token type without the `.sql` postfix] for each non-blank token. */
function tokens(source: string): [string, string][] {
  const out: [string, string][] = [];
  let state = tokenizer.getInitialState();
  for (const line of source.split('\n')) {
    const r = tokenizer.tokenize(line, true, state);
    state = r.endState;
    r.tokens.forEach((t, i) => {
      const text = line.slice(t.offset, r.tokens[i + 1]?.offset ?? line.length);
      const type = t.type.replace(/\.sql$/, '');
      if (type !== 'white') out.push([text, type]);
    });
  }
  return out;
}

const typeOf = (source: string, word: string) => tokens(source).find(([t]) => t === word)?.[1];

describe('clickhouse-sql tokenizer', () => {
  it('treats keywords case-insensitively', () => {
    for (const w of ['SELECT', 'select', 'SeLeCt']) expect(typeOf(`${w} 1`, w)).toBe('keyword');
    expect(typeOf('CREATE materialized View v TO t AS select 1', 'materialized')).toBe('keyword');
  });

  it('reads both sides of a qualified name as names, even keyword-like ones', () => {
    const t = tokens('CREATE TABLE default.table AS SELECT 1 FROM system.one');
    expect(t.filter(([w]) => w === 'default' || w === 'table' || w === 'one').map(([, k]) => k)).toEqual([
      'identifier',
      'identifier',
      'identifier',
    ]);
    expect(typeOf('CREATE TABLE default.x', 'TABLE')).toBe('keyword');
  });

  it('matches case-sensitive functions only as written, case-insensitive ones in any case', () => {
    expect(lexicon.caseInsensitiveFunctions).not.toContain('toDate');
    expect(typeOf('SELECT toDate(ts)', 'toDate')).toBe('predefined');
    expect(typeOf('SELECT TODATE(ts)', 'TODATE')).toBe('identifier');
    expect(lexicon.caseInsensitiveFunctions).toContain('CAST');
    expect(typeOf('SELECT cast(x AS String)', 'cast')).toBe('predefined');
    expect(typeOf('SELECT CaSt(x AS String)', 'CaSt')).toBe('predefined');
  });

  it('only calls a known name a function when it is called', () => {
    expect(typeOf('SELECT length FROM t', 'length')).toBe('identifier');
    expect(typeOf('SELECT length(s) FROM t', 'length')).toBe('predefined');
    expect(typeOf('SELECT my_udf(s)', 'my_udf')).toBe('identifier');
  });

  it('recognises aggregate functions with combinators', () => {
    expect(typeOf('SELECT sumIf(x, y > 0)', 'sumIf')).toBe('predefined');
    expect(typeOf('SELECT uniqMergeState(s)', 'uniqMergeState')).toBe('predefined');
  });

  it('highlights type families, parametric and multi-word ones included', () => {
    expect(typeOf('ts DateTime64(3)', 'DateTime64')).toBe('type');
    expect(typeOf('s LowCardinality(String)', 'String')).toBe('type');
    expect(typeOf('x double   precision', 'double   precision')).toBe('type');
    // `String` is case-sensitive in the lexicon; `VARCHAR` is not.
    expect(lexicon.typeFamilies.find((t) => t.name === 'String')?.ci).toBe(false);
    expect(typeOf('s string', 'string')).not.toBe('type');
    expect(typeOf('s varchar', 'varchar')).toBe('type');
  });

  it('reads backquoted identifiers and strings with escapes', () => {
    expect(tokens('`we``ird\\`x`')).toEqual([
      ['`', 'identifier.quote'],
      ['we', 'identifier.quoted'],
      ['``', 'identifier.quoted.escape'],
      ['ird', 'identifier.quoted'],
      ['\\`', 'identifier.quoted.escape'],
      ['x', 'identifier.quoted'],
      ['`', 'identifier.quote'],
    ]);
    const str = tokens("COMMENT 'it\\'s -- not a comment'");
    expect(str.map(([, t]) => t)).toEqual(['keyword', 'string.quote', 'string', 'string.escape', 'string', 'string.quote']);
  });

  it('reads numbers, operators and both comment styles across lines', () => {
    expect(typeOf('SELECT 1.5e3', '1.5e3')).toBe('number');
    expect(typeOf('SELECT 0x1F', '0x1F')).toBe('number.hex');
    expect(typeOf('a >= 2', '>=')).toBe('operator');
    expect(typeOf('x -> x', '->')).toBe('operator');
    expect(typeOf('SELECT 1 -- note', '-- note')).toBe('comment');
    const multi = tokens('/* first\nSELECT */ SELECT');
    expect(multi).toEqual([
      // Monarch merges neighbouring tokens of one type.
      ['/* first', 'comment'],
      ['SELECT */', 'comment'],
      ['SELECT', 'keyword'],
    ]);
  });
});

describe('keywords used as column names', () => {
  it('colours `url`, `name`, `type` as names where only a name can stand', () => {
    const ddl = 'CREATE TABLE t\n(\n    url String,\n    name LowCardinality(String),\n    type Nullable(UInt8)\n)\nENGINE = MergeTree\nORDER BY (url, type)';
    const toks = tokens(ddl);
    for (const w of ['url', 'name', 'type']) expect(toks.filter(([t]) => t === w).map(([, k]) => k)).toEqual(toks.filter(([t]) => t === w).map(() => 'identifier'));
    expect(typeOf(ddl, 'String')).toBe('type');
    expect(typeOf(ddl, 'ENGINE')).toBe('keyword');
    const view = 'CREATE MATERIALIZED VIEW v TO t AS\nSELECT\n    url,\n    lower(host) AS name,\n    CAST(x AS String) AS id\nFROM q\nORDER BY ts DESC, url';
    const vt = tokens(view);
    expect(vt.filter(([t]) => t === 'url').map(([, k]) => k)).toEqual(['identifier', 'identifier']);
    expect(typeOf(view, 'name')).toBe('identifier');
    expect(typeOf(view, 'id')).toBe('identifier');
    expect(typeOf(view, 'SELECT')).toBe('keyword');
    expect(typeOf(view, 'DESC')).toBe('keyword');
    expect(vt.filter(([t]) => t === 'String').map(([, k]) => k)).toEqual(['type']);
    expect(typeOf(view, 'lower')).toBe('predefined');
    // One item per line, as chflow writes its SELECT lists.
    const lines = tokens('SELECT\n    ts,\n    url\nFROM q\nWHERE x IN (1,\n    2)');
    expect(lines.filter(([t]) => t === 'url').map(([, k]) => k)).toEqual(['identifier']);
    expect(lines.filter(([t]) => t === 'FROM').map(([, k]) => k)).toEqual(['keyword']);
    expect(lines.filter(([t]) => t === '2').map(([, k]) => k)).toEqual(['number']);
  });
});
