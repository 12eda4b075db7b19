import { beforeEach, describe, expect, it, vi } from 'vitest';
import type { SqlScript } from '../core/sql/generate';
import type { Pipeline } from '../core/model/types';

const calls = vi.hoisted(() => ({ n: 0, fail: false }));
vi.mock('../core/sql/generate', () => ({
  generateSql: (p: Pipeline): SqlScript => {
    calls.n++;
    if (calls.fail) throw new Error('boom\nhere');
    return { text: `-- ${p.entities.length}`, statements: [] };
  },
}));

const { countLines, entityRange, entityText, markerSpecs, scriptFor } = await import('./sqlDerived');

const pipeline = (): Pipeline => ({ entities: [], links: [], options: { cluster: '', createDatabases: false } }) as unknown as Pipeline;

const script: SqlScript = {
  text: 'A1\nA2\n\nB1\nB2\nB3\n\nA3',
  statements: [
    { entityId: 'a', startLine: 1, endLine: 2, text: 'A1\nA2' },
    { entityId: 'b', startLine: 4, endLine: 6, text: 'B1\nB2\nB3' },
    { entityId: 'a', startLine: 8, endLine: 8, text: 'A3' },
  ],
};

describe('scriptFor', () => {
  beforeEach(() => {
    calls.n = 0;
    calls.fail = false;
  });

  it('generates once per pipeline object', () => {
    const p = pipeline();
    const first = scriptFor(p);
    expect(scriptFor(p)).toBe(first);
    expect(calls.n).toBe(1);
    scriptFor(pipeline());
    expect(calls.n).toBe(2);
  });

  it('turns a generator failure into a one-line SQL comment', () => {
    calls.fail = true;
    const s = scriptFor(pipeline());
    expect(s.text).toBe('-- SQL generation failed: boom here');
    expect(s.statements).toEqual([]);
  });
});

describe('statement lookup', () => {
  it('spans every statement of an entity', () => {
    expect(entityRange(script, 'a')).toEqual({ startLine: 1, endLine: 8 });
    expect(entityRange(script, 'b')).toEqual({ startLine: 4, endLine: 6 });
    expect(entityRange(script, 'zzz')).toBeNull();
    expect(entityRange(script, null)).toBeNull();
  });

  it('copies an entity’s statements in order', () => {
    expect(entityText(script, 'a')).toBe('A1\nA2\n\nA3');
    expect(entityText(script, 'zzz')).toBeNull();
  });

  it('places diagnostics on their entity’s lines and skips entities without SQL', () => {
    const specs = markerSpecs(
      script,
      [
        { code: 'x', severity: 'error', entityId: 'b', message: 'bad' },
        { code: 'y', severity: 'warning', entityId: 'topic', message: 'no sql' },
      ],
      8,
    );
    expect(specs).toEqual([{ code: 'x', severity: 'error', message: 'bad', startLine: 4, endLine: 6 }]);
    // A stale range is clamped to the model.
    expect(markerSpecs(script, [{ code: 'x', severity: 'error', entityId: 'b', message: 'm' }], 5)[0]).toMatchObject({ startLine: 4, endLine: 5 });
  });

  it('counts lines as an editor shows them', () => {
    expect(countLines('')).toBe(0);
    expect(countLines('a')).toBe(1);
    expect(countLines('a\nb')).toBe(2);
    expect(countLines('a\nb\n')).toBe(2);
  });
});
