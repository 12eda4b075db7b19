// The design canvas: React Flow wired to the design store through the canvas store.
import {
  Background,
  BackgroundVariant,
  Controls,
  ReactFlow,
  useNodesInitialized,
  useReactFlow,
  type Connection,
  type Edge,
  type FinalConnectionState,
  type OnDelete,
  type OnNodeDrag,
} from '@xyflow/react';
import { useCallback, useEffect, useRef, useState, type DragEvent } from 'react';
import { connect, moveEntity, removeEntities, removeLinks } from '../core/model/operations';
import { canConnect } from '../core/rules/connections';
import { useCanvas } from '../store/canvasStore';
import { useDesign } from '../store/designStore';
import { entityById } from '../store/entityIndex';
import { useReadOnly } from '../store/viewMode';
import { addNodeAt, isNodeKind } from './addNode';
import { checkDrag } from './connectionCheck';
import { useFit } from './fit';
import { ConnectionHint, nodeIdAtClient } from './ConnectionHint';
import { edgeTypes } from './edges/LinkEdge';
import { KIND_COLOR_VAR, KIND_MIME, type EntityNode, type LinkEdge } from './flowTypes';
import { nodeTypes } from './nodes';
import { Notice } from './Notice';
import { useComforts } from './comforts/useComforts';
import { useNodesChange } from './dragMoves';
import { CanvasMiniMap } from './comforts/CanvasMiniMap';
import { NodeSearch } from './NodeSearch';
import { useEffectiveTheme } from '../theme/useTheme';
import './canvas.css';

const DELETE_KEYS = ['Delete', 'Backspace'];
const CULL_ABOVE_NODES = 100;

const miniMapColor = (n: EntityNode) => `var(${KIND_COLOR_VAR[n.type as keyof typeof KIND_COLOR_VAR] ?? '--muted'})`;

const isValidConnection = (c: Connection | Edge) => canConnect(useDesign.getState().pipeline, c.source, c.target).ok;

function onConnect(c: Connection) {
  let refusal: string | null = null;
  useDesign.getState().change((p) => {
    const r = connect(p, c.source, c.target);
    if (!r.ok) refusal = r.reason;
    return r.pipeline;
  });
  if (refusal) useDesign.getState().notify('error', refusal);
}

/**
 * React Flow connects only when released near a handle. Released on a node's body we
 * connect anyway if the rules allow it, and say why not if they do not.
 */
function onConnectEnd(event: MouseEvent | TouchEvent, state: FinalConnectionState) {
  if (!state.fromNode || !state.fromHandle || state.isValid === true) return;
  const point = 'changedTouches' in event ? event.changedTouches[0] : event;
  const overId = state.toNode?.id ?? (point ? nodeIdAtClient(point.clientX, point.clientY) : null);
  const fromType = state.fromHandle.type;
  const check = checkDrag(useDesign.getState().pipeline, state.fromNode.id, fromType, overId);
  if (!check || overId === null) return;
  if (!check.ok) {
    useDesign.getState().notify('error', check.reason);
    return;
  }
  const [source, target] = fromType === 'source' ? [state.fromNode.id, overId] : [overId, state.fromNode.id];
  onConnect({ source, target, sourceHandle: null, targetHandle: null });
}

/** A drag commits its final positions to the document once, as one edit. */
const onNodeDragStop: OnNodeDrag<EntityNode> = (_event, _node, dragged) => {
  useDesign.getState().change((p) => dragged.reduce((acc, n) => moveEntity(acc, n.id, n.position), p));
};

const onDelete: OnDelete<EntityNode, LinkEdge> = ({ nodes, edges }) => {
  const design = useDesign.getState();
  design.change((p) =>
    removeLinks(
      removeEntities(p, nodes.map((n) => n.id)),
      edges.map((e) => e.id),
    ),
  );
  if (design.selectedId && nodes.some((n) => n.id === design.selectedId)) design.select(null);
};

const onPaneClick = () => {
  if (useDesign.getState().selectedId !== null) useDesign.getState().select(null);
};

function onDragOver(event: DragEvent) {
  if (!event.dataTransfer.types.includes(KIND_MIME)) return;
  event.preventDefault();
  event.dataTransfer.dropEffect = 'copy';
}

export function Canvas() {
  const nodes = useCanvas((s) => s.nodes);
  const edges = useCanvas((s) => s.edges);
  const onNodesChange = useNodesChange();
  const onEdgesChange = useCanvas((s) => s.onEdgesChange);
  const empty = useDesign((s) => s.pipeline.entities.length === 0);
  // Read-only (embeds): pan, zoom and select only.
  const readOnly = useReadOnly();
  const { screenToFlowPosition } = useReactFlow();
  const colorMode = useEffectiveTheme();
  const comforts = useComforts(readOnly);
  // Fit only a design that is there at start: React Flow keeps a fitView request pending
  // while the canvas is empty and would otherwise jump to the first node dropped.
  const [fitAtStart] = useState(() => useDesign.getState().pipeline.entities.length > 0);
  useFitAtStart(fitAtStart);
  useFitWhenDesignReplaced();

  const onDrop = useCallback(
    (event: DragEvent) => {
      const kind = event.dataTransfer.getData(KIND_MIME);
      if (!isNodeKind(kind)) return;
      event.preventDefault();
      addNodeAt(kind, screenToFlowPosition({ x: event.clientX, y: event.clientY }));
    },
    [screenToFlowPosition],
  );

  return (
    <div className="canvas" data-testid="canvas">
      <ReactFlow<EntityNode, LinkEdge>
        nodes={nodes}
        edges={edges}
        nodeTypes={nodeTypes}
        edgeTypes={edgeTypes}
        onNodesChange={onNodesChange}
        onEdgesChange={onEdgesChange}
        onConnect={onConnect}
        onConnectEnd={onConnectEnd}
        isValidConnection={isValidConnection}
        onNodeDragStop={onNodeDragStop}
        onDelete={onDelete}
        onPaneClick={onPaneClick}
        onDragOver={onDragOver}
        onDrop={readOnly ? undefined : onDrop}
        deleteKeyCode={readOnly ? null : DELETE_KEYS}
        nodesDraggable={!readOnly}
        nodesConnectable={!readOnly}
        edgesReconnectable={!readOnly}
        // Off-screen nodes and edges stay out of the DOM in big designs: at 500 nodes rendering
        // them all made every frame of a drag and every edit pay for the whole design. Small
        // ones keep every node in the DOM (no churn while panning; tests measure them).
        onlyRenderVisibleElements={nodes.length > CULL_ABOVE_NODES}
        minZoom={0.2}
        maxZoom={2}
        colorMode={colorMode}
        {...comforts.flowProps}
      >
        <Background variant={BackgroundVariant.Dots} gap={18} size={1.5} />
        <Controls showInteractive={false} />
        {comforts.overlay}
        <CanvasMiniMap nodeColor={miniMapColor} />
      </ReactFlow>
      <ConnectionHint />
      {!empty && <NodeSearch />}
      {empty && !readOnly && (
        <div className="canvas-empty" data-testid="canvas.empty">
          Drag a Kafka topic from the palette, or open a template
        </div>
      )}
      <Notice />
    </div>
  );
}

/**
 * A design that arrives whole (template, opened file, import) has none of the previous
 * ids: frame it. Single additions keep the view where the user put them.
 */
function useFitWhenDesignReplaced() {
  const fit = useFit();
  useEffect(
    () =>
      useDesign.subscribe((s, prev) => {
        const next = s.pipeline.entities;
        if (next === prev.pipeline.entities || next.length < 2) return;
        const before = entityById(prev.pipeline);
        if (next.every((e) => !before.has(e.id))) fit(0);
      }),
    [fit],
  );
}

/** The design restored at start is framed once its nodes have been measured. */
function useFitAtStart(wanted: boolean) {
  const fit = useFit();
  const initialized = useNodesInitialized();
  const done = useRef(!wanted);
  useEffect(() => {
    if (!initialized || done.current) return;
    done.current = true;
    fit(0);
  }, [initialized, fit]);
}
