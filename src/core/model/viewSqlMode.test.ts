import { describe, expect, it } from 'vitest';
import { validate } from '../rules/validate';
import { generateSql } from '../sql/generate';
import { TEMPLATES } from '../templates';
import { col, kafka, link, mergeTree, pipeline, view } from '../../test/pipelines';
import type { MaterializedView, Pipeline } from './types';
import { generatedSelect, isRawView, writeViewAsSql } from './viewSqlMode';

const viewsOf = (p: Pipeline) => p.entities.filter((e): e is MaterializedView => e.kind === 'materializedView');
const viewIn = (p: Pipeline, id: string) => viewsOf(p).find((v) => v.id === id)!;

function design(init: Partial<MaterializedView> = {}, options = {}) {
  return pipeline(
    [
      kafka('k', 'events_queue', [col('id', 'UInt64'), col('name'), col('after.id', 'UInt64')], { database: 'service_kafka' }),
      view('v', 'events_mv', [['id', 'id'], ['name', 'upper(name)']], { database: 'shop', ...init }),
      mergeTree('t', 'events', [col('id', 'UInt64'), col('name')], { database: 'shop' }),
    ],
    [link('k', 'v'), link('v', 't')],
    options,
  );
}

function written(p: Pipeline, id: string): Pipeline {
  const r = writeViewAsSql(p, id);
  if (!('pipeline' in r)) throw new Error(r.reason);
  return r.pipeline;
}

describe('Write as SQL', () => {
  it('keeps every template’s script identical, byte for byte, and empties the grid', () => {
    let views = 0;
    for (const t of TEMPLATES) {
      let p = t.build();
      const before = generateSql(p).text;
      for (const v of viewsOf(p)) {
        p = written(p, v.id);
        views++;
        const after = viewIn(p, v.id);
        expect(isRawView(after)).toBe(true);
        expect(after.rawSelect).toMatch(/^SELECT\b/);
        expect(after).toMatchObject({ mappings: [], where: '', groupBy: '' });
      }
      expect(generateSql(p).text, t.id).toBe(before);
    }
    expect(views).toBeGreaterThanOrEqual(TEMPLATES.length);
  });

  it('carries WHERE, GROUP BY, quoting, a comment with AS in it and ON CLUSTER over unchanged', () => {
    const p = design(
      { where: "name != ''\n  AND id > 0", groupBy: 'id, name', comment: "it's AS\nSELECT here" },
      { cluster: 'main' },
    );
    const withQuoted = { ...p, entities: p.entities.map((e) => (e.kind === 'materializedView' ? { ...e, mappings: [...e.mappings, { id: 'm3', target: 'id2', expr: 'after.id' }] } : e)) };
    const before = generateSql(withQuoted).text;
    const after = written(withQuoted, 'v');
    expect(generateSql(after).text).toBe(before);
    expect(viewIn(after, 'v').rawSelect).toContain('`after.id` AS id2');
    expect(viewIn(after, 'v').rawSelect).toMatch(/GROUP BY id, name$/);
  });

  it('is refused, with the generator’s reason, while the view is not written', () => {
    const p = design();
    const noSource = { ...p, links: p.links.filter((l) => l.source !== 'k') };
    expect(writeViewAsSql(noSource, 'v')).toEqual({ reason: expect.stringContaining('it has no source table') });
    const noRows = { ...p, entities: p.entities.map((e) => (e.kind === 'materializedView' ? { ...e, mappings: [] } : e)) };
    expect(writeViewAsSql(noRows, 'v')).toEqual({ reason: expect.stringContaining('no column mappings') });
    expect(writeViewAsSql(written(p, 'v'), 'v')).toEqual({ reason: expect.stringContaining('already') });
  });

  it('generatedSelect is the text after AS in the script', () => {
    const p = design({ where: 'id > 1' });
    const s = generatedSelect(p, 'v');
    if (!('text' in s)) throw new Error(s.reason);
    expect(generateSql(p).text).toContain(`TO shop.events\nAS ${s.text};`);
    expect(s.text).toBe('SELECT\n    id,\n    upper(name) AS name\nFROM service_kafka.events_queue\nWHERE id > 1');
  });
});

describe('validation of a view kept as SQL', () => {
  const codes = (p: Pipeline) => validate(p).filter((d) => d.entityId === 'v');

  it('an empty query is an error on the query field; a blank one too', () => {
    for (const rawSelect of ['', '  \n ']) {
      const found = codes(design({ mappings: [], rawSelect }));
      expect(found).toEqual([expect.objectContaining({ code: 'view.rawSelect.empty', severity: 'error', field: 'rawSelect' })]);
    }
  });

  it('raises no grid or type errors for output the validator cannot type (Check verifies it)', () => {
    // In grid form these rows are refused: an unknown target column and a String into UInt64.
    const grid = design({ mappings: [{ id: 'a', target: 'nope', expr: 'name' }, { id: 'b', target: 'id', expr: 'name' }] });
    expect(codes(grid).filter((d) => d.severity === 'error').length).toBeGreaterThan(0);
    const raw = design({ mappings: [], rawSelect: 'SELECT name AS nope, name AS id FROM service_kafka.events_queue ARRAY JOIN [1] AS x' });
    expect(codes(raw)).toEqual([]);
    const noSource = { ...raw, links: raw.links.filter((l) => l.source !== 'k') };
    expect(codes(noSource)).toEqual([]);
  });
});
