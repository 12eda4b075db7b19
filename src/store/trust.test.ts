// Trust rules: where a design came from decides whether it may run on an engine,
// the flag follows the document through edits and undo, and the autosave keeps it.
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { updateEntity } from '../core/model/operations';
import { emptyPipeline } from '../core/model/types';
import { AUTOSAVE_KEY, decodeAutosave, encodeAutosave } from '../core/persistence/autosave';
import { serializeDesign } from '../core/persistence/designFile';
import { TEMPLATES } from '../core/templates';
import { newDesign, openDesignText } from '../toolbar/designActions';
import { applyTemplate } from '../toolbar/templateActions';
import { restoredTrust, startAutosave, type AutosaveHandle, type StorageLike } from './autosave';
import { useDesign } from './designStore';
import { trustFor } from './trust';

const s = () => useDesign.getState();
const yes = () => true;
const noLeave = () => () => {};
const design = () => TEMPLATES[1]!.build();

function memory(): StorageLike & { map: Map<string, string> } {
  const map = new Map<string, string>();
  return {
    map,
    get length() {
      return map.size;
    },
    key: (i) => [...map.keys()][i] ?? null,
    getItem: (k) => map.get(k) ?? null,
    setItem: (k, v) => void map.set(k, v),
    removeItem: (k) => void map.delete(k),
  };
}

let handle: AutosaveHandle | null = null;
beforeEach(() => {
  vi.useFakeTimers();
  s().replace(emptyPipeline(), { undoable: false, trust: trustFor('new') });
});
afterEach(() => {
  handle?.stop();
  handle = null;
  vi.useRealTimers();
});

describe('where a design comes from', () => {
  it('New and the built-in templates are trusted; a file is not, and says which file', () => {
    expect(newDesign(yes)).toBe(true);
    expect(s().trust).toMatchObject({ trusted: true, origin: 'new' });
    expect(applyTemplate(TEMPLATES[0]!.id, yes)).toBe(true);
    expect(s().trust).toMatchObject({ trusted: true, origin: 'template' });
    expect(openDesignText('shared.chflow.json', serializeDesign(design()), yes)).toBe(true);
    expect(s().trust).toEqual({ trusted: false, origin: 'file', source: 'the file shared.chflow.json' });
  });

  it('a file that does not parse leaves the design and its trust alone', () => {
    applyTemplate(TEMPLATES[0]!.id, yes);
    const before = s().trust;
    expect(openDesignText('bad.chflow.json', '{', yes)).toBe(false);
    expect(s().trust).toBe(before);
  });

  it('a replace that does not say where the design came from is untrusted', () => {
    s().replace(design());
    expect(s().trust).toMatchObject({ trusted: false, origin: 'unknown' });
  });

  it('editing an untrusted design does not make it trusted; consent does, for every state of it', () => {
    s().replace(design(), { trust: trustFor('link') });
    const id = s().pipeline.entities[0]!.id;
    s().change((p) => updateEntity(p, id, { comment: 'mine now?' }));
    expect(s().trust.trusted).toBe(false);
    s().trustDesign();
    expect(s().trust).toMatchObject({ trusted: true, origin: 'link', source: 'a share link' });
    s().undo();
    expect(s().trust.trusted).toBe(true);
    s().redo();
    expect(s().trust.trusted).toBe(true);
  });

  it('Undo and Redo across a replace bring each document’s own trust', () => {
    s().replace(design(), { trust: trustFor('link') });
    expect(s().trust.trusted).toBe(false);
    s().undo();
    expect(s().trust).toMatchObject({ trusted: true, origin: 'new' });
    s().redo();
    expect(s().trust).toMatchObject({ trusted: false, origin: 'link' });
    // A trusted template opened over it: Undo goes back to the untrusted one, not a trusted copy of it.
    applyTemplate(TEMPLATES[0]!.id, yes);
    s().undo();
    expect(s().trust).toMatchObject({ trusted: false, origin: 'link' });
  });
});

describe('trust in the autosave', () => {
  it('an untrusted design is saved untrusted, and consent is saved too', () => {
    const storage = memory();
    handle = startAutosave({ storage: () => storage, debounceMs: 10, onLeave: noLeave });
    s().replace(design(), { trust: trustFor('file', 'the file x.chflow.json') });
    vi.advanceTimersByTime(20);
    const first = decodeAutosave(storage.map.get(AUTOSAVE_KEY));
    expect(first).toMatchObject({ kind: 'ok', trust: { trusted: false, origin: 'file', source: 'the file x.chflow.json' } });
    s().trustDesign();
    vi.advanceTimersByTime(20);
    expect(decodeAutosave(storage.map.get(AUTOSAVE_KEY))).toMatchObject({ kind: 'ok', trust: { trusted: true, origin: 'file' } });
  });

  it('a reload restores the design with its trust', () => {
    const storage = memory();
    const p = design();
    storage.setItem(AUTOSAVE_KEY, encodeAutosave(p, new Date(), { trusted: false, origin: 'link', source: 'a share link' }));
    handle = startAutosave({ storage: () => storage, onLeave: noLeave });
    expect(s().pipeline.entities.length).toBe(p.entities.length);
    expect(s().trust).toEqual({ trusted: false, origin: 'link', source: 'a share link' });
    handle.stop();
    storage.setItem(AUTOSAVE_KEY, encodeAutosave(p, new Date(), { trusted: true, origin: 'link', source: 'a share link' }));
    handle = startAutosave({ storage: () => storage, onLeave: noLeave });
    expect(s().trust.trusted).toBe(true);
  });

  it('an older save without the flag, or with a malformed one, is untrusted and says why', () => {
    const old = JSON.parse(encodeAutosave(design(), new Date())) as Record<string, unknown>;
    expect(old['trust']).toBeUndefined();
    expect(restoredTrust(null)).toMatchObject({ trusted: false, origin: 'unknown', source: expect.stringMatching(/earlier chflow/) });
    const odd = JSON.stringify({ ...old, trust: { trusted: 'yes', origin: 'new', source: '' } });
    const decoded = decodeAutosave(odd);
    expect(decoded).toMatchObject({ kind: 'ok', trust: null });
    expect(restoredTrust({ trusted: true, origin: 'martian', source: 'somewhere' })).toEqual({ trusted: true, origin: 'unknown', source: 'somewhere' });
  });
});
