import { describe, expect, it } from 'vitest';
import { emptyPipeline } from '../model/types';
import { TEMPLATES } from '../templates';
import { generateSql } from '../sql/generate';
import {
  AUTOSAVE_CORRUPT_PREFIX,
  AUTOSAVE_FORMAT,
  AUTOSAVE_VERSION,
  corruptKey,
  corruptKeyTime,
  decodeAutosave,
  encodeAutosave,
  type AutosaveProblem,
} from './autosave';
import { canonicalPipeline, DESIGN_VERSION, serializeDesign } from './designFile';
import type { MigrationStep } from './migrations';

const AT = new Date('2026-03-04T05:06:07.089Z');

function problemOf(text: string | null): AutosaveProblem | 'ok' | 'empty' {
  const r = decodeAutosave(text);
  return r.kind === 'corrupt' ? r.problem : r.kind;
}

function envelope(overrides: Record<string, unknown> = {}): string {
  return JSON.stringify({ ...JSON.parse(encodeAutosave(TEMPLATES[0]!.build(), AT)), ...overrides });
}

describe('autosave envelope', () => {
  it('round-trips every template exactly', () => {
    for (const t of TEMPLATES) {
      const p = t.build();
      const r = decodeAutosave(encodeAutosave(p, AT));
      expect(r.kind, t.id).toBe('ok');
      if (r.kind !== 'ok') continue;
      expect(r.pipeline).toEqual(canonicalPipeline(p));
      expect(generateSql(r.pipeline).text).toBe(generateSql(p).text);
      expect(r.savedAt).toBe(AT.toISOString());
      expect(r.warnings).toEqual([]);
    }
  });

  it('wraps a design file document in a versioned envelope', () => {
    const p = TEMPLATES[1]!.build();
    const env = JSON.parse(encodeAutosave(p, AT));
    expect(env).toMatchObject({ format: AUTOSAVE_FORMAT, version: AUTOSAVE_VERSION, savedAt: AT.toISOString() });
    expect(env.design).toEqual(JSON.parse(serializeDesign(p)));
  });

  it('treats nothing stored as empty, not corrupt', () => {
    expect(decodeAutosave(null)).toEqual({ kind: 'empty' });
    expect(decodeAutosave(undefined)).toEqual({ kind: 'empty' });
    expect(problemOf(encodeAutosave(emptyPipeline(), AT))).toBe('ok');
  });

  it('upgrades an older design inside the save through the migration table', () => {
    // A pretend version 1 that called entities "nodes"; the current shape is version 2.
    const steps: MigrationStep[] = [
      (raw) => {
        const { nodes, ...rest } = raw as { nodes: unknown };
        return { ...rest, entities: nodes };
      },
    ];
    const p = TEMPLATES[2]!.build();
    const env = JSON.parse(encodeAutosave(p, AT));
    const { entities, ...rest } = env.design.pipeline;
    const old = { ...env, design: { ...env.design, version: 1, pipeline: { ...rest, nodes: entities } } };
    const r = decodeAutosave(JSON.stringify(old), steps);
    expect(r.kind).toBe('ok');
    if (r.kind === 'ok') expect(r.pipeline).toEqual(canonicalPipeline(p));
    // Version 2 is current for that table and is read as is; version 3 is from the future.
    expect(decodeAutosave(JSON.stringify({ ...env, design: { ...env.design, version: 2 } }), steps).kind).toBe('ok');
    const future = decodeAutosave(JSON.stringify({ ...env, design: { ...env.design, version: 3 } }), steps);
    expect(future).toMatchObject({ kind: 'corrupt', problem: 'newer' });
  });
});

describe('corrupt autosaves give a reason and never throw', () => {
  const good = encodeAutosave(TEMPLATES[0]!.build(), AT);

  it('classifies truncated text, at every cut', () => {
    // Every prefix of a real save: cut inside strings, numbers, literals, between tokens.
    for (let cut = 1; cut < good.length; cut++) expect(problemOf(good.slice(0, cut)), `cut ${cut}`).toBe('truncated');
    expect(problemOf('')).toBe('truncated');
    expect(problemOf('   ')).toBe('truncated');
  });

  it('classifies text that is not JSON', () => {
    const r = decodeAutosave("{'format': 'chflow-autosave'}");
    expect(r).toMatchObject({ kind: 'corrupt', problem: 'notJson', error: expect.stringMatching(/line 1, column 2/) });
    expect(problemOf('[object Object]')).toBe('notJson');
    expect(problemOf(good + 'x')).toBe('notJson');
  });

  it('classifies JSON that is not an autosave', () => {
    expect(problemOf('42')).toBe('foreign');
    expect(problemOf('null')).toBe('foreign');
    expect(problemOf('[]')).toBe('foreign');
    expect(problemOf(JSON.stringify({ theme: 'dark' }))).toBe('foreign');
    // A bare design file is a file, not an autosave.
    expect(problemOf(serializeDesign(TEMPLATES[0]!.build()))).toBe('foreign');
  });

  it('classifies wrong and newer envelope versions', () => {
    expect(problemOf(envelope({ version: AUTOSAVE_VERSION + 1 }))).toBe('newer');
    for (const v of [0, -1, 1.5, '1', null, undefined]) expect(problemOf(envelope({ version: v })), String(v)).toBe('version');
    expect(decodeAutosave(envelope({ version: 7 }))).toMatchObject({ error: expect.stringContaining('newer chflow') });
  });

  it('classifies a design of a newer version', () => {
    const env = JSON.parse(good);
    env.design.version = DESIGN_VERSION + 1;
    expect(decodeAutosave(JSON.stringify(env))).toMatchObject({ kind: 'corrupt', problem: 'newer', error: expect.stringContaining('design version') });
  });

  it('classifies wrong shapes inside the design, naming where', () => {
    const cases: [string, (d: any) => void, RegExp][] = [
      ['no design', (env) => delete env.design, /not a chflow design file/],
      ['design is a string', (env) => (env.design = 'x'), /not an object/],
      ['entities not a list', (env) => (env.design.pipeline.entities = {}), /entities/],
      ['entity without kind', (env) => delete env.design.pipeline.entities[0].kind, /entities\[0\]/],
      ['column type a number', (env) => {
        const e = env.design.pipeline.entities.find((x: any) => Array.isArray(x.columns) && x.columns.length > 0);
        e.columns[0].type = 5;
      }, /columns\[0\]\.type/],
    ];
    for (const [name, spoil, message] of cases) {
      const env = JSON.parse(good);
      spoil(env);
      const r = decodeAutosave(JSON.stringify(env));
      expect(r.kind, name).toBe('corrupt');
      if (r.kind === 'corrupt') {
        expect(r.problem, name).toBe('design');
        expect(r.error, name).toMatch(message);
      }
    }
  });

  it('survives odd inputs and a migration step that throws', () => {
    expect(() => decodeAutosave(42 as unknown as string)).not.toThrow();
    expect(problemOf(42 as unknown as string)).toBe('foreign');
    const env = JSON.parse(good);
    env.design.version = 1;
    const boom: MigrationStep[] = [
      () => {
        throw new Error('boom');
      },
    ];
    expect(decodeAutosave(JSON.stringify(env), boom)).toMatchObject({ kind: 'corrupt', problem: 'design', error: expect.stringContaining('boom') });
  });
});

describe('corrupt copy keys', () => {
  it('are timestamped, unique and readable back', () => {
    const k = corruptKey(AT);
    expect(k.startsWith(AUTOSAVE_CORRUPT_PREFIX)).toBe(true);
    expect(corruptKey(AT, (x) => x === k)).toBe(`${k}-2`);
    expect(corruptKey(AT, (x) => x === k || x === `${k}-2`)).toBe(`${k}-3`);
    expect(corruptKeyTime(k)).toBe('2026-03-04 05:06:07 UTC');
    expect(corruptKeyTime('other')).toBeNull();
  });
});
