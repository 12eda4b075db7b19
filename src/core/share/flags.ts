// The view options a link carries next to the design: `ro=1` read-only,
// `view=canvas|sql|both`, `theme=light|dark`. Unknown or odd values fall back
// to the editable default instead of refusing the link.

export type ShareView = 'canvas' | 'sql' | 'both';
export type ShareTheme = 'light' | 'dark';

export interface ShareFlags {
  readOnly: boolean;
  view: ShareView;
  /** null: follow the visitor's own choice. */
  theme: ShareTheme | null;
}

export const DEFAULT_FLAGS: ShareFlags = { readOnly: false, view: 'both', theme: null };

/** The fragment's `key=value` pairs; tolerant of a leading `#`, empty parts and bad escapes. */
export function fragmentParams(fragment: string): Map<string, string> {
  const params = new Map<string, string>();
  const text = fragment.startsWith('#') ? fragment.slice(1) : fragment;
  for (const part of text.split('&')) {
    if (part === '') continue;
    const eq = part.indexOf('=');
    const key = eq < 0 ? part : part.slice(0, eq);
    const raw = eq < 0 ? '' : part.slice(eq + 1);
    let value = raw;
    try {
      value = decodeURIComponent(raw);
    } catch {
      // A stray % is kept as typed; the design decoder reports it if it matters.
    }
    if (!params.has(key)) params.set(key, value);
  }
  return params;
}

export function readFlags(params: Map<string, string>): ShareFlags {
  const ro = params.get('ro');
  const view = params.get('view');
  const theme = params.get('theme');
  return {
    readOnly: ro === '1' || ro === 'true',
    view: view === 'canvas' || view === 'sql' ? view : 'both',
    theme: theme === 'light' || theme === 'dark' ? theme : null,
  };
}

/** The flags as fragment parts, defaults left out so a plain link stays `#d=…`. */
export function writeFlags(flags: Partial<ShareFlags>): string[] {
  const parts: string[] = [];
  if (flags.readOnly) parts.push('ro=1');
  if (flags.view && flags.view !== 'both') parts.push(`view=${flags.view}`);
  if (flags.theme) parts.push(`theme=${flags.theme}`);
  return parts;
}

/** The fragment parameter that carries the compressed design. */
export const DESIGN_PARAM = 'd';

export function hasSharedDesign(fragment: string): boolean {
  return fragmentParams(fragment).has(DESIGN_PARAM);
}
