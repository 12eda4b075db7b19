// The baseline: the design as last deployed, which the migration starts from.
// Kept in the browser beside the autosave (as a design file, so a stored
// baseline is read with the same checks and format upgrades as an opened file).
import { create } from 'zustand';
import type { Pipeline } from '../core/model/types';
import { parseDesign, serializeDesign } from '../core/persistence/designFile';

export const BASELINE_KEY = 'chflow.baseline.v1';

interface Stored {
  design: string;
  /** Where it came from, e.g. "marked 2026-12-05 21:40" or "from pipeline.chflow.json". */
  source: string;
}

interface BaselineState {
  baseline: Pipeline | null;
  source: string;
  /** Why a stored baseline could not be read, if it could not. */
  problem: string;
  setBaseline(p: Pipeline, source: string): void;
  clear(): void;
}

function storage(): Storage | null {
  try {
    return typeof localStorage === 'undefined' ? null : localStorage;
  } catch {
    return null;
  }
}

function load(): Pick<BaselineState, 'baseline' | 'source' | 'problem'> {
  const raw = storage()?.getItem(BASELINE_KEY);
  if (!raw) return { baseline: null, source: '', problem: '' };
  try {
    const stored = JSON.parse(raw) as Stored;
    const r = parseDesign(stored.design);
    if (!r.ok) return { baseline: null, source: '', problem: `The stored baseline could not be read (${r.error}); mark a new one.` };
    return { baseline: r.pipeline, source: stored.source, problem: '' };
  } catch (e) {
    return { baseline: null, source: '', problem: `The stored baseline could not be read (${e instanceof Error ? e.message : String(e)}); mark a new one.` };
  }
}

export const useBaseline = create<BaselineState>()((set) => ({
  ...load(),
  setBaseline(p, source) {
    const stored: Stored = { design: serializeDesign(p), source };
    let problem = '';
    try {
      storage()?.setItem(BASELINE_KEY, JSON.stringify(stored));
    } catch (e) {
      // Still usable for this session; say it will not survive a reload.
      problem = `The baseline is kept for this session only: the browser refused to store it (${e instanceof Error ? e.message : String(e)}).`;
    }
    set({ baseline: p, source, problem });
  },
  clear() {
    storage()?.removeItem(BASELINE_KEY);
    set({ baseline: null, source: '', problem: '' });
  },
}));
