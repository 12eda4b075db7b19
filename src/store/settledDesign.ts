// The design as validation sees it. Validating a 500-node design takes tens of
// milliseconds, far more than a frame, so running it per keystroke made typing lag
// behind the SQL pane. Edits that keep the design's shape (typing, a drag, a toggle
// inside a node) settle after a short pause; edits that change which nodes and
// links exist settle at once, so problems never name a node that is gone.
import { create } from 'zustand';
import type { Pipeline } from '../core/model/types';
import { useDesign } from './designStore';

/** Quiet time after the last same-shape edit before problems are brought up to date. */
export const SETTLE_MS = 250;

export const useSettled = create<{ pipeline: Pipeline }>()(() => ({ pipeline: useDesign.getState().pipeline }));

/** Same entity ids in the same order, same links and options: only contents changed. */
export function sameShape(a: Pipeline, b: Pipeline): boolean {
  if (a.links !== b.links || a.options !== b.options || a.entities.length !== b.entities.length) return false;
  for (let i = 0; i < a.entities.length; i++) if (a.entities[i]!.id !== b.entities[i]!.id) return false;
  return true;
}

let timer: ReturnType<typeof setTimeout> | null = null;

/** Brings the settled design up to the current one now (also for tests). */
export function settleNow(): void {
  if (timer !== null) clearTimeout(timer);
  timer = null;
  const current = useDesign.getState().pipeline;
  if (useSettled.getState().pipeline !== current) useSettled.setState({ pipeline: current });
}

useDesign.subscribe((s, prev) => {
  if (s.pipeline === prev.pipeline) return;
  if (!sameShape(useSettled.getState().pipeline, s.pipeline)) return settleNow();
  if (timer !== null) clearTimeout(timer);
  timer = setTimeout(settleNow, SETTLE_MS);
});
