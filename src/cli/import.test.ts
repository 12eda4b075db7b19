// chflow import: a script becomes a design file; errors write nothing and exit 2.
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseDesign } from '../core/persistence/designFile';
import { generateSql } from '../core/sql/generate';
import { main, type CliIO } from './main';

function io(stdin = '') {
  const out: string[] = [];
  const err: string[] = [];
  const cli: CliIO = { out: (t) => void out.push(t), err: (t) => void err.push(t), readStdin: () => stdin };
  return { cli, out, err };
}

describe('chflow import', () => {
  const dir = mkdtempSync(join(tmpdir(), 'chflow-import-'));

  it('writes a design whose SQL is the script’s', () => {
    const sql = 'CREATE TABLE default.t\n(\n    a UInt8\n)\nENGINE = MergeTree\nORDER BY a;\n';
    const file = join(dir, 'p.sql');
    writeFileSync(file, sql);
    const out = join(dir, 'p.chflow.json');
    const t = io();
    expect(main(['import', file, '-o', out], t.cli)).toBe(0);
    const parsed = parseDesign(readFileSync(out, 'utf8'));
    expect(parsed.ok && generateSql(parsed.pipeline).text).toBe(sql);
    expect(t.err.join('')).toContain('imported 1 object from 1 statement');
  });

  it('reports an error with file, line and column and writes nothing', () => {
    const t = io('CREATE TABLE t (a UInt8)\nENGINE = MergeTree ORDER BY (a;\n');
    expect(main(['import', '-'], t.cli)).toBe(2);
    expect(t.out).toEqual([]);
    expect(t.err.join('')).toMatch(/^stdin:2:\d+: error: /m);
  });

  it('lists skipped statements', () => {
    const t = io('DROP TABLE x;\nCREATE TABLE t (a UInt8) ENGINE = Null;\n');
    expect(main(['import', '-'], t.cli)).toBe(0);
    expect(t.err.join('')).toContain('stdin:2:1: skipped: table default.t: ENGINE = Null is not part');
  });
});
