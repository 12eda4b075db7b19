// Read-only access for Playwright (dev and e2e builds only): Monaco renders just
// the visible lines, so tests read the SQL and the design from here.
import { generateSql } from './core/sql/generate';
import { validate } from './core/rules/validate';
import { useDesign } from './store/designStore';

declare global {
  interface Window {
    __chflow?: {
      sql(): string;
      pipeline(): unknown;
      diagnostics(): unknown;
      editorText(): string | null;
    };
  }
}

export function installTestHook(): void {
  if (!import.meta.env.DEV && import.meta.env.VITE_TEST_HOOK !== '1') return;
  window.__chflow = {
    sql: () => generateSql(useDesign.getState().pipeline).text,
    pipeline: () => useDesign.getState().pipeline,
    diagnostics: () => validate(useDesign.getState().pipeline),
    editorText: () => (window as unknown as { __chflowEditorText?: () => string }).__chflowEditorText?.() ?? null,
  };
}
