// What the editing comforts do to the design and the canvas selection: copy,
// cut, paste, duplicate, select all, nudge, delete. Keys, menus and the hover
// button all call these.
import { duplicateEntities, fragmentText, nudgeEntities, pasteFragment, readFragment, type PasteResult } from '../../core/clipboard/fragment';
import { removeEntities, removeLinks } from '../../core/model/operations';
import type { Position } from '../../core/model/types';
import { useCanvas } from '../../store/canvasStore';
import { useDesign } from '../../store/designStore';
import { trustFor } from '../../store/trust';

export const selectedNodeIds = (): string[] => useCanvas.getState().nodes.filter((n) => n.selected).map((n) => n.id);
const selectedEdgeIds = (): string[] => useCanvas.getState().edges.filter((e) => e.selected).map((e) => e.id);

/** Makes exactly `ids` the selected nodes (and no edge). */
export function selectNodes(ids: readonly string[]): void {
  const want = new Set(ids);
  const { nodes, edges, onNodesChange, onEdgesChange } = useCanvas.getState();
  onEdgesChange(edges.filter((e) => e.selected).map((e) => ({ type: 'select' as const, id: e.id, selected: false })));
  onNodesChange(nodes.filter((n) => !!n.selected !== want.has(n.id)).map((n) => ({ type: 'select' as const, id: n.id, selected: want.has(n.id) })));
}

export const selectAll = (): void => selectNodes(useCanvas.getState().nodes.map((n) => n.id));

/**
 * What this tab copied last. Pasting exactly that text back is an edit of our own
 * nodes; any other text may come from anywhere and is treated like an opened file.
 */
let lastCopy: { text: string; trusted: boolean } | null = null;

/** The fragment text for the selected nodes (or `ids`), remembered as this tab's own; null when nothing is selected. */
export function copyText(ids: readonly string[] = selectedNodeIds()): string | null {
  if (ids.length === 0) return null;
  const design = useDesign.getState();
  const text = fragmentText(design.pipeline, ids);
  lastCopy = { text, trusted: design.trust.trusted };
  return text;
}

export function deleteNodes(ids: readonly string[]): void {
  if (ids.length === 0) return;
  const design = useDesign.getState();
  design.change((p) => removeEntities(p, ids));
  if (design.selectedId && ids.includes(design.selectedId)) design.select(null);
}

export const deleteLink = (id: string): void => useDesign.getState().change((p) => removeLinks(p, [id]));

export function deleteSelection(): void {
  const nodes = selectedNodeIds();
  const edges = selectedEdgeIds();
  if (nodes.length === 0 && edges.length === 0) return;
  useDesign.getState().change((p) => removeLinks(removeEntities(p, nodes), edges));
}

function afterPaste(r: PasteResult, what: string): void {
  selectNodes(r.ids);
  const design = useDesign.getState();
  if (r.refused.length > 0) design.notify('error', `${what}, without ${r.refused.length === 1 ? 'a link' : `${r.refused.length} links`} the rules refuse here: ${r.refused.join('; ')}`);
}

/** Pastes clipboard text; `at` puts the nodes' top-left corner there. Returns false (and says why) when the text is not chflow nodes. */
export function pasteText(text: string, at?: Position): boolean {
  const design = useDesign.getState();
  const read = readFragment(text);
  if (!read.ok) {
    design.notify('error', read.error);
    return false;
  }
  const r = pasteFragment(design.pipeline, read.fragment, at);
  const own = lastCopy !== null && lastCopy.text === text && lastCopy.trusted;
  if (own) design.change(() => r.pipeline);
  // Nodes from elsewhere can carry any SQL: the whole design then runs nothing until allowed (one undo step away).
  else design.replace(r.pipeline, { trust: design.trust.trusted ? trustFor('unknown', 'nodes pasted from the clipboard') : design.trust });
  const n = r.ids.length;
  afterPaste(r, `Pasted ${n} node${n === 1 ? '' : 's'}`);
  return true;
}

export function duplicateSelection(ids: readonly string[] = selectedNodeIds()): void {
  if (ids.length === 0) return;
  const design = useDesign.getState();
  const r = duplicateEntities(design.pipeline, ids);
  design.change(() => r.pipeline);
  afterPaste(r, `Duplicated ${ids.length} node${ids.length === 1 ? '' : 's'}`);
}

export function nudgeSelection(dx: number, dy: number): boolean {
  const ids = selectedNodeIds();
  if (ids.length === 0) return false;
  // A run of arrow presses on the same nodes is one undo step.
  useDesign.getState().change((p) => nudgeEntities(p, ids, dx, dy), { coalesceKey: `nudge:${[...ids].sort().join(',')}` });
  return true;
}
