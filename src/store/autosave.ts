// Browser side of autosave: restores the saved design at start, writes the
// design to localStorage a moment after each change and when the page is
// hidden, and sets an unreadable save aside (never overwrites it) with a
// message saying where it went. Encoding and checks live in core/persistence.
// The design's trust (trust.ts) is saved with it, so a reload of someone else's
// design is still someone else's design.
import { create } from 'zustand';
import {
  AUTOSAVE_CORRUPT_PREFIX,
  AUTOSAVE_KEY,
  corruptKey,
  decodeAutosave,
  encodeAutosave,
  type AutosaveTrust,
} from '../core/persistence/autosave';
import type { Pipeline } from '../core/model/types';
import { useDesign } from './designStore';
import { isDesignOrigin, trustFor, type DesignTrust } from './trust';
import { isReadOnly } from './viewMode';

/** The part of the Web Storage API autosave uses (a Map-backed fake in tests). */
export type StorageLike = Pick<Storage, 'getItem' | 'setItem' | 'removeItem' | 'key' | 'length'>;

export interface AutosaveOptions {
  /** Where to save; null when the browser refuses storage. Default: window.localStorage. */
  storage?: () => StorageLike | null;
  debounceMs?: number;
  now?: () => Date;
  /** Calls `flush` when the page goes away; returns the unsubscribe. Default: pagehide and hidden visibility. */
  onLeave?: (flush: () => void) => () => void;
}

export interface AutosaveHandle {
  /** Writes a pending change now. */
  flush(): void;
  stop(): void;
}

export const AUTOSAVE_DEBOUNCE_MS = 300;

/** Copies of unreadable saves still in storage, newest last; the toolbar offers them for download. */
export const useAutosaveStatus = create<{ kept: string[] }>()(() => ({ kept: [] }));

let activeStorage: StorageLike | null = null;

function browserStorage(): StorageLike | null {
  try {
    // Reading the property itself throws where storage is blocked (sandboxed frames, some privacy modes).
    return typeof window === 'undefined' ? null : window.localStorage;
  } catch {
    return null;
  }
}

function browserLeave(flush: () => void): () => void {
  const onHidden = () => {
    if (document.visibilityState === 'hidden') flush();
  };
  window.addEventListener('pagehide', flush);
  document.addEventListener('visibilitychange', onHidden);
  return () => {
    window.removeEventListener('pagehide', flush);
    document.removeEventListener('visibilitychange', onHidden);
  };
}

function keptKeys(storage: StorageLike): string[] {
  const out: string[] = [];
  for (let i = 0; i < storage.length; i++) {
    const k = storage.key(i);
    if (k?.startsWith(AUTOSAVE_CORRUPT_PREFIX)) out.push(k);
  }
  return out.sort();
}

function refreshKept(): void {
  let kept: string[] = [];
  try {
    if (activeStorage) kept = keptKeys(activeStorage);
  } catch {
    kept = [];
  }
  useAutosaveStatus.setState({ kept });
}

/** The text of a set-aside save, or null when it is gone. */
export function keptCopyText(key: string): string | null {
  try {
    return activeStorage?.getItem(key) ?? null;
  } catch {
    return null;
  }
}

export function discardKeptCopy(key: string): void {
  try {
    activeStorage?.removeItem(key);
  } catch {
    // Nothing more to do: the list below shows whether it is still there.
  }
  refreshKept();
}

/**
 * The trust of a restored design. A save without the flag was written before
 * chflow recorded where designs came from; it may hold a design opened from a
 * stranger's link (those were autosaved too), so it is untrusted and asks once.
 */
export function restoredTrust(saved: AutosaveTrust | null): DesignTrust {
  if (!saved) return trustFor('unknown', 'an autosave from an earlier chflow, which did not record where the design came from');
  const origin = isDesignOrigin(saved.origin) ? saved.origin : 'unknown';
  return { ...trustFor(origin, saved.source), trusted: saved.trusted };
}

const reason = (e: unknown) => (e instanceof Error ? e.message : String(e));

/** Restores the saved design (if any) and keeps saving from now on. Never throws. */
export function startAutosave(options: AutosaveOptions = {}): AutosaveHandle {
  const debounceMs = options.debounceMs ?? AUTOSAVE_DEBOUNCE_MS;
  const now = options.now ?? (() => new Date());
  const storage = (options.storage ?? browserStorage)();
  const design = useDesign.getState();
  let warned = false;
  const warnOnce = (text: string) => {
    if (warned) return;
    warned = true;
    useDesign.getState().notify('error', text);
  };

  activeStorage = storage;
  const idle: AutosaveHandle = { flush() {}, stop() {} };
  // A read-only view (embed) shows someone else's design: it must neither load nor overwrite the visitor's save.
  if (isReadOnly()) return idle;
  if (!storage) {
    warnOnce('Autosave is off: this browser does not let chflow keep data here. Use Save to keep your design in a file.');
    refreshKept();
    return idle;
  }

  let raw: string | null;
  try {
    raw = storage.getItem(AUTOSAVE_KEY);
  } catch (e) {
    warnOnce(`Autosave is off: the browser's storage cannot be read (${reason(e)}). Use Save to keep your design in a file.`);
    return idle;
  }

  const decoded = decodeAutosave(raw);
  if (decoded.kind === 'ok') {
    design.replace(decoded.pipeline, { undoable: false, trust: restoredTrust(decoded.trust) });
    if (decoded.warnings.length > 0)
      design.notify('info', `Restored your autosaved design; fixed on the way: ${decoded.warnings.join('; ')}`);
  } else if (decoded.kind === 'corrupt') {
    const copy = corruptKey(now(), (k) => storage.getItem(k) !== null);
    try {
      storage.setItem(copy, raw!);
      storage.removeItem(AUTOSAVE_KEY);
    } catch (e) {
      // The bad save could not be copied: leave it where it is and do not save over it.
      design.notify(
        'error',
        `Your autosaved design could not be restored (${decoded.error}) and could not be set aside (${reason(e)}). ` +
          `Autosave is paused so the old save is not overwritten; it is still under "${AUTOSAVE_KEY}" in this browser's storage.`,
      );
      refreshKept();
      return idle;
    }
    design.notify(
      'error',
      `Your autosaved design could not be restored: ${decoded.error}. It was kept aside as "${copy}" in this browser's storage; ` +
        'download it with Recover… in the toolbar. You start with an empty design.',
    );
  }
  refreshKept();

  let saved: Pipeline = useDesign.getState().pipeline;
  let savedTrust: DesignTrust = useDesign.getState().trust;
  let timer: ReturnType<typeof setTimeout> | null = null;

  const write = () => {
    if (timer !== null) clearTimeout(timer);
    timer = null;
    const { pipeline: p, trust } = useDesign.getState();
    // A read-only link opened later (hashchange) shows someone else's design: keep the visitor's save.
    if ((p === saved && trust === savedTrust) || isReadOnly()) return;
    try {
      storage.setItem(AUTOSAVE_KEY, encodeAutosave(p, now(), trust));
      saved = p;
      savedTrust = trust;
    } catch (e) {
      warnOnce(`Autosave failed: the browser's storage is full or blocked (${reason(e)}). Use Save to keep your design in a file.`);
    }
  };

  const unsubscribe = useDesign.subscribe((s, prev) => {
    // Consent changes only the trust, and must survive a reload too.
    if (s.pipeline === prev.pipeline && s.trust === prev.trust) return;
    if (timer !== null) clearTimeout(timer);
    timer = setTimeout(write, debounceMs);
  });
  const unlisten = (options.onLeave ?? browserLeave)(write);

  return {
    flush: write,
    stop() {
      if (timer !== null) clearTimeout(timer);
      timer = null;
      unsubscribe();
      unlisten();
    },
  };
}
