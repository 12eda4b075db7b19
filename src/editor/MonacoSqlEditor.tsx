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
      // Per-keystroke cost at 500 nodes (profiled): bracket pair colorization re-read the
      // bracket tree on every edit (about 1 ms), indent guides measured pixel positions in
      // the DOM and forced a layout each frame, and the whitespace, unicode, link and
      // colour passes scan changed lines for nothing in generated, read-only SQL.
      bracketPairColorization: { enabled: false },
      matchBrackets: 'never',
      guides: { indentation: false, bracketPairs: false, highlightActiveIndentation: false },
      renderWhitespace: 'none',
      unicodeHighlight: { ambiguousCharacters: false, invisibleCharacters: false, nonBasicASCII: false },
      links: false,
      colorDecorators: false,
      occurrencesHighlight: 'off',
      selectionHighlight: false,
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
