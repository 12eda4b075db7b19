// The one store: the design document plus the UI state that belongs with it.
// Every edit goes through `change` or `replace`, so undo, autosave and the SQL
// pane hook in one place.
import { create } from 'zustand';
import { emptyPipeline, type Pipeline } from '../core/model/types';
import { emptyHistory, record, redo as redoStep, undo as undoStep, type History, type Step } from './history';
import { typingScope } from './historyScope';
import { continueDocument, grantTrust, startDocument, trustFor, trustOf, UNSTATED_TRUST, type DesignTrust } from './trust';

export interface Notice {
  kind: 'error' | 'info';
  text: string;
  /** Monotonic, so the same message shown twice still re-renders. */
  seq: number;
}

export interface ChangeOptions {
  /**
   * Edits with the same key that follow each other within a short pause form one
   * undo step (e.g. `${entityId}.name` while typing). Without a key the store
   * infers one for edits that only change text inside existing entities.
   */
  coalesceKey?: string;
}

export interface ReplaceOptions {
  /**
   * false: swap the design in without an undo step and start a fresh history
   * (restoring the autosave at start). Default true: Undo brings the old design back.
   */
  undoable?: boolean;
  /** Where the design came from (see trust.ts); unstated means untrusted. */
  trust?: DesignTrust;
}

export interface DesignState {
  pipeline: Pipeline;
  selectedId: string | null;
  /** Field the side panel should focus (set by the problems list). */
  focusField: string | null;
  notice: Notice | null;
  history: History;
  /** May this document run SQL on an engine? Follows the document through edits and undo. */
  trust: DesignTrust;
  change(fn: (p: Pipeline) => Pipeline, options?: ChangeOptions): void;
  replace(p: Pipeline, options?: ReplaceOptions): void;
  undo(): void;
  redo(): void;
  select(id: string | null, field?: string | null): void;
  notify(kind: Notice['kind'], text: string): void;
  clearNotice(): void;
  /** The user allowed this document to run on an engine (the consent dialog). */
  trustDesign(): void;
}

let seq = 0;

export const useDesign = create<DesignState>()((set, get) => {
  const travel = (step: Step | null) => {
    if (!step) return;
    const { selectedId } = get();
    const stillThere = selectedId !== null && step.pipeline.entities.some((e) => e.id === selectedId);
    set({
      pipeline: step.pipeline,
      history: step.history,
      trust: trustOf(step.pipeline),
      ...(stillThere ? {} : { selectedId: null, focusField: null }),
    });
  };
  const initial = emptyPipeline();
  return {
    pipeline: initial,
    selectedId: null,
    focusField: null,
    notice: null,
    history: emptyHistory(),
    trust: startDocument(initial, trustFor('new')),
    change(fn, options) {
      const before = get().pipeline;
      const after = fn(before);
      if (after === before) return;
      const key = options?.coalesceKey ?? typingScope(before, after);
      continueDocument(before, after);
      set({ pipeline: after, history: record(get().history, before, key, Date.now()) });
    },
    replace(p, options) {
      const before = get().pipeline;
      const history =
        options?.undoable === false ? emptyHistory() : p === before ? get().history : record(get().history, before, null, Date.now());
      const trust = startDocument(p, options?.trust ?? UNSTATED_TRUST);
      set({ pipeline: p, history, trust, selectedId: null, focusField: null });
    },
    undo() {
      travel(undoStep(get().history, get().pipeline));
    },
    redo() {
      travel(redoStep(get().history, get().pipeline));
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
    trustDesign() {
      set({ trust: grantTrust(get().pipeline) });
    },
  };
});

export const selectCanUndo = (s: DesignState): boolean => s.history.past.length > 0;
export const selectCanRedo = (s: DesignState): boolean => s.history.future.length > 0;
