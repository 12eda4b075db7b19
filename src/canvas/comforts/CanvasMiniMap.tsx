// The minimap, which the user may switch off or move to another corner so it
// never sits on the nodes they work on (the choice is remembered, layoutPrefs).
// Its two buttons stay in the chosen corner, next to the map or in its place.
import { MiniMap, Panel, type Node } from '@xyflow/react';
import { nextCorner, setLayout, useLayout } from '../../layout/layoutPrefs';

const MAP = { width: 150, height: 96 };
/** React Flow's panel margin plus a gap. */
const BESIDE_MAP = MAP.height + 15 + 4;

interface Props<N extends Node> {
  nodeColor(n: N): string;
}

export function CanvasMiniMap<N extends Node>({ nodeColor }: Props<N>) {
  const shown = useLayout((s) => s.minimap);
  const corner = useLayout((s) => s.minimapCorner);
  const top = corner.startsWith('top');
  const offset = shown ? (top ? { marginTop: BESIDE_MAP } : { marginBottom: BESIDE_MAP }) : undefined;
  return (
    <>
      {shown && <MiniMap<N> position={corner} pannable zoomable nodeColor={nodeColor} nodeStrokeWidth={0} ariaLabel="Minimap" style={MAP} />}
      <Panel position={corner} className="minimap-tools" style={offset} data-testid="minimap.tools">
        <button
          type="button"
          className="minimap-tool"
          data-testid="minimap.toggle"
          aria-pressed={shown}
          title={shown ? 'Hide the minimap' : 'Show the minimap'}
          onClick={() => setLayout({ minimap: !shown })}
        >
          Map
        </button>
        {shown && (
          <button
            type="button"
            className="minimap-tool"
            data-testid="minimap.corner"
            title="Move the minimap to the next corner"
            aria-label="Move the minimap to the next corner"
            onClick={() => setLayout({ minimapCorner: nextCorner(corner) })}
          >
            ⤢
          </button>
        )}
      </Panel>
    </>
  );
}
