import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { addEntity, updateEntity } from '../core/model/operations';
import { emptyPipeline } from '../core/model/types';
import { AUTOSAVE_CORRUPT_PREFIX, AUTOSAVE_KEY, decodeAutosave, encodeAutosave } from '../core/persistence/autosave';
import { canonicalPipeline } from '../core/persistence/designFile';
import { TEMPLATES } from '../core/templates';
import { AUTOSAVE_DEBOUNCE_MS, discardKeptCopy, keptCopyText, startAutosave, useAutosaveStatus, type AutosaveHandle, type StorageLike } from './autosave';
import { selectCanUndo, useDesign } from './designStore';
import { useViewMode } from './viewMode';

class MemoryStorage implements StorageLike {
  map = new Map<string, string>();
  writes = 0;
  failWrites: Error | null = null;
  get length() {
    return this.map.size;
  }
  key(i: number) {
    return [...this.map.keys()][i] ?? null;
  }
  getItem(k: string) {
    return this.map.get(k) ?? null;
  }
  setItem(k: string, v: string) {
    if (this.failWrites) throw this.failWrites;
    this.writes++;
    this.map.set(k, String(v));
  }
  removeItem(k: string) {
    this.map.delete(k);
  }
}

const s = () => useDesign.getState();
const NOW = new Date('2026-01-02T03:04:05.000Z');
let handle: AutosaveHandle | null = null;
let leave: (() => void) | null = null;

function start(storage: StorageLike | null) {
  handle = startAutosave({ storage: () => storage, now: () => NOW, onLeave: (f) => ((leave = f), () => (leave = null)) });
  return handle;
}

const quota = () => Object.assign(new Error('The quota has been exceeded.'), { name: 'QuotaExceededError' });

beforeEach(() => {
  vi.useFakeTimers();
  s().replace(emptyPipeline(), { undoable: false });
  s().clearNotice();
});
afterEach(() => {
  handle?.stop();
  handle = null;
  vi.useRealTimers();
});

describe('autosave in the browser store', () => {
  it('restores a saved design at start without an undo step', () => {
    const storage = new MemoryStorage();
    const design = TEMPLATES[0]!.build();
    storage.map.set(AUTOSAVE_KEY, encodeAutosave(design, NOW));
    start(storage);
    expect(s().pipeline).toEqual(canonicalPipeline(design));
    expect(selectCanUndo(s())).toBe(false);
    expect(s().notice).toBeNull();
  });

  it('saves a while after the last change, once per burst', () => {
    const storage = new MemoryStorage();
    start(storage);
    s().change((p) => addEntity(p, 'kafkaTopic', { x: 0, y: 0 }).pipeline);
    const id = s().pipeline.entities[0]!.id;
    for (const name of ['a', 'ab', 'abc']) {
      vi.advanceTimersByTime(AUTOSAVE_DEBOUNCE_MS - 50);
      s().change((p) => updateEntity(p, id, { name }));
    }
    expect(storage.writes).toBe(0);
    vi.advanceTimersByTime(AUTOSAVE_DEBOUNCE_MS);
    expect(storage.writes).toBe(1);
    const back = decodeAutosave(storage.getItem(AUTOSAVE_KEY));
    expect(back.kind === 'ok' && back.pipeline.entities[0]!.name).toBe('abc');
    expect(back.kind === 'ok' && back.savedAt).toBe(NOW.toISOString());
  });

  it('writes a pending change at once when the page goes away, and nothing when nothing changed', () => {
    const storage = new MemoryStorage();
    start(storage);
    leave!();
    expect(storage.writes).toBe(0);
    s().replace(TEMPLATES[1]!.build());
    leave!();
    expect(storage.writes).toBe(1);
    vi.advanceTimersByTime(AUTOSAVE_DEBOUNCE_MS * 2);
    expect(storage.writes).toBe(1);
  });

  it('saves undo and redo too', () => {
    const storage = new MemoryStorage();
    start(storage);
    s().replace(TEMPLATES[1]!.build());
    handle!.flush();
    s().undo();
    handle!.flush();
    const back = decodeAutosave(storage.getItem(AUTOSAVE_KEY));
    expect(back.kind === 'ok' && back.pipeline.entities).toEqual([]);
  });

  it('sets a corrupt save aside with a message, never overwriting it, and offers it for download', () => {
    const storage = new MemoryStorage();
    const bad = '{"format":"chflow-autosave","version":1,"savedAt":"x","design":{"format":"chflow-de';
    storage.map.set(AUTOSAVE_KEY, bad);
    start(storage);
    const copies = [...storage.map.keys()].filter((k) => k.startsWith(AUTOSAVE_CORRUPT_PREFIX));
    expect(copies).toHaveLength(1);
    expect(storage.getItem(copies[0]!)).toBe(bad);
    expect(storage.getItem(AUTOSAVE_KEY)).toBeNull();
    expect(s().pipeline.entities).toEqual([]);
    expect(s().notice?.kind).toBe('error');
    expect(s().notice?.text).toContain('cut off');
    expect(s().notice?.text).toContain(copies[0]!);
    expect(s().notice?.text).toContain('Recover');
    expect(useAutosaveStatus.getState().kept).toEqual(copies);
    expect(keptCopyText(copies[0]!)).toBe(bad);

    // The app keeps working and saving; the copy stays.
    s().replace(TEMPLATES[0]!.build());
    handle!.flush();
    expect(decodeAutosave(storage.getItem(AUTOSAVE_KEY)).kind).toBe('ok');
    expect(storage.getItem(copies[0]!)).toBe(bad);

    discardKeptCopy(copies[0]!);
    expect(storage.getItem(copies[0]!)).toBeNull();
    expect(useAutosaveStatus.getState().kept).toEqual([]);
  });

  it('keeps an earlier corrupt copy when another one is set aside at the same moment', () => {
    const storage = new MemoryStorage();
    storage.map.set(AUTOSAVE_KEY, 'not json');
    start(storage);
    handle!.stop();
    storage.map.set(AUTOSAVE_KEY, '{"format":"chflow-autosave","version":99}');
    start(storage);
    expect(s().notice?.text).toContain('newer chflow');
    const copies = [...storage.map.entries()].filter(([k]) => k.startsWith(AUTOSAVE_CORRUPT_PREFIX)).map(([, v]) => v);
    expect(copies.sort()).toEqual(['not json', '{"format":"chflow-autosave","version":99}'].sort());
    expect(useAutosaveStatus.getState().kept).toHaveLength(2);
  });

  it('pauses autosave instead of overwriting a corrupt save it cannot copy', () => {
    const storage = new MemoryStorage();
    storage.map.set(AUTOSAVE_KEY, '{broken');
    storage.failWrites = quota();
    start(storage);
    expect(s().notice?.text).toMatch(/could not be set aside.*paused/);
    storage.failWrites = null;
    s().replace(TEMPLATES[0]!.build());
    handle!.flush();
    vi.advanceTimersByTime(AUTOSAVE_DEBOUNCE_MS * 2);
    expect(storage.getItem(AUTOSAVE_KEY)).toBe('{broken');
  });

  it('warns once when storage is unavailable or full, and never throws', () => {
    expect(() => start(null)).not.toThrow();
    expect(s().notice?.text).toMatch(/Autosave is off/);
    handle!.stop();
    s().clearNotice();

    const storage = new MemoryStorage();
    start(storage);
    storage.failWrites = quota();
    s().replace(TEMPLATES[0]!.build());
    expect(() => handle!.flush()).not.toThrow();
    const first = s().notice;
    expect(first?.text).toMatch(/Autosave failed.*quota/);
    s().clearNotice();
    s().replace(TEMPLATES[1]!.build());
    handle!.flush();
    expect(s().notice).toBeNull();
    // Once space is back, saving resumes.
    storage.failWrites = null;
    handle!.flush();
    expect(decodeAutosave(storage.getItem(AUTOSAVE_KEY)).kind).toBe('ok');
  });

  it('survives storage whose reads throw', () => {
    const storage = new MemoryStorage();
    storage.getItem = () => {
      throw new Error('SecurityError');
    };
    expect(() => start(storage)).not.toThrow();
    expect(s().notice?.text).toContain('SecurityError');
  });

  it('stops saving after stop()', () => {
    const storage = new MemoryStorage();
    start(storage).stop();
    s().replace(TEMPLATES[0]!.build());
    vi.advanceTimersByTime(AUTOSAVE_DEBOUNCE_MS * 2);
    expect(storage.writes).toBe(0);
  });

  it('neither restores nor writes in a read-only view, also one entered later', () => {
    const storage = new MemoryStorage();
    const mine = encodeAutosave(TEMPLATES[0]!.build(), NOW);
    storage.map.set(AUTOSAVE_KEY, mine);
    const flags = useViewMode.getState();
    try {
      useViewMode.setState({ readOnly: true });
      start(storage);
      expect(s().pipeline.entities).toEqual([]);
      handle!.stop();
      useViewMode.setState({ readOnly: false });
      start(storage);
      useViewMode.setState({ readOnly: true });
      s().replace(TEMPLATES[1]!.build(), { undoable: false });
      handle!.flush();
      expect(storage.getItem(AUTOSAVE_KEY)).toBe(mine);
    } finally {
      useViewMode.setState({ readOnly: flags.readOnly });
    }
  });
});
