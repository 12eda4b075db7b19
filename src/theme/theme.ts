// Light/dark for the whole app. The preference (system, light or dark) is kept in
// localStorage; the effective theme is written to <html data-theme>, which the
// CSS variables in app.css follow, and announced to subscribers (React Flow,
// Monaco). "system" tracks prefers-color-scheme live.
export type ThemePreference = 'system' | 'light' | 'dark';
export type Theme = 'light' | 'dark';

export const THEME_STORAGE_KEY = 'chflow.theme';
export const THEME_PREFERENCES: readonly ThemePreference[] = ['system', 'light', 'dark'];

type Listener = () => void;
const listeners = new Set<Listener>();

const media = (): MediaQueryList | null =>
  typeof matchMedia === 'function' ? matchMedia('(prefers-color-scheme: dark)') : null;

function readStored(): ThemePreference {
  try {
    const v = globalThis.localStorage?.getItem(THEME_STORAGE_KEY);
    return v === 'light' || v === 'dark' || v === 'system' ? v : 'system';
  } catch {
    // Storage can be blocked (private mode, sandboxed iframe): follow the system.
    return 'system';
  }
}

let preference: ThemePreference = readStored();
let effective: Theme = resolve(preference);

function resolve(p: ThemePreference): Theme {
  if (p !== 'system') return p;
  return media()?.matches ? 'dark' : 'light';
}

function update(): void {
  const next = resolve(preference);
  if (typeof document !== 'undefined') document.documentElement.dataset['theme'] = next;
  if (next === effective) return;
  effective = next;
  for (const l of listeners) l();
}

export function themePreference(): ThemePreference {
  return preference;
}

export function effectiveTheme(): Theme {
  return effective;
}

/** Changes the preference; `persist: false` is for views (embeds) that must not touch the user's choice. */
export function setThemePreference(next: ThemePreference, persist = true): void {
  if (persist) {
    try {
      globalThis.localStorage?.setItem(THEME_STORAGE_KEY, next);
    } catch {
      // Not saved; the choice still applies to this page.
    }
  }
  const changed = next !== preference;
  preference = next;
  update();
  if (changed) for (const l of listeners) l();
}

/** Called on every change of preference or effective theme; returns the unsubscribe function. */
export function subscribeTheme(listener: Listener): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

/** Writes data-theme for the first paint and starts following the system. Idempotent. */
let started = false;
export function startTheme(): void {
  if (started) return;
  started = true;
  update();
  media()?.addEventListener('change', update);
}
