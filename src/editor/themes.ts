// Light and dark editor themes that follow the app's effective theme (src/theme).
import type * as Monaco from 'monaco-editor/editor/editor.api';
import { effectiveTheme, subscribeTheme } from '../theme/theme';

export const LIGHT_THEME = 'chflow-light';
export const DARK_THEME = 'chflow-dark';

const light: Monaco.editor.IStandaloneThemeData = {
  base: 'vs',
  inherit: true,
  rules: [
    { token: 'keyword', foreground: '0000c0', fontStyle: 'bold' },
    { token: 'predefined', foreground: '795e26' },
    { token: 'type', foreground: '267f99' },
    { token: 'string', foreground: 'a31515' },
    { token: 'string.escape', foreground: 'ee0000' },
    { token: 'number', foreground: '098658' },
    { token: 'comment', foreground: '6a737d', fontStyle: 'italic' },
    { token: 'operator', foreground: '5c5c5c' },
    { token: 'delimiter', foreground: '5c5c5c' },
    { token: 'identifier.quote', foreground: '7c3aed' },
    { token: 'identifier.quoted', foreground: '7c3aed' },
  ],
  colors: {},
};

const dark: Monaco.editor.IStandaloneThemeData = {
  base: 'vs-dark',
  inherit: true,
  rules: [
    { token: 'keyword', foreground: '569cd6', fontStyle: 'bold' },
    { token: 'predefined', foreground: 'dcdcaa' },
    { token: 'type', foreground: '4ec9b0' },
    { token: 'string', foreground: 'ce9178' },
    { token: 'string.escape', foreground: 'd7ba7d' },
    { token: 'number', foreground: 'b5cea8' },
    { token: 'comment', foreground: '6a9955', fontStyle: 'italic' },
    { token: 'operator', foreground: 'b4b4b4' },
    { token: 'delimiter', foreground: 'b4b4b4' },
    { token: 'identifier.quote', foreground: 'c586c0' },
    { token: 'identifier.quoted', foreground: 'c586c0' },
  ],
  colors: {},
};

let installed = false;

/** Defines both themes and keeps the active one in step with the app's theme. */
export function installThemes(monaco: typeof Monaco): void {
  if (installed) return;
  installed = true;
  monaco.editor.defineTheme(LIGHT_THEME, light);
  monaco.editor.defineTheme(DARK_THEME, dark);
  const apply = () => monaco.editor.setTheme(currentTheme());
  apply();
  subscribeTheme(apply);
}

export function currentTheme(): string {
  return effectiveTheme() === 'dark' ? DARK_THEME : LIGHT_THEME;
}
