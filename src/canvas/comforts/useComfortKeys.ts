// Keyboard comforts on the canvas: Ctrl/Cmd+C, X, V through the browser's own
// clipboard events (no permission prompt, and the text reaches other tabs),
// Ctrl/Cmd+D duplicate, Ctrl/Cmd+A select all nodes, arrows nudge (Shift: 10 px).
// Nothing here fires while a text field, the SQL editor or a dialog has focus.
import { useEffect } from 'react';
import { isTypingTarget } from '../../shortcuts/shortcutList';
import { copyText, deleteSelection, duplicateSelection, nudgeSelection, pasteText, selectAll, selectedNodeIds } from './actions';

const BEFORE = ['beforecopy', 'beforecut', 'beforepaste'] as const;
const ARROWS: Record<string, [number, number]> = { ArrowLeft: [-1, 0], ArrowRight: [1, 0], ArrowUp: [0, -1], ArrowDown: [0, 1] };

/** Is the user working on the design rather than in a field, a dialog or selected page text? */
function onCanvasFocus(): boolean {
  const active = document.activeElement;
  if (isTypingTarget(active) || document.querySelector('dialog[open]')) return false;
  // Focus on a node or the pane: the canvas is what the user works on.
  if (active && document.querySelector('.react-flow')?.contains(active)) return true;
  // Otherwise text chosen somewhere on the page (a problem message) keeps its usual copy.
  const text = window.getSelection();
  return !text || text.isCollapsed;
}

export function useComfortKeys(enabled: boolean): void {
  useEffect(() => {
    if (!enabled) return;
    const onCopy = (e: ClipboardEvent, cut: boolean) => {
      if (!onCanvasFocus() || !e.clipboardData) return;
      const text = copyText();
      if (text === null) return;
      e.clipboardData.setData('text/plain', text);
      e.preventDefault();
      if (cut) deleteSelection();
    };
    const copy = (e: ClipboardEvent) => onCopy(e, false);
    const cut = (e: ClipboardEvent) => onCopy(e, true);
    const paste = (e: ClipboardEvent) => {
      if (!onCanvasFocus() || !e.clipboardData) return;
      e.preventDefault();
      pasteText(e.clipboardData.getData('text/plain'));
    };
    const keydown = (e: KeyboardEvent) => {
      if (e.defaultPrevented || e.altKey || !onCanvasFocus()) return;
      const mod = e.ctrlKey || e.metaKey;
      const key = e.key.toLowerCase();
      if (mod && key === 'a') selectAll();
      else if (mod && key === 'd' && selectedNodeIds().length > 0) duplicateSelection();
      else if (!mod && e.key in ARROWS) {
        const [dx, dy] = ARROWS[e.key]!;
        const step = e.shiftKey ? 10 : 1;
        if (!nudgeSelection(dx * step, dy * step)) return;
      } else return;
      // Ctrl+A would select the page's text, Ctrl+D bookmark the page, arrows scroll,
      // and React Flow would move a focused node on screen only, behind the design's back.
      e.preventDefault();
      e.stopPropagation();
    };
    // Chromium runs its Copy/Cut/Paste commands outside text fields only when the
    // page claims them in the "before" events; without this Ctrl+C/X/V do nothing here.
    const claim = (e: Event) => {
      if (!onCanvasFocus()) return;
      if (e.type !== 'beforepaste' && selectedNodeIds().length === 0) return;
      e.preventDefault();
    };
    for (const t of BEFORE) document.addEventListener(t, claim);
    document.addEventListener('copy', copy);
    document.addEventListener('cut', cut);
    document.addEventListener('paste', paste);
    window.addEventListener('keydown', keydown, true);
    return () => {
      for (const t of BEFORE) document.removeEventListener(t, claim);
      document.removeEventListener('copy', copy);
      document.removeEventListener('cut', cut);
      document.removeEventListener('paste', paste);
      window.removeEventListener('keydown', keydown, true);
    };
  }, [enabled]);
}
