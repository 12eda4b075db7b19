// Access for Playwright (dev and e2e builds only): Monaco renders just
// the visible lines, so tests read the SQL and the design from here.
import { generateSql } from './core/sql/generate';
import { validate } from './core/rules/validate';
import { useDesign } from './store/designStore';
import type { Pipeline } from './core/model/types';

declare global {
  interface Window {
    __chflow?: {
      sql(): string;
      pipeline(): unknown;
      diagnostics(): unknown;
      editorText(): string | null;
      /** Opens a design as a whole (as Open… does): benchmarks and scale tests build big ones. */
      load(p: unknown): void;
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
    load: (p) => useDesign.getState().replace(p as Pipeline),
  };
}
