// Keeps a Monaco editor in step with the design store: the generated text, the selected
// node's highlight and the diagnostics as markers. It subscribes to the store directly
// (not through React) so a keystroke reaches the model inside the same task.
import type * as Monaco from 'monaco-editor/editor/editor.api';
import { useDesign, type DesignState } from '../store/designStore';
import { diagnosticsOf } from '../store/derived';
import { entityRange, markerSpecs, scriptFor } from './sqlDerived';
import { minimalEdit } from './textEdit';

const MARKER_OWNER = 'chflow';

export function bindEditorToStore(
  monaco: typeof Monaco,
  editor: Monaco.editor.IStandaloneCodeEditor,
  model: Monaco.editor.ITextModel,
): () => void {
  let shown = model.getValue();
  let markerKey = '';
  let shownRange: string | null = null;
  const selection = editor.createDecorationsCollection();

  const syncText = (text: string) => {
    if (text === shown) return;
    const edit = text.includes('\r') || shown.includes('\r') ? null : minimalEdit(shown, text);
    if (edit) {
      const from = model.getPositionAt(edit.start);
      const to = model.getPositionAt(edit.end);
      model.applyEdits([{ range: new monaco.Range(from.lineNumber, from.column, to.lineNumber, to.column), text: edit.text }]);
    } else {
      model.setValue(text);
    }
    shown = text;
  };

  const syncMarkers = (s: DesignState) => {
    const specs = markerSpecs(scriptFor(s.pipeline), diagnosticsOf(s.pipeline).all, model.getLineCount());
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
  syncText(scriptFor(initial.pipeline).text);
  syncMarkers(initial);
  syncSelection(initial, true);

  return useDesign.subscribe((s, prev) => {
    const pipelineChanged = s.pipeline !== prev.pipeline;
    if (pipelineChanged) {
      syncText(scriptFor(s.pipeline).text);
      syncMarkers(s);
    }
    if (pipelineChanged || s.selectedId !== prev.selectedId) syncSelection(s, s.selectedId !== prev.selectedId);
  });
}
