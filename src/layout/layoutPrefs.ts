// How the user arranged the window: side panel width and whether it is folded,
// SQL pane height and whether it is folded, the minimap and its corner. Kept in
// localStorage; a stored value that is missing or out of range falls back to
// the default for that one setting.
import { create } from 'zustand';

export type Corner = 'bottom-right' | 'top-right' | 'top-left';
export const CORNERS: readonly Corner[] = ['bottom-right', 'top-right', 'top-left'];

export interface LayoutPrefs {
  sideWidth: number;
  sideCollapsed: boolean;
  /** null: 40% of the window, decided when the page opens. */
  sqlHeight: number | null;
  sqlCollapsed: boolean;
  minimap: boolean;
  minimapCorner: Corner;
}

export const LAYOUT_KEY = 'chflow.layout.v1';
export const SIDE_MIN = 280;
export const SIDE_MAX = 640;
export const SQL_MIN = 120;

export const DEFAULT_LAYOUT: LayoutPrefs = {
  sideWidth: 360,
  sideCollapsed: false,
  sqlHeight: null,
  sqlCollapsed: false,
  minimap: true,
  minimapCorner: 'bottom-right',
};

const inRange = (v: unknown, min: number, max: number): v is number => typeof v === 'number' && Number.isFinite(v) && v >= min && v <= max;

/** Reads stored preferences; anything unreadable is replaced by its default. */
export function readLayout(text: string | null): LayoutPrefs {
  let raw: Record<string, unknown> = {};
  try {
    const parsed: unknown = text ? JSON.parse(text) : {};
    if (parsed && typeof parsed === 'object' && !Array.isArray(parsed)) raw = parsed as Record<string, unknown>;
  } catch {
    // A broken entry is worth nothing but the defaults.
  }
  const bool = (k: keyof LayoutPrefs) => (typeof raw[k] === 'boolean' ? (raw[k] as boolean) : (DEFAULT_LAYOUT[k] as boolean));
  return {
    sideWidth: inRange(raw['sideWidth'], SIDE_MIN, SIDE_MAX) ? raw['sideWidth'] : DEFAULT_LAYOUT.sideWidth,
    sideCollapsed: bool('sideCollapsed'),
    sqlHeight: inRange(raw['sqlHeight'], SQL_MIN, 10_000) ? raw['sqlHeight'] : null,
    sqlCollapsed: bool('sqlCollapsed'),
    minimap: bool('minimap'),
    minimapCorner: CORNERS.includes(raw['minimapCorner'] as Corner) ? (raw['minimapCorner'] as Corner) : DEFAULT_LAYOUT.minimapCorner,
  };
}

function load(): LayoutPrefs {
  try {
    return readLayout(localStorage.getItem(LAYOUT_KEY));
  } catch {
    return { ...DEFAULT_LAYOUT };
  }
}

export const useLayout = create<LayoutPrefs>()(() => load());

export function setLayout(patch: Partial<LayoutPrefs>): void {
  useLayout.setState(patch);
  try {
    localStorage.setItem(LAYOUT_KEY, JSON.stringify(useLayout.getState()));
  } catch {
    // Private mode or a full quota: the arrangement lasts for this visit only.
  }
}

export const nextCorner = (c: Corner): Corner => CORNERS[(CORNERS.indexOf(c) + 1) % CORNERS.length]!;
