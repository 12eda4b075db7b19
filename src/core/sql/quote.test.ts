import { describe, expect, it } from 'vitest';
import lexicon from '../clickhouse/lexicon.json';
import { HOSTILE } from '../../test/hostileNames';
import { isPlainIdent, qualify, quoteIdent, quoteString } from './quote';

// What ClickHouse does with the escapes we write, to prove the round trip.
function unescape(body: string): string {
  const map: Record<string, string> = { n: '\n', t: '\t', r: '\r', '0': '\0', b: '\b', f: '\f', v: '\v' };
  return body.replace(/\\([\s\S])/g, (_, c: string) => map[c] ?? c);
}


describe('quoteIdent', () => {
  it('leaves plain identifiers bare', () => {
    for (const n of ['x', 'events_queue', '_topic', 'A1', 'table_name']) expect(quoteIdent(n)).toBe(n);
  });

  it('backquotes every hazard word of the lexicon, in any case', () => {
    expect(lexicon.identifierHazards).toEqual(expect.arrayContaining(['all', 'null', 'not', 'true', 'false', 'distinct']));
    for (const w of lexicon.identifierHazards) {
      expect(quoteIdent(w)).toBe('`' + w + '`');
      expect(quoteIdent(w.toUpperCase())).toBe('`' + w.toUpperCase() + '`');
    }
    expect(isPlainIdent('nullable')).toBe(true);
  });

  it.each(HOSTILE)('quotes %j so that it reads back unchanged on one line', (name) => {
    const q = quoteIdent(name);
    expect(q.startsWith('`') && q.endsWith('`')).toBe(true);
    const body = q.slice(1, -1);
    expect(body).not.toMatch(/[\n\r\0\t]/);
    // No unescaped backquote inside: every backquote is preceded by an odd run of backslashes.
    expect(body.replace(/\\[\s\S]/g, '')).not.toContain('`');
    expect(unescape(body)).toBe(name);
  });

  it('writes the empty name as an (invalid) empty backquoted name', () => {
    expect(quoteIdent('')).toBe('``');
  });

  it('escapes backslash and backquote with a backslash', () => {
    expect(quoteIdent('a`b\\c')).toBe('`a\\`b\\\\c`');
  });
});

describe('qualify', () => {
  it('quotes database and name separately', () => {
    expect(qualify('default', 'events')).toBe('default.events');
    expect(qualify('my db', 'a.b')).toBe('`my db`.`a.b`');
    expect(qualify('service_my-kafka', 'null')).toBe('`service_my-kafka`.`null`');
  });
});

describe('quoteString', () => {
  it.each(HOSTILE)('quotes %j so that it reads back unchanged on one line', (s) => {
    const q = quoteString(s);
    expect(q.startsWith("'") && q.endsWith("'")).toBe(true);
    const body = q.slice(1, -1);
    expect(body).not.toMatch(/[\n\r\0\t]/);
    expect(body.replace(/\\[\s\S]/g, '')).not.toContain("'");
    expect(unescape(body)).toBe(s);
  });

  it('uses backslash escapes, not doubled quotes', () => {
    expect(quoteString("it's \\ ok\n")).toBe("'it\\'s \\\\ ok\\n'");
    expect(quoteString('plain')).toBe("'plain'");
    expect(quoteString('')).toBe("''");
  });
});
