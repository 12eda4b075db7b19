// The node kinds the user can add: drag one onto the canvas, or click / press Enter
// to add it in the middle of the visible canvas (the keyboard path).
import { useReactFlow, useStoreApi } from '@xyflow/react';
import type { DragEvent, KeyboardEvent } from 'react';
import { KINDS } from '../core/model/kinds';
import { NODE_KINDS, type NodeKind } from '../core/model/types';
import { useDesign } from '../store/designStore';
import { addNodeAt, freeSpotNear } from '../canvas/addNode';
import { KIND_MIME } from '../canvas/flowTypes';
import { centreOf, visibleCanvasRect } from '../canvas/visibleArea';
import './palette.css';

const HINTS: Record<NodeKind, string> = {
  kafkaTopic: 'Where the messages come from',
  kafkaTable: 'Consumes a topic (ENGINE = Kafka)',
  materializedView: 'Moves rows from a table into another',
  mergeTree: 'Stores the rows',
};

export function Palette() {
  const flow = useStoreApi();
  const { screenToFlowPosition, getViewport, setViewport } = useReactFlow();

  const addInView = (kind: NodeKind) => {
    const { domNode, width, height, transform } = flow.getState();
    const visible = visibleCanvasRect(domNode);
    const centre = visible
      ? screenToFlowPosition(centreOf(visible))
      : { x: (width / 2 - transform[0]) / transform[2], y: (height / 2 - transform[1]) / transform[2] };
    const id = addNodeAt(kind, freeSpotNear(useDesign.getState().pipeline, centre));
    // Selecting the node may open a panel over the canvas: once it is laid out, pan so
    // the new node sits in what is still visible.
    requestAnimationFrame(() =>
      requestAnimationFrame(() => {
        const el = domNode?.querySelector(`.react-flow__node[data-id="${CSS.escape(id)}"]`);
        const area = visibleCanvasRect(domNode);
        if (!el || !area) return;
        const r = el.getBoundingClientRect();
        if (r.left >= area.left && r.right <= area.right) return;
        const v = getViewport();
        void setViewport({ ...v, x: v.x + (area.left + area.right) / 2 - (r.left + r.right) / 2 });
      }),
    );
  };

  return (
    <nav className="palette" aria-label="Node palette" data-testid="palette">
      <h2 className="palette-title">Add</h2>
      <ul className="palette-list">
        {NODE_KINDS.map((kind) => (
          <li key={kind}>
            <div
              role="button"
              tabIndex={0}
              draggable
              className={`palette-item palette-item--${kind}`}
              data-testid={`palette.${kind}`}
              title={`Drag onto the canvas, or press Enter to add a ${KINDS[kind].label}`}
              onDragStart={(e: DragEvent) => {
                e.dataTransfer.setData(KIND_MIME, kind);
                e.dataTransfer.effectAllowed = 'copy';
              }}
              onClick={() => addInView(kind)}
              onKeyDown={(e: KeyboardEvent) => {
                if (e.key === 'Enter' || e.key === ' ') {
                  e.preventDefault();
                  addInView(kind);
                }
              }}
            >
              <span className="palette-swatch" aria-hidden="true" />
              <span className="palette-text">
                <span className="palette-label">{KINDS[kind].label}</span>
                <span className="palette-hint">{HINTS[kind]}</span>
              </span>
            </div>
          </li>
        ))}
      </ul>
      <p className="palette-help">Drag from a node's right handle to another node's left handle to connect them.</p>
    </nav>
  );
}
