import { useSyncExternalStore } from 'react';
import { effectiveTheme, subscribeTheme, themePreference, type Theme, type ThemePreference } from './theme';

const serverTheme = (): Theme => 'light';
const serverPreference = (): ThemePreference => 'system';

/** The theme in effect ('light' | 'dark'), re-rendering when it changes. */
export function useEffectiveTheme(): Theme {
  return useSyncExternalStore(subscribeTheme, effectiveTheme, serverTheme);
}

export function useThemePreference(): ThemePreference {
  return useSyncExternalStore(subscribeTheme, themePreference, serverPreference);
}
