import { describe, expect, it } from 'vitest';
import { goldenCases } from '../../test/golden';
import { col, kafka, link, mergeTree, pipeline, topic, view } from '../../test/pipelines';
import type { Pipeline } from '../model/types';
import { generateSql } from './generate';

function seeded(seed: number): () => number {
  let s = seed;
  return () => ((s = (s * 1103515245 + 12345) % 2147483648) / 2147483648);
}

function shuffled<T>(xs: readonly T[], rnd: () => number): T[] {
  const out = [...xs];
  for (let i = out.length - 1; i > 0; i--) {
    const j = Math.floor(rnd() * (i + 1));
    [out[i], out[j]] = [out[j]!, out[i]!];
  }
  return out;
}

describe('generateSql', () => {
  it('gives an empty script for an empty design and for topics alone', () => {
    expect(generateSql(pipeline([]))).toEqual({ text: '', statements: [] });
    expect(generateSql(pipeline([topic('t', 'events')])).statements).toEqual([]);
  });

  it('spans cover exactly their statement lines, separated by one blank line', () => {
    for (const c of goldenCases()) {
      const s = generateSql(c.pipeline);
      const lines = s.text.split('\n');
      let expectedStart = 1;
      for (const st of s.statements) {
        expect(st.startLine).toBe(expectedStart);
        expect(lines.slice(st.startLine - 1, st.endLine).join('\n')).toBe(st.text);
        expectedStart = st.endLine + 2;
        expect(lines[st.endLine]).toBe('');
        if (st.runnable) expect(st.text.endsWith(';')).toBe(true);
        else expect(st.text.split('\n').every((l) => l.startsWith('-- '))).toBe(true);
      }
      expect(s.text.endsWith(';\n') || s.text.endsWith('\n')).toBe(true);
    }
  });

  it('does not depend on entity or link order, positions, or link ids', () => {
    for (const c of goldenCases()) {
      const base = generateSql(c.pipeline).text;
      for (let seed = 1; seed <= 5; seed++) {
        const rnd = seeded(seed);
        const moved: Pipeline = {
          ...c.pipeline,
          entities: shuffled(c.pipeline.entities, rnd).map((e) => ({ ...e, position: { x: rnd() * 1000, y: rnd() * 1000 } })),
          links: shuffled(c.pipeline.links, rnd).map((l, i) => ({ ...l, id: `other${i}` })),
        };
        expect(generateSql(moved).text, `${c.name} with seed ${seed}`).toBe(base);
      }
    }
  });

  it('creates each non-default database once, first, only when asked', () => {
    const p = pipeline(
      [
        kafka('k', 'q', [col('x')], { database: 'ingest' }),
        mergeTree('m', 't', [col('x')], { database: 'analytics' }),
        view('v', 'mv', ['x'], { database: 'analytics' }),
        mergeTree('e', 'empty', [], { database: 'unused' }),
      ],
      [link('k', 'v'), link('v', 'm')],
    );
    const s = generateSql(p);
    expect(s.statements.slice(0, 2).map((x) => [x.kind, x.database, x.text])).toEqual([
      ['database', 'analytics', 'CREATE DATABASE IF NOT EXISTS analytics;'],
      ['database', 'ingest', 'CREATE DATABASE IF NOT EXISTS ingest;'],
    ]);
    expect(s.text).not.toContain('CREATE DATABASE IF NOT EXISTS unused');
    expect(generateSql({ ...p, options: { ...p.options, createDatabases: false } }).text).not.toContain('CREATE DATABASE');
  });

  it('adds ON CLUSTER to every CREATE when a cluster is set', () => {
    const p = pipeline(
      [kafka('k', 'q', [col('x')], { database: 'db' }), mergeTree('m', 't', [col('x')]), view('v', 'mv', ['x'])],
      [link('k', 'v'), link('v', 'm')],
      { cluster: 'my cluster' },
    );
    const creates = generateSql(p).text.split('\n').filter((l) => l.startsWith('CREATE '));
    expect(creates).toHaveLength(4);
    for (const l of creates) expect(l).toContain(' ON CLUSTER `my cluster`');
  });

  it('gives unfinished objects a comment span so the SQL pane can still point at them', () => {
    const p = pipeline([kafka('k', 'q', [col('x')]), view('v', 'mv', ['x'])], [link('k', 'v')]);
    const span = generateSql(p).statements.find((s) => s.entityId === 'v')!;
    expect(span).toMatchObject({ runnable: false, kind: 'materializedView', text: '-- view default.mv is not emitted: it has no TO target' });
  });
});

describe('generateSql after an edit', () => {
  const build = () =>
    pipeline(
      [kafka('k', 'q', [col('x')]), mergeTree('m', 't', [col('x')]), view('v', 'mv', ['x'])],
      [link('k', 'v'), link('v', 'm')],
    );

  it('reflects a renamed target in the view that writes into it', () => {
    const p = build();
    const before = generateSql(p).text;
    expect(before).toContain('TO default.t\n');
    const renamed = { ...p, entities: p.entities.map((e) => (e.id === 'm' ? { ...e, name: 't2' } : e)) };
    const after = generateSql(renamed).text;
    expect(after).toContain('TO default.t2\n');
    expect(after).toContain('CREATE TABLE default.t2\n');
  });

  it('reflects a source losing its columns and a cluster being set', () => {
    const p = build();
    generateSql(p);
    const emptied = { ...p, entities: p.entities.map((e) => (e.id === 'k' ? { ...e, columns: [] } : e)) };
    expect(generateSql(emptied).text).toContain('-- view default.mv is not emitted: its source default.q is not created');
    expect(generateSql({ ...p, options: { ...p.options, cluster: 'c' } }).text).toContain('CREATE MATERIALIZED VIEW default.mv ON CLUSTER c TO');
  });
});
