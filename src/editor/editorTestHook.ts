// Playwright reads the model through window (Monaco renders only the visible lines);
// only dev and e2e builds expose it, like src/testHook.ts.
import type * as Monaco from 'monaco-editor/editor/editor.api';

declare global {
  interface Window {
    __chflowEditorText?: () => string;
    __chflowMonacoReady?: boolean;
    /** Called after every change of the model's text (the browser benchmark times keystrokes with it). */
    __chflowOnEditorChange?: () => void;
  }
}

export function exposeEditorForTests(model: Monaco.editor.ITextModel): () => void {
  if (!import.meta.env.DEV && import.meta.env.VITE_TEST_HOOK !== '1') return () => {};
  const read = () => model.getValue();
  window.__chflowEditorText = read;
  window.__chflowMonacoReady = true;
  const changes = model.onDidChangeContent(() => window.__chflowOnEditorChange?.());
  return () => {
    changes.dispose();
    if (window.__chflowEditorText === read) {
      delete window.__chflowEditorText;
      window.__chflowMonacoReady = false;
    }
  };
}
