// Keeps a Monaco editor in step with the design store: the generated text, the selected
// node's highlight and the diagnostics as markers. It subscribes to the store directly
// (not through React) so a keystroke reaches the model inside the same task. Markers
// come from the settled design (validation waits for a pause in typing) and are
// placed on the lines of the text as it is now.
import type * as Monaco from 'monaco-editor/editor/editor.api';
import { useDesign, type DesignState } from '../store/designStore';
import { diagnosticsOf } from '../store/derived';
import { useSettled } from '../store/settledDesign';
import type { SqlScript } from '../core/sql/generate';
import { entityRange, markerSpecs, scriptFor } from './sqlDerived';
import { scriptEdits } from './scriptEdits';
import { minimalEdit, type TextEdit } from './textEdit';
import { isNewDesign } from '../core/model/replaced';

const MARKER_OWNER = 'chflow';

export function bindEditorToStore(
  monaco: typeof Monaco,
  editor: Monaco.editor.IStandaloneCodeEditor,
  model: Monaco.editor.ITextModel,
): () => void {
  let shown = model.getValue();
  let shownScript: SqlScript | null = null;
  let markerKey = '';
  let shownRange: string | null = null;
  let markerLines = '';
  const selection = editor.createDecorationsCollection();

  const syncText = (script: SqlScript) => {
    const text = script.text;
    if (text === shown) return;
    const crlf = text.includes('\r') || shown.includes('\r');
    const pieces = crlf ? null : (shownScript && scriptEdits(shownScript, script)) ?? wholeTextEdit(shown, text);
    if (pieces) {
      model.applyEdits(
        pieces.map((edit) => {
          const from = model.getPositionAt(edit.start);
          const to = model.getPositionAt(edit.end);
          return { range: new monaco.Range(from.lineNumber, from.column, to.lineNumber, to.column), text: edit.text };
        }),
      );
    } else {
      model.setValue(text);
    }
    shown = text;
    shownScript = script;
  };

  const syncMarkers = () => {
    const current = useDesign.getState().pipeline;
    markerLines = linesOf(scriptFor(current));
    const specs = markerSpecs(scriptFor(current), diagnosticsOf(useSettled.getState().pipeline).all, model.getLineCount());
    const key = JSON.stringify(specs);
    if (key === markerKey) return;
    markerKey = key;
    monaco.editor.setModelMarkers(
      model,
      MARKER_OWNER,
      specs.map((m) => ({
        severity: m.severity === 'error' ? monaco.MarkerSeverity.Error : monaco.MarkerSeverity.Warning,
        message: m.message,
        code: m.code,
        source: 'chflow',
        startLineNumber: m.startLine,
        startColumn: 1,
        endLineNumber: m.endLine,
        endColumn: model.getLineMaxColumn(m.endLine),
      })),
    );
  };

  const syncSelection = (s: DesignState, selectionChanged: boolean) => {
    const r = entityRange(scriptFor(s.pipeline), s.selectedId);
    const key = r ? `${r.startLine}:${r.endLine}` : null;
    if (!r) {
      selection.clear();
    } else if (key !== shownRange) {
      selection.set([
        {
          range: new monaco.Range(r.startLine, 1, r.endLine, 1),
          options: {
            isWholeLine: true,
            className: 'sql-selected-line',
            glyphMarginClassName: 'sql-selected-glyph',
            glyphMarginHoverMessage: { value: 'Selected node' },
            overviewRuler: { color: '#2563eb80', position: monaco.editor.OverviewRulerLane.Left },
          },
        },
      ]);
    }
    // Scroll only when the user picks a node (or its SQL first appears), not while typing in it.
    if (r && (selectionChanged || shownRange === null)) {
      editor.revealLinesInCenterIfOutsideViewport(r.startLine, r.endLine, monaco.editor.ScrollType.Smooth);
    }
    shownRange = key;
  };

  const initial = useDesign.getState();
  syncText(scriptFor(initial.pipeline));
  syncMarkers();
  syncSelection(initial, true);

  const offDesign = useDesign.subscribe((s, prev) => {
    const pipelineChanged = s.pipeline !== prev.pipeline;
    if (pipelineChanged) {
      syncText(scriptFor(s.pipeline));
      // Another design (a template, a file): its SQL is read from the top, not where the old one was.
      if (isNewDesign(prev.pipeline, s.pipeline)) editor.setScrollTop(0);
      // Markers change only when the statements' lines move (typing rarely moves them);
      // new diagnostics arrive through the subscription below.
      if (linesOf(scriptFor(s.pipeline)) !== markerLines) syncMarkers();
    }
    if (pipelineChanged || s.selectedId !== prev.selectedId) syncSelection(s, s.selectedId !== prev.selectedId);
  });
  const offSettled = useSettled.subscribe(syncMarkers);
  return () => {
    offDesign();
    offSettled();
  };
}

/** Where every statement starts and ends: markers need moving exactly when this changes. */
function linesOf(script: SqlScript): string {
  let key = '';
  for (const st of script.statements) key += `${st.startLine}-${st.endLine},`;
  return key;
}

function wholeTextEdit(before: string, after: string): TextEdit[] | null {
  const e = minimalEdit(before, after);
  return e ? [e] : null;
}
