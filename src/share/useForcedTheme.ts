// A link's `theme=` wins over the viewer's setting for this page only: it goes
// through the theme module without being stored, so the viewer's own choice
// is untouched.
import { useEffect } from 'react';
import { useViewMode } from '../store/viewMode';
import { setThemePreference } from '../theme/theme';

export function useForcedTheme(): void {
  const theme = useViewMode((s) => s.theme);
  useEffect(() => {
    if (theme) setThemePreference(theme, false);
  }, [theme]);
}
