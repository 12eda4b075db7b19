// A view in SQL mode (rawSelect set) stays in SQL mode through a design file and a
// share link even while its query is empty; a grid view gets no rawSelect key.
import { describe, expect, it } from 'vitest';
import { pipeline, view } from '../../test/pipelines';
import type { MaterializedView } from '../model/types';
import { decodeShare, encodeShare } from '../share/shareLink';
import { parseDesign, serializeDesign } from './designFile';

function viewOf(rawSelect: string | undefined) {
  const v = view('v', 'mv', [['a', 'x']]);
  return pipeline([rawSelect === undefined ? v : { ...v, mappings: [], rawSelect }]);
}

function readView(text: string): MaterializedView {
  const r = parseDesign(text);
  if (!r.ok) throw new Error(r.error);
  return r.pipeline.entities[0] as MaterializedView;
}

describe('a view kept as SQL in files and links', () => {
  it.each(['', 'SELECT a FROM default.src ARRAY JOIN arr AS a'])('keeps rawSelect %j', (raw) => {
    const text = serializeDesign(viewOf(raw));
    expect(readView(text).rawSelect).toBe(raw);
    const shared = decodeShare(encodeShare(viewOf(raw)));
    expect(shared.ok && (shared.pipeline.entities[0] as MaterializedView).rawSelect).toBe(raw);
  });

  it('writes no rawSelect for a grid view', () => {
    const text = serializeDesign(viewOf(undefined));
    expect(text).not.toContain('rawSelect');
    expect('rawSelect' in readView(text)).toBe(false);
  });
});
