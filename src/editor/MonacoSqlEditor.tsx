// The Monaco view of the SQL. Loaded through a dynamic import from SqlPane, so Monaco
// and the ClickHouse lexicon stay out of the bundle that renders the canvas.
import { memo, useLayoutEffect, useRef } from 'react';
import { monaco } from './monacoSetup';
import { CLICKHOUSE_SQL } from './clickhouseLanguage';
import { currentTheme } from './themes';
import { bindEditorToStore } from './editorSync';
import { exposeEditorForTests } from './editorTestHook';

function MonacoSqlEditorView() {
  const host = useRef<HTMLDivElement>(null);

  useLayoutEffect(() => {
    const el = host.current;
    if (!el) return;
    const model = monaco.editor.createModel('', CLICKHOUSE_SQL);
    model.setEOL(monaco.editor.EndOfLineSequence.LF);
    const editor = monaco.editor.create(el, {
      model,
      theme: currentTheme(),
      readOnly: true,
      readOnlyMessage: { value: 'The SQL is generated from the design: edit the nodes instead.' },
      // Read-only editors hide squiggles by default; we want the diagnostics visible.
      renderValidationDecorations: 'on',
      automaticLayout: true,
      glyphMargin: true,
      minimap: { enabled: false },
      scrollBeyondLastLine: false,
      // The sticky header would show a lone `(` over the highlighted statement.
      stickyScroll: { enabled: false },
      fixedOverflowWidgets: true,
      // Same local font stack as the plain-text fallback (editor.css), so the swap does not jump.
      fontFamily: getComputedStyle(el).getPropertyValue('--sql-font').trim() || 'monospace',
      fontSize: 12,
      lineHeight: 18,
      tabSize: 2,
      wordWrap: 'off',
      ariaLabel: 'Generated ClickHouse SQL',
    });
    const unbind = bindEditorToStore(monaco, editor, model);
    const unexpose = exposeEditorForTests(model);
    return () => {
      unexpose();
      unbind();
      editor.dispose();
      model.dispose();
    };
  }, []);

  return <div ref={host} className="sql-editor" data-testid="sql.editor" />;
}

export const MonacoSqlEditor = memo(MonacoSqlEditorView);
