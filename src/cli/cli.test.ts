import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parseDesign, serializeDesign } from '../core/persistence/designFile';
import { validate } from '../core/rules/validate';
import { generateSql } from '../core/sql/generate';
import { findTemplate, TEMPLATES } from '../core/templates';
import { parseArgs } from './args';
import { EXIT_FAILURE, EXIT_OK, EXIT_PROBLEMS, HELP, main } from './main';

const ROOT = join(import.meta.dirname, '..', '..');
const BIN = join(ROOT, 'bin', 'chflow.mjs');
const FIXTURE = join(import.meta.dirname, '__fixtures__', 'dedup.chflow.json');

let dir: string;
const file = (name: string) => join(dir, name);

beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'chflow-cli-'));
  writeFileSync(file('aiven.chflow.json'), serializeDesign(findTemplate('aiven-kafka-replicated')!.build()));
  // A view with no target: generates (as a comment) but has errors.
  const broken = findTemplate('json-events-monthly-ttl')!.build();
  writeFileSync(file('unfinished.chflow.json'), serializeDesign({ ...broken, links: broken.links.slice(0, 2) }));
  writeFileSync(file('broken.json'), '{ "format": "chflow-design", "version": 1,\n  "pipeline": { "entities": [ } }\n');
});

afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** Runs main() in-process with captured output. */
function cli(argv: string[], stdin = '') {
  let out = '';
  let err = '';
  const code = main(argv, { out: (t) => (out += t), err: (t) => (err += t), readStdin: () => stdin }, '9.9.9');
  return { code, out, err };
}

function designOf(path: string) {
  const r = parseDesign(readFileSync(path, 'utf8'));
  if (!r.ok) throw new Error(r.error);
  return r.pipeline;
}

describe('parseArgs', () => {
  it('separates the command, positionals and -o', () => {
    expect(parseArgs(['sql', 'a.json', '-o', 'b.sql'])).toEqual({
      ok: true,
      args: { command: 'sql', positionals: ['a.json'], output: 'b.sql', help: false, version: false },
    });
    expect(parseArgs(['sql', '--output=b.sql', '-'])).toMatchObject({ ok: true, args: { positionals: ['-'], output: 'b.sql' } });
  });

  it('refuses unknown options and a dangling -o', () => {
    expect(parseArgs(['sql', '--pretty'])).toEqual({ ok: false, error: 'unknown option --pretty' });
    expect(parseArgs(['sql', 'a.json', '-o'])).toEqual({ ok: false, error: '-o needs a file name' });
  });
});

describe('chflow in-process', () => {
  it('sql prints exactly what the generator makes', () => {
    const r = cli(['sql', FIXTURE]);
    expect(r.code).toBe(EXIT_OK);
    expect(r.out).toBe(generateSql(designOf(FIXTURE)).text);
    expect(r.out).toContain('ENGINE = ReplacingMergeTree');
    expect(r.err).toBe('');
  });

  it('sql -o writes the file and keeps stdout empty', () => {
    const r = cli(['sql', FIXTURE, '-o', file('out.sql')]);
    expect(r.code).toBe(EXIT_OK);
    expect(r.out).toBe('');
    expect(readFileSync(file('out.sql'), 'utf8')).toBe(generateSql(designOf(FIXTURE)).text);
  });

  it('sql reads standard input for -', () => {
    const text = readFileSync(file('aiven.chflow.json'), 'utf8');
    expect(cli(['sql', '-'], text).out).toBe(generateSql(designOf(file('aiven.chflow.json'))).text);
  });

  it('sql of a design with errors still prints, with a note on stderr', () => {
    const r = cli(['sql', file('unfinished.chflow.json')]);
    expect(r.code).toBe(EXIT_OK);
    expect(r.out).toBe(generateSql(designOf(file('unfinished.chflow.json'))).text);
    expect(r.err).toMatch(/note: the design has \d+ errors?; run chflow validate/);
  });

  it('validate lists every diagnostic and exits 1 on errors', () => {
    const p = designOf(file('unfinished.chflow.json'));
    const diagnostics = validate(p);
    expect(diagnostics.some((d) => d.severity === 'error')).toBe(true);
    const r = cli(['validate', file('unfinished.chflow.json')]);
    expect(r.code).toBe(EXIT_PROBLEMS);
    const lines = r.out.trimEnd().split('\n');
    expect(lines).toHaveLength(diagnostics.length + 1);
    diagnostics.forEach((d, i) => {
      expect(lines[i]).toMatch(new RegExp(`^${d.severity}\\s`));
      expect(lines[i]).toContain(d.message);
      expect(lines[i]).toContain(`[${d.code}]`);
    });
    expect(lines.at(-1)).toMatch(/^\d+ errors?, \d+ warnings?$/);
  });

  it('validate exits 0 on a clean design', () => {
    const r = cli(['validate', file('aiven.chflow.json')]);
    expect(r).toEqual({ code: EXIT_OK, out: 'No problems found.\n', err: '' });
  });

  it('a broken file is exit 2 with the parse error on stderr', () => {
    const r = cli(['sql', file('broken.json')]);
    expect(r.code).toBe(EXIT_FAILURE);
    expect(r.out).toBe('');
    expect(r.err).toMatch(/broken\.json: Not valid JSON: line 2, column 31: expected a value but found '}'/);
  });

  it('a missing file, a missing argument and an unknown command are exit 2', () => {
    expect(cli(['sql', file('nope.json')])).toMatchObject({ code: EXIT_FAILURE, err: expect.stringMatching(/nope\.json: no such file/) });
    expect(cli(['validate'])).toMatchObject({ code: EXIT_FAILURE, err: expect.stringMatching(/missing the design file/) });
    expect(cli(['sqll', 'x'])).toMatchObject({ code: EXIT_FAILURE, err: expect.stringMatching(/unknown command "sqll"/) });
    expect(cli(['sql', 'a', 'b'])).toMatchObject({ code: EXIT_FAILURE, err: expect.stringMatching(/unexpected argument b/) });
    expect(cli([])).toMatchObject({ code: EXIT_FAILURE, err: HELP });
  });

  it('passes on warnings about dropped links', () => {
    const p = JSON.parse(readFileSync(FIXTURE, 'utf8'));
    p.pipeline.links.push({ id: 'stray', source: 'nowhere', target: p.pipeline.entities[0].id });
    const r = cli(['sql', '-'], JSON.stringify(p));
    expect(r.code).toBe(EXIT_OK);
    expect(r.err).toMatch(/^warning: pipeline\.links\[3\] points at "nowhere"/);
  });

  it('help, version and templates', () => {
    expect(cli(['--help'])).toEqual({ code: EXIT_OK, out: HELP, err: '' });
    expect(cli(['--version']).out).toBe('9.9.9\n');
    const list = cli(['templates']).out;
    for (const t of TEMPLATES) expect(list).toContain(t.id);
    // Aggregating templates list the query that reads their states back, as SQL comments.
    const withReadBack = TEMPLATES.filter((t) => t.readBack);
    expect(withReadBack.length).toBeGreaterThan(0);
    for (const t of withReadBack) for (const line of t.readBack!.trim().split('\n')) expect(list).toContain(`-- ${line}\n`);
  });

  it('template prints a design file that opens to the template', () => {
    const r = cli(['template', 'json-events-monthly-ttl']);
    const opened = parseDesign(r.out);
    expect(opened.ok).toBe(true);
    if (opened.ok) expect(generateSql(opened.pipeline).text).toBe(generateSql(findTemplate('json-events-monthly-ttl')!.build()).text);
    expect(cli(['template', 'nope'])).toMatchObject({ code: EXIT_FAILURE, err: expect.stringMatching(/no template "nope"/) });
  });
});

describe('bin/chflow.mjs end to end', () => {
  const run = (...args: string[]) => spawnSync(process.execPath, [BIN, ...args], { cwd: dir, encoding: 'utf8', timeout: 30_000 });

  it('sql prints the generator output for a saved design', () => {
    const r = run('sql', FIXTURE);
    expect(r.stderr).toBe('');
    expect(r.status).toBe(0);
    expect(r.stdout).toBe(generateSql(designOf(FIXTURE)).text);
  });

  it('sql -o writes a file relative to the working directory', () => {
    const r = run('sql', 'aiven.chflow.json', '-o', 'aiven.sql');
    expect(r.status).toBe(0);
    expect(readFileSync(file('aiven.sql'), 'utf8')).toBe(generateSql(designOf(file('aiven.chflow.json'))).text);
  });

  it('validate exits 1 on errors', () => {
    const r = run('validate', 'unfinished.chflow.json');
    expect(r.status).toBe(1);
    expect(r.stdout).toMatch(/^error\s/m);
  });

  it('a broken file exits 2 with the message on stderr', () => {
    const r = run('sql', 'broken.json');
    expect(r.status).toBe(2);
    expect(r.stdout).toBe('');
    expect(r.stderr).toContain('broken.json: Not valid JSON: line 2, column 31');
  });

  it('--help prints usage', () => {
    const r = run('--help');
    expect(r.status).toBe(0);
    expect(r.stdout).toBe(HELP);
  });
});
