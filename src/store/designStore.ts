// The one store: the design document plus the UI state that belongs with it.
// Every edit goes through `change`, so undo, autosave and the SQL pane can hook
// in one place.
import { create } from 'zustand';
import { emptyPipeline, type Pipeline } from '../core/model/types';

export interface Notice {
  kind: 'error' | 'info';
  text: string;
  /** Monotonic, so the same message shown twice still re-renders. */
  seq: number;
}

export interface DesignState {
  pipeline: Pipeline;
  selectedId: string | null;
  /** Field the side panel should focus (set by the problems list). */
  focusField: string | null;
  notice: Notice | null;
  change(fn: (p: Pipeline) => Pipeline): void;
  replace(p: Pipeline): void;
  select(id: string | null, field?: string | null): void;
  notify(kind: Notice['kind'], text: string): void;
  clearNotice(): void;
}

let seq = 0;

export const useDesign = create<DesignState>()((set, get) => ({
  pipeline: emptyPipeline(),
  selectedId: null,
  focusField: null,
  notice: null,
  change(fn) {
    const before = get().pipeline;
    const after = fn(before);
    if (after !== before) set({ pipeline: after });
  },
  replace(p) {
    set({ pipeline: p, selectedId: null, focusField: null });
  },
  select(id, field = null) {
    set({ selectedId: id, focusField: field });
  },
  notify(kind, text) {
    set({ notice: { kind, text, seq: ++seq } });
  },
  clearNotice() {
    set({ notice: null });
  },
}));
