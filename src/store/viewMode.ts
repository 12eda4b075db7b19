// How the app is being viewed: editable, or read-only (an embed in a
// documentation page, opened from a link with `ro=1`). Read once from the URL
// fragment when this module loads, before anything renders, so that every part
// of the app (and the autosave) knows the mode from the first moment.
import { create } from 'zustand';
import { DEFAULT_FLAGS, DESIGN_PARAM, fragmentParams, readFlags, type ShareFlags } from '../core/share/flags';

export interface ViewModeState extends ShareFlags {
  /** Apply the flags of a link opened later (hashchange). */
  setFlags(flags: ShareFlags): void;
}

function initialFlags(): ShareFlags {
  if (typeof window === 'undefined') return DEFAULT_FLAGS;
  const params = fragmentParams(window.location.hash);
  // Read-only only makes sense for a design that comes with the link.
  return params.has(DESIGN_PARAM) ? readFlags(params) : DEFAULT_FLAGS;
}

export const useViewMode = create<ViewModeState>()((set) => ({
  ...initialFlags(),
  setFlags(flags) {
    set({ readOnly: flags.readOnly, view: flags.view, theme: flags.theme });
  },
}));

/** True in an embed / read-only view: nothing may change the design. */
export const useReadOnly = (): boolean => useViewMode((s) => s.readOnly);

/** For code outside React (autosave, shortcuts): the same answer as useReadOnly. */
export const isReadOnly = (): boolean => useViewMode.getState().readOnly;
