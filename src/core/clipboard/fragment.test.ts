import { afterAll, describe, expect, it } from 'vitest';
import { closeNamespace, runInFreshNamespace } from '../../test/chdb';
import { col, kafka, link, mergeTree, pipeline, view } from '../../test/pipelines';
import { renameEntity } from '../model/rename';
import { serializeDesign } from '../persistence/designFile';
import { validate } from '../rules/validate';
import { generateSql } from '../sql/generate';
import { findTemplate } from '../templates';
import { copyName, duplicateEntities, extractFragment, fragmentText, nudgeEntities, pasteFragment, PASTE_OFFSET, readFragment } from './fragment';

afterAll(() => closeNamespace());

function chain() {
  const q = kafka('q', 'events_queue', [col('id', 'UInt64'), col('amount', 'Float64')]);
  const v = view('v', 'events_mv', ['id', 'amount']);
  const t = mergeTree('t', 'events', [col('id', 'UInt64'), col('amount', 'Float64')]);
  return pipeline([q, v, t], [link('q', 'v'), link('v', 't')]);
}

const names = (p: { entities: { name: string }[] }) => p.entities.map((e) => e.name);

describe('copy', () => {
  it('keeps the chosen nodes and only the links between two of them', () => {
    const f = extractFragment(chain(), ['v', 't']);
    expect(f.entities.map((e) => e.id)).toEqual(['v', 't']);
    expect(f.links.map((l) => [l.source, l.target])).toEqual([['v', 't']]);
  });

  it('writes a design file that reads back as the same nodes', () => {
    const text = fragmentText(chain(), ['q', 'v']);
    const read = readFragment(text);
    if (!read.ok) throw new Error(read.error);
    expect(serializeDesign(read.fragment)).toBe(text);
  });
});

describe('reading the clipboard', () => {
  it('refuses text that is not a design, saying where it is wrong', () => {
    expect(readFragment('')).toEqual({ ok: false, error: 'The clipboard is empty.' });
    const notJson = readFragment('hello');
    expect(notJson.ok).toBe(false);
    expect(!notJson.ok && notJson.error).toMatch(/^The clipboard does not hold chflow nodes: /);
    const broken = readFragment(JSON.stringify({ format: 'chflow-design', version: 1, pipeline: { entities: [{ kind: 'mergeTree', id: 'x', name: 5 }], links: [], options: {} } }));
    expect(!broken.ok && broken.error).toContain('pipeline.entities[0]');
    const empty = readFragment(serializeDesign(pipeline([])));
    expect(empty).toEqual({ ok: false, error: 'The copied design has no nodes to paste.' });
  });
});

describe('paste', () => {
  it('gives new ids and unique names, keeps links between copies and moves them by the paste offset', () => {
    const p = chain();
    const r = pasteFragment(p, extractFragment(p, ['q', 'v', 't']));
    expect(names(r.pipeline)).toEqual(['events_queue', 'events_mv', 'events', 'events_queue_2', 'events_mv_2', 'events_2']);
    expect(r.ids).toHaveLength(3);
    for (const id of r.ids) expect(['q', 'v', 't']).not.toContain(id);
    const [q2, v2, t2] = r.ids;
    expect(r.pipeline.links.slice(2).map((l) => [l.source, l.target])).toEqual([
      [q2, v2],
      [v2, t2],
    ]);
    const copy = r.pipeline.entities[3]!;
    expect(copy.position).toEqual({ x: p.entities[0]!.position.x + PASTE_OFFSET.x, y: p.entities[0]!.position.y + PASTE_OFFSET.y });
    // Column ids are fresh too: editing the copy's column must not touch the original's.
    const origCols = (p.entities[0] as { columns: { id: string }[] }).columns.map((c) => c.id);
    const copyCols = (copy as unknown as { columns: { id: string }[] }).columns.map((c) => c.id);
    expect(copyCols.some((id) => origCols.includes(id))).toBe(false);
    expect(r.refused).toEqual([]);
  });

  it('pasting twice keeps counting names up and places the fragment at a chosen point', () => {
    const p = chain();
    const f = extractFragment(p, ['t']);
    const once = pasteFragment(p, f).pipeline;
    const twice = pasteFragment(once, f, { x: 500, y: 700 });
    expect(names(twice.pipeline).slice(3)).toEqual(['events_2', 'events_3']);
    expect(twice.pipeline.entities[4]!.position).toEqual({ x: 500, y: 700 });
  });

  it('counts a copy of a copy on from its suffix; a year stays part of the name', () => {
    const taken = new Set(['events', 'events_2', 'events_2024', 'x_1']);
    expect(copyName('events_2', taken)).toBe('events_3');
    expect(copyName('events', taken)).toBe('events_3');
    expect(copyName('events_2024', taken)).toBe('events_2024_2');
    expect(copyName('x_1', taken)).toBe('x');
    expect(copyName('fresh', taken)).toBe('fresh');
  });

  it('refuses, by name and reason, a link the rules forbid where it is pasted', () => {
    // A fragment from outside claiming two sources for one view.
    const q = kafka('q', 'a_queue', [col('id', 'UInt64')]);
    const q2 = kafka('q2', 'b_queue', [col('id', 'UInt64')]);
    const v = view('v', 'ab_mv', ['id']);
    const bad = { ...pipeline([q, q2, v]), links: [link('q', 'v'), link('q2', 'v')] };
    const r = pasteFragment(pipeline([]), bad);
    expect(r.pipeline.links).toHaveLength(1);
    expect(r.refused).toHaveLength(1);
    expect(r.refused[0]).toMatch(/^b_queue → ab_mv: /);
  });

  it('a duplicated template is valid and its SQL, twice as long, runs on ClickHouse', () => {
    const t = findTemplate('kafka-dead-letter-stream')!.build();
    const r = duplicateEntities(t, t.entities.map((e) => e.id));
    expect(r.pipeline.entities).toHaveLength(2 * t.entities.length);
    expect(r.pipeline.links).toHaveLength(2 * t.links.length);
    expect(validate(r.pipeline).filter((d) => d.severity === 'error')).toEqual([]);
    const script = generateSql(r.pipeline);
    expect(script.statements.length).toBe(2 * generateSql(t).statements.filter((s) => !/CREATE DATABASE/.test(s.text)).length + generateSql(t).statements.filter((s) => /CREATE DATABASE/.test(s.text)).length);
    const { results } = runInFreshNamespace(script.statements.filter((s) => s.runnable !== false).map((s) => s.text));
    for (const x of results) expect(x.error, x.sql).toBe('');
  });
});

describe('nudge and rename', () => {
  it('moves only the given nodes, in one edit, and nothing for a zero step', () => {
    const p = chain();
    const moved = nudgeEntities(p, ['q', 't'], 10, -1);
    expect(moved.entities.map((e) => e.position)).toEqual([
      { x: p.entities[0]!.position.x + 10, y: p.entities[0]!.position.y - 1 },
      p.entities[1]!.position,
      { x: p.entities[2]!.position.x + 10, y: p.entities[2]!.position.y - 1 },
    ]);
    expect(nudgeEntities(p, ['q'], 0, 0)).toBe(p);
    expect(nudgeEntities(p, ['gone'], 5, 5)).toBe(p);
  });

  it('renames with the name trimmed and refuses an empty one', () => {
    const p = chain();
    const r = renameEntity(p, 't', '  events_daily ');
    expect(r.ok && names(r.pipeline)).toEqual(['events_queue', 'events_mv', 'events_daily']);
    expect(renameEntity(p, 't', '   ')).toEqual({ ok: false, error: 'A name cannot be empty.' });
    expect(renameEntity(p, 'nope', 'x').ok).toBe(false);
  });
});
