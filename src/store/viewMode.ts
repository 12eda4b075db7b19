// How the app is being viewed: editable, or read-only (an embed in a
// documentation page, opened from a link with `ro=1` or as the `?embed` page).
// Read once from the URL when this module loads, before anything renders, so
// that every part of the app (and the autosave) knows the mode from the first
// moment. The `?embed` query and a cross-origin frame force read-only whatever
// the fragment says: those pages may sit inside a stranger's site.
import { create } from 'zustand';
import { DEFAULT_FLAGS, DESIGN_PARAM, fragmentParams, readFlags, type ShareFlags } from '../core/share/flags';

/** The query parameter that marks the embed page; the server sees it (the fragment it cannot). */
export const EMBED_PARAM = 'embed';

export interface PageMode {
  /** Loaded as the embed page (`?embed`): read-only, and the only page others may frame. */
  embed: boolean;
  /** Inside a frame of another origin (a host that sent no frame headers): read-only, runs nothing. */
  framed: boolean;
}

export interface ViewModeState extends ShareFlags, PageMode {
  /** What the link itself asked for (`ro=1`); readOnly may be forced on top of it. */
  linkReadOnly: boolean;
  /** Apply the flags of a link opened later (hashchange). */
  setFlags(flags: ShareFlags): void;
}

export const isEmbedSearch = (search: string): boolean => new URLSearchParams(search).has(EMBED_PARAM);

/** Read-only as the link asks, or forced by the page (embed, foreign frame). */
export const effectiveReadOnly = (linkReadOnly: boolean, page: PageMode): boolean => linkReadOnly || page.embed || page.framed;

/** True when some ancestor frame has another origin. */
function inForeignFrame(): boolean {
  if (window.top === window.self) return false;
  const ancestors = window.location.ancestorOrigins;
  if (ancestors) return Array.from(ancestors).some((o) => o !== window.location.origin);
  try {
    // Reading a cross-origin frame's location throws.
    return window.top!.location.origin !== window.location.origin;
  } catch {
    return true;
  }
}

function initialState(): ShareFlags & PageMode & { linkReadOnly: boolean } {
  if (typeof window === 'undefined') return { ...DEFAULT_FLAGS, embed: false, framed: false, linkReadOnly: false };
  const page: PageMode = { embed: isEmbedSearch(window.location.search), framed: inForeignFrame() };
  const params = fragmentParams(window.location.hash);
  // Read-only only makes sense for a design that comes with the link, unless the page forces it.
  const flags = params.has(DESIGN_PARAM) ? readFlags(params) : DEFAULT_FLAGS;
  return { ...flags, ...page, linkReadOnly: flags.readOnly, readOnly: effectiveReadOnly(flags.readOnly, page) };
}

export const useViewMode = create<ViewModeState>()((set, get) => ({
  ...initialState(),
  setFlags(flags) {
    set({ linkReadOnly: flags.readOnly, readOnly: effectiveReadOnly(flags.readOnly, get()), view: flags.view, theme: flags.theme });
  },
}));

/** True in an embed / read-only view: nothing may change the design. */
export const useReadOnly = (): boolean => useViewMode((s) => s.readOnly);

/** For code outside React (autosave, shortcuts): the same answer as useReadOnly. */
export const isReadOnly = (): boolean => useViewMode.getState().readOnly;
