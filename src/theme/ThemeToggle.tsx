// One button cycling system → light → dark; the label says what is in force.
import { setThemePreference, THEME_PREFERENCES, type ThemePreference } from './theme';
import { useEffectiveTheme, useThemePreference } from './useTheme';

const LABEL: Record<ThemePreference, string> = { system: 'Auto', light: 'Light', dark: 'Dark' };
const ICON: Record<ThemePreference, string> = { system: '◐', light: '☀', dark: '☾' };

export function ThemeToggle() {
  const pref = useThemePreference();
  const theme = useEffectiveTheme();
  const next = THEME_PREFERENCES[(THEME_PREFERENCES.indexOf(pref) + 1) % THEME_PREFERENCES.length]!;
  const title = pref === 'system' ? `Theme: follows the system (now ${theme}); click for ${next}` : `Theme: ${pref}; click for ${next === 'system' ? 'the system theme' : next}`;
  return (
    <button
      type="button"
      className="toolbar-button"
      data-testid="toolbar.theme"
      data-theme-preference={pref}
      title={title}
      aria-label={title}
      onClick={() => setThemePreference(next)}
    >
      <span aria-hidden="true">{ICON[pref]}</span> {LABEL[pref]}
    </button>
  );
}
