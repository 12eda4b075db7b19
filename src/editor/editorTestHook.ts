// Playwright reads the model through window (Monaco renders only the visible lines);
// only dev and e2e builds expose it, like src/testHook.ts.
import type * as Monaco from 'monaco-editor/editor/editor.api';

declare global {
  interface Window {
    __chflowEditorText?: () => string;
    __chflowMonacoReady?: boolean;
  }
}

export function exposeEditorForTests(model: Monaco.editor.ITextModel): () => void {
  if (!import.meta.env.DEV && import.meta.env.VITE_TEST_HOOK !== '1') return () => {};
  const read = () => model.getValue();
  window.__chflowEditorText = read;
  window.__chflowMonacoReady = true;
  return () => {
    if (window.__chflowEditorText === read) {
      delete window.__chflowEditorText;
      window.__chflowMonacoReady = false;
    }
  };
}
