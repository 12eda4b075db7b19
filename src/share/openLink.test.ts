import { beforeEach, describe, expect, it } from 'vitest';
import { parseDesign, serializeDesign } from '../core/persistence/designFile';
import { encodeShare } from '../core/share/shareLink';
import { emptyPipeline, type Pipeline } from '../core/model/types';
import { findTemplate, TEMPLATES } from '../core/templates';
import { useDesign } from '../store/designStore';
import { useViewMode } from '../store/viewMode';
import { useLinkStore } from './linkStore';
import { handleFragment, keepMine, openPending } from './openLink';

/** The design as a link (or a file) carries it. */
function canonicalPipeline(p: Pipeline): Pipeline {
  const r = parseDesign(serializeDesign(p));
  if (!r.ok) throw new Error(r.error);
  return r.pipeline;
}

let cleared = 0;
const clear = () => void cleared++;
const mine = () => findTemplate(TEMPLATES[0]!.id)!.build();
const shared = () => TEMPLATES[1]!.build();

beforeEach(() => {
  cleared = 0;
  useDesign.getState().replace(emptyPipeline(), { undoable: false });
  useDesign.setState({ notice: null });
  useLinkStore.setState({ pending: null, error: null });
  useViewMode.getState().setFlags({ readOnly: false, view: 'both', theme: null });
});

describe('opening a share link', () => {
  it('ignores fragments without a design', () => {
    expect(handleFragment('#section', clear)).toBe('none');
    expect(handleFragment('', clear)).toBe('none');
    expect(cleared).toBe(0);
  });

  it('opens directly over an empty design, as an undoable step, and clears the address bar', () => {
    const p = shared();
    expect(handleFragment(`#${encodeShare(p)}`, clear)).toBe('opened');
    expect(useDesign.getState().pipeline).toEqual(canonicalPipeline(p));
    expect(useDesign.getState().trust).toMatchObject({ trusted: false, origin: 'link', source: 'a share link' });
    expect(cleared).toBe(1);
    useDesign.getState().undo();
    expect(useDesign.getState().pipeline.entities).toEqual([]);
  });

  it('asks before replacing the visitor’s design; Open keeps theirs one Undo away', () => {
    const own = mine();
    useDesign.getState().replace(own, { undoable: false });
    const p = shared();
    expect(handleFragment(`#${encodeShare(p)}`, clear)).toBe('asked');
    expect(useDesign.getState().pipeline).toBe(own);
    expect(useLinkStore.getState().pending?.pipeline).toEqual(canonicalPipeline(p));
    openPending(clear);
    expect(useDesign.getState().pipeline).toEqual(canonicalPipeline(p));
    expect(useDesign.getState().trust).toMatchObject({ trusted: false, origin: 'link' });
    expect(useLinkStore.getState().pending).toBeNull();
    expect(useDesign.getState().notice?.text).toMatch(/Undo/);
    useDesign.getState().undo();
    expect(useDesign.getState().pipeline).toBe(own);
    expect(cleared).toBe(1);
  });

  it('Keep mine leaves the design alone', () => {
    const own = mine();
    useDesign.getState().replace(own, { undoable: false });
    handleFragment(`#${encodeShare(shared())}`, clear);
    keepMine(clear);
    expect(useDesign.getState().pipeline).toBe(own);
    expect(useLinkStore.getState().pending).toBeNull();
    expect(cleared).toBe(1);
  });

  it('does not ask when the link holds the design already open', () => {
    const own = mine();
    useDesign.getState().replace(own, { undoable: false });
    expect(handleFragment(`#${encodeShare(own)}`, clear)).toBe('same');
    expect(useLinkStore.getState().pending).toBeNull();
  });

  it('read-only links show the design without an undo step and keep the fragment', () => {
    const own = mine();
    useDesign.getState().replace(own, { undoable: false });
    const p = shared();
    expect(handleFragment(`#${encodeShare(p, { readOnly: true, view: 'sql', theme: 'dark' })}`, clear)).toBe('shown');
    expect(useDesign.getState().pipeline).toEqual(canonicalPipeline(p));
    expect(useDesign.getState().history.past).toHaveLength(0);
    expect(useViewMode.getState()).toMatchObject({ readOnly: true, view: 'sql', theme: 'dark' });
    expect(useDesign.getState().trust).toMatchObject({ trusted: false, origin: 'embed' });
    expect(cleared).toBe(0);
  });

  it('a broken link says why and leaves the design alone', () => {
    const own = mine();
    useDesign.getState().replace(own, { undoable: false });
    const good = encodeShare(shared());
    expect(handleFragment(`#${good.slice(0, good.length / 2)}`, clear)).toBe('error');
    expect(useDesign.getState().pipeline).toBe(own);
    expect(useLinkStore.getState().error).toMatch(/cannot be read/);
    expect(useDesign.getState().notice).toMatchObject({ kind: 'error' });
  });
});
