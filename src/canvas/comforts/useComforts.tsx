// The editing comforts wired into the canvas in one place: the canvas spreads
// `flowProps` onto React Flow and renders `overlay` next to it.
import { useReactFlow, type Edge, type ReactFlowProps } from '@xyflow/react';
import { Suspense, useCallback, useMemo, useRef, useState, type MouseEvent as ReactMouseEvent, type ReactNode } from 'react';
import { lazyPrefetched } from '../../app/lazyPrefetched';
import type { EntityNode, LinkEdge } from '../flowTypes';
import { selectedNodeIds, selectNodes } from './actions';
import type { MenuState } from './ContextMenu';
import { HoverDelete } from './HoverDelete';
import { useComfortKeys } from './useComfortKeys';
import './comforts.css';

// Both appear only on a right-click or a double-click: loaded then (prefetched once the canvas is up).
const ContextMenu = lazyPrefetched(() => import('./ContextMenu').then((m) => m.ContextMenu));
const InlineRename = lazyPrefetched(() => import('./InlineRename').then((m) => m.InlineRename));

const clearTextSelection = () => window.getSelection()?.removeAllRanges();

/** Long enough to move the pointer from a node up onto its delete button. */
const HOVER_GRACE_MS = 200;

export function useComforts(readOnly: boolean): { flowProps: Partial<ReactFlowProps<EntityNode, LinkEdge>>; overlay: ReactNode } {
  const [menu, setMenu] = useState<MenuState | null>(null);
  const [renaming, setRenaming] = useState<string | null>(null);
  const [hovered, setHovered] = useState<string | null>(null);
  const leaveTimer = useRef<number | undefined>(undefined);
  const { screenToFlowPosition } = useReactFlow();
  useComfortKeys(!readOnly);

  const hover = useCallback((id: string | null) => {
    window.clearTimeout(leaveTimer.current);
    if (id !== null) setHovered(id);
    else leaveTimer.current = window.setTimeout(() => setHovered(null), HOVER_GRACE_MS);
  }, []);
  const closeMenu = useCallback(() => setMenu(null), []);
  const endRename = useCallback(() => setRenaming(null), []);

  const flowProps = useMemo((): Partial<ReactFlowProps<EntityNode, LinkEdge>> => {
    if (readOnly) return {};
    const open = (e: ReactMouseEvent | MouseEvent, target: MenuState['target']) => {
      e.preventDefault();
      setMenu({ x: e.clientX, y: e.clientY, target });
    };
    return {
      onNodeContextMenu: (e, node) => {
        if (!selectedNodeIds().includes(node.id)) selectNodes([node.id]);
        open(e, { kind: 'node', id: node.id });
      },
      onEdgeContextMenu: (e, edge: Edge) => open(e, { kind: 'edge', id: edge.id }),
      onPaneContextMenu: (e) => open(e, { kind: 'pane', at: screenToFlowPosition({ x: e.clientX, y: e.clientY }) }),
      onNodeDoubleClick: (_e, node) => setRenaming(node.id),
      onNodeMouseEnter: (_e, node) => hover(node.id),
      onNodeMouseLeave: () => hover(null),
      onNodeDragStart: () => setHovered(null),
      onMoveStart: () => setMenu(null),
      // Shift+drag draws the selection box, and the browser would also select page text with it.
      onSelectionStart: clearTextSelection,
      onSelectionEnd: clearTextSelection,
    };
  }, [readOnly, screenToFlowPosition, hover]);

  const hoveredShown = hovered !== null && !renaming && !selectedNodeIds().includes(hovered);
  const overlay = readOnly ? null : (
    <>
      {hoveredShown && <HoverDelete id={hovered} onHover={(inside) => hover(inside ? hovered : null)} />}
      <Suspense fallback={null}>
        {menu && <ContextMenu menu={menu} onClose={closeMenu} startRename={setRenaming} />}
        {renaming && <InlineRename key={renaming} id={renaming} onDone={endRename} />}
      </Suspense>
    </>
  );
  return { flowProps, overlay };
}
