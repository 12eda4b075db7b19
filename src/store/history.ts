// Undo history of the design document, as pure functions over plain data so
// the rules (coalescing, cap, redo cleared by a new edit) are testable without
// the store. Only the pipeline is recorded: selection and UI state are not.
import type { Pipeline } from '../core/model/types';

/** Steps kept; older ones are dropped first. */
export const HISTORY_LIMIT = 200;
/** Edits with the same coalesce key closer together than this form one step (one per typing pause). */
export const COALESCE_MS = 600;

export interface History {
  /** States before each step, oldest first; the last one is what Undo returns to. */
  past: readonly Pipeline[];
  /** States Redo returns to, next one last. */
  future: readonly Pipeline[];
  /** The open step that a following edit with the same key may join. */
  open: { key: string; at: number } | null;
}

export const emptyHistory = (): History => ({ past: [], future: [], open: null });

/**
 * Records an edit that turned `before` into the present state. With a key equal
 * to the open step's key and within COALESCE_MS of its last edit, the edit joins
 * that step; otherwise it starts a new one.
 */
export function record(h: History, before: Pipeline, key: string | null, now: number, limit = HISTORY_LIMIT): History {
  if (key !== null && h.open !== null && h.open.key === key && now - h.open.at <= COALESCE_MS)
    return { past: h.past, future: [], open: { key, at: now } };
  const past = h.past.length >= limit ? [...h.past.slice(h.past.length - limit + 1), before] : [...h.past, before];
  return { past, future: [], open: key === null ? null : { key, at: now } };
}

export interface Step {
  history: History;
  pipeline: Pipeline;
}

export function undo(h: History, present: Pipeline): Step | null {
  const target = h.past[h.past.length - 1];
  if (target === undefined) return null;
  return { pipeline: target, history: { past: h.past.slice(0, -1), future: [...h.future, present], open: null } };
}

export function redo(h: History, present: Pipeline): Step | null {
  const target = h.future[h.future.length - 1];
  if (target === undefined) return null;
  return { pipeline: target, history: { past: [...h.past, present], future: h.future.slice(0, -1), open: null } };
}
