// Projections and constraints in design files and share links: kept with their
// ids, absent when a table has none (files from before them load and save unchanged).
import { describe, expect, it } from 'vitest';
import { col, mergeTree, pipeline } from '../../test/pipelines';
import type { MergeTreeTable } from '../model/types';
import { decodeShare, encodeShare } from '../share/shareLink';
import { DESIGN_FORMAT, DESIGN_VERSION, parseDesign, serializeDesign } from './designFile';

const withParts = () =>
  pipeline([
    mergeTree('t', 'events', [col('a', 'UInt32')], {
      constraints: [{ id: 'c1', name: 'positive', definition: 'CHECK a > 0' }],
      projections: [{ id: 'p1', name: 'by_a', definition: '(\n    SELECT a, count()\n    GROUP BY a\n)' }],
    }),
  ]);

function read(text: string): MergeTreeTable {
  const r = parseDesign(text);
  if (!r.ok) throw new Error(r.error);
  return r.pipeline.entities[0] as MergeTreeTable;
}

const file = (table: Record<string, unknown>) =>
  JSON.stringify({ format: DESIGN_FORMAT, version: DESIGN_VERSION, pipeline: { entities: [{ id: 't', kind: 'mergeTree', name: 'events', ...table }], links: [] } });

describe('projections and constraints in a design file', () => {
  it('round-trip with ids, names and definitions as written', () => {
    const text = serializeDesign(withParts());
    const t = read(text);
    expect(t.projections).toEqual([{ id: 'p1', name: 'by_a', definition: '(\n    SELECT a, count()\n    GROUP BY a\n)' }]);
    expect(t.constraints).toEqual([{ id: 'c1', name: 'positive', definition: 'CHECK a > 0' }]);
    expect(serializeDesign({ ...withParts(), entities: [t] })).toBe(text);
  });

  it('are absent from a table without any, in memory and in the file', () => {
    const t = read(file({ columns: [] }));
    expect('projections' in t).toBe(false);
    expect('constraints' in t).toBe(false);
    const text = serializeDesign(pipeline([mergeTree('t', 'events', [], { projections: [], constraints: [] })]));
    expect(text).not.toContain('projections');
    expect(text).not.toContain('constraints');
  });

  it('give a hand-written row without an id one, and refuse duplicate ids or a row without a name', () => {
    const t = read(file({ projections: [{ name: 'p', definition: '(SELECT *)' }] }));
    expect(t.projections![0]!.id).toMatch(/^prj_/);
    const dup = parseDesign(file({ constraints: [{ id: 'x', name: 'a' }, { id: 'x', name: 'b' }] }));
    expect(dup.ok).toBe(false);
    if (!dup.ok) expect(dup.error).toContain('constraints');
    const unnamed = parseDesign(file({ projections: [{ id: 'x', definition: '(SELECT *)' }] }));
    expect(unnamed.ok).toBe(false);
    if (!unnamed.ok) expect(unnamed.error).toContain('projections[0].name');
  });

  it('travel in a share link', () => {
    const decoded = decodeShare(encodeShare(withParts()));
    if (!('pipeline' in decoded)) throw new Error('expected a design from the link');
    const t = decoded.pipeline.entities[0] as MergeTreeTable;
    expect(t.projections?.map((x) => x.name)).toEqual(['by_a']);
    expect(t.constraints?.map((x) => x.definition)).toEqual(['CHECK a > 0']);
  });
});
