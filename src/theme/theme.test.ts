import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';

// The module reads storage and the media query when it loads, so each case
// installs fakes and imports a fresh copy.
function fakeEnv(stored: string | null, systemDark: boolean) {
  const store = new Map<string, string>(stored === null ? [] : [['chflow.theme', stored]]);
  const mediaListeners: (() => void)[] = [];
  const mq = { matches: systemDark, addEventListener: (_: string, f: () => void) => mediaListeners.push(f) };
  const root = { dataset: {} as Record<string, string> };
  vi.stubGlobal('localStorage', { getItem: (k: string) => store.get(k) ?? null, setItem: (k: string, v: string) => store.set(k, v) });
  vi.stubGlobal('matchMedia', () => mq);
  vi.stubGlobal('document', { documentElement: root });
  return {
    store,
    root,
    setSystemDark(dark: boolean) {
      mq.matches = dark;
      for (const f of mediaListeners) f();
    },
  };
}

beforeEach(() => vi.resetModules());
afterEach(() => vi.unstubAllGlobals());

describe('theme', () => {
  it('follows the system by default, live', async () => {
    const env = fakeEnv(null, true);
    const t = await import('./theme');
    t.startTheme();
    expect(t.themePreference()).toBe('system');
    expect(env.root.dataset['theme']).toBe('dark');
    const seen: string[] = [];
    t.subscribeTheme(() => seen.push(t.effectiveTheme()));
    env.setSystemDark(false);
    expect(env.root.dataset['theme']).toBe('light');
    expect(seen).toEqual(['light']);
  });

  it('keeps a chosen theme across loads and ignores the system while chosen', async () => {
    const env = fakeEnv(null, false);
    let t = await import('./theme');
    t.startTheme();
    t.setThemePreference('dark');
    expect(env.store.get('chflow.theme')).toBe('dark');
    expect(env.root.dataset['theme']).toBe('dark');
    env.setSystemDark(false);
    expect(t.effectiveTheme()).toBe('dark');

    vi.resetModules();
    t = await import('./theme');
    t.startTheme();
    expect(t.themePreference()).toBe('dark');
    expect(env.root.dataset['theme']).toBe('dark');
  });

  it('does not persist when asked not to, and survives a bad stored value or blocked storage', async () => {
    const env = fakeEnv('purple', false);
    const t = await import('./theme');
    expect(t.themePreference()).toBe('system');
    t.setThemePreference('dark', false);
    expect(env.store.get('chflow.theme')).toBe('purple');
    expect(t.effectiveTheme()).toBe('dark');

    vi.resetModules();
    vi.stubGlobal('localStorage', {
      getItem: () => {
        throw new Error('blocked');
      },
      setItem: () => {
        throw new Error('blocked');
      },
    });
    const t2 = await import('./theme');
    expect(t2.themePreference()).toBe('system');
    expect(() => t2.setThemePreference('light')).not.toThrow();
    expect(t2.effectiveTheme()).toBe('light');
  });
});
