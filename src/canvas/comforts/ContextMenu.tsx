// The right-click menu on a node, a link or the empty canvas.
import { useEffect, useRef } from 'react';
import { KINDS } from '../../core/model/kinds';
import { NODE_KINDS, type Position } from '../../core/model/types';
import { useDesign } from '../../store/designStore';
import { addNodeAt } from '../addNode';
import { copyText, deleteLink, deleteNodes, duplicateSelection, pasteText, selectAll, selectedNodeIds } from './actions';

export type MenuTarget = { kind: 'node'; id: string } | { kind: 'edge'; id: string } | { kind: 'pane'; at: Position };

export interface MenuState {
  /** Where the pointer was, in the page. */
  x: number;
  y: number;
  target: MenuTarget;
}

interface Item {
  id: string;
  label: string;
  run(): void;
  danger?: boolean;
}

const notifyError = (what: string) => (err: unknown) =>
  useDesign.getState().notify('error', `${what}: ${err instanceof Error ? err.message : String(err)}. Ctrl/Cmd+C and Ctrl/Cmd+V work with the canvas focused.`);

function copyToClipboard(ids: readonly string[]): Promise<boolean> {
  const text = copyText(ids);
  if (text === null) return Promise.resolve(false);
  return navigator.clipboard.writeText(text).then(
    () => true,
    (err: unknown) => (notifyError('The browser did not let chflow write to the clipboard')(err), false),
  );
}

function itemsFor(target: MenuTarget, startRename: (id: string) => void): Item[] {
  if (target.kind === 'edge') return [{ id: 'delete', label: 'Delete connection', danger: true, run: () => deleteLink(target.id) }];
  if (target.kind === 'pane') {
    const paste = () => void navigator.clipboard.readText().then((t) => pasteText(t, target.at), notifyError('The browser did not let chflow read the clipboard'));
    return [
      { id: 'paste', label: 'Paste here', run: paste },
      { id: 'selectAll', label: 'Select all nodes', run: selectAll },
      ...NODE_KINDS.map((k) => ({ id: `add.${k}`, label: `Add ${KINDS[k].label.toLowerCase()} here`, run: () => void addNodeAt(k, target.at) })),
    ];
  }
  // A node that is part of a selection acts with the whole selection.
  const selected = selectedNodeIds();
  const ids = selected.includes(target.id) ? selected : [target.id];
  const many = ids.length > 1 ? ` ${ids.length} nodes` : '';
  return [
    ...(ids.length === 1 ? [{ id: 'rename', label: 'Rename', run: () => startRename(target.id) }] : []),
    { id: 'duplicate', label: `Duplicate${many}`, run: () => duplicateSelection(ids) },
    { id: 'copy', label: `Copy${many}`, run: () => void copyToClipboard(ids) },
    { id: 'cut', label: `Cut${many}`, run: () => void copyToClipboard(ids).then((ok) => ok && deleteNodes(ids)) },
    { id: 'delete', label: `Delete${many}`, danger: true, run: () => deleteNodes(ids) },
  ];
}

export function ContextMenu({ menu, onClose, startRename }: { menu: MenuState; onClose(): void; startRename(id: string): void }) {
  const box = useRef<HTMLUListElement>(null);
  const items = itemsFor(menu.target, startRename);

  useEffect(() => {
    const away = (e: PointerEvent) => {
      if (!box.current?.contains(e.target as Node)) onClose();
    };
    const key = (e: KeyboardEvent) => {
      if (e.key === 'Escape') onClose();
    };
    window.addEventListener('pointerdown', away, true);
    window.addEventListener('keydown', key);
    window.addEventListener('wheel', onClose, { passive: true });
    box.current?.querySelector<HTMLElement>('button')?.focus();
    return () => {
      window.removeEventListener('pointerdown', away, true);
      window.removeEventListener('keydown', key);
      window.removeEventListener('wheel', onClose);
    };
  }, [onClose]);

  // Kept inside the window: a menu opened near the right or bottom edge opens leftwards or upwards.
  const width = 210;
  const height = items.length * 30 + 8;
  const left = Math.min(menu.x, window.innerWidth - width - 4);
  const top = menu.y + height > window.innerHeight - 4 ? Math.max(4, menu.y - height) : menu.y;
  return (
    <ul ref={box} className="canvas-menu" role="menu" data-testid={`menu.${menu.target.kind}`} style={{ left, top, width }}>
      {items.map((it) => (
        <li key={it.id} role="none">
          <button
            type="button"
            role="menuitem"
            className={it.danger ? 'canvas-menu-item is-danger' : 'canvas-menu-item'}
            data-testid={`menu.${it.id}`}
            onClick={() => {
              onClose();
              it.run();
            }}
          >
            {it.label}
          </button>
        </li>
      ))}
    </ul>
  );
}
