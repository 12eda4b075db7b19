// The node kinds the user can add: drag one onto the canvas, or click / press Enter
// to add it at the centre of the view.
import { useStoreApi } from '@xyflow/react';
import type { DragEvent, KeyboardEvent } from 'react';
import { KINDS } from '../core/model/kinds';
import { NODE_KINDS, type NodeKind } from '../core/model/types';
import { useDesign } from '../store/designStore';
import { addNodeAt, freeSpotNear } from '../canvas/addNode';
import { KIND_MIME } from '../canvas/flowTypes';
import './palette.css';

const HINTS: Record<NodeKind, string> = {
  kafkaTopic: 'Where the messages come from',
  kafkaTable: 'Consumes a topic (ENGINE = Kafka)',
  materializedView: 'Moves rows from a table into another',
  mergeTree: 'Stores the rows',
};

export function Palette() {
  const flow = useStoreApi();

  const addAtCentre = (kind: NodeKind) => {
    const { width, height, transform } = flow.getState();
    const [tx, ty, zoom] = transform;
    const centre = { x: (width / 2 - tx) / zoom, y: (height / 2 - ty) / zoom };
    addNodeAt(kind, freeSpotNear(useDesign.getState().pipeline, centre));
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
              onClick={() => addAtCentre(kind)}
              onKeyDown={(e: KeyboardEvent) => {
                if (e.key === 'Enter' || e.key === ' ') {
                  e.preventDefault();
                  addAtCentre(kind);
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
