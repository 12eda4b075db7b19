// Adding a node from the palette: by drop at a point, or by click at the view's centre.
import { addEntity } from '../core/model/operations';
import { NODE_KINDS, type NodeKind, type Pipeline, type Position } from '../core/model/types';
import { useDesign } from '../store/designStore';

/** Roughly half a node, so a node added "at the centre" is centred rather than hanging off it. */
const HALF_NODE = { x: 110, y: 50 };
const NUDGE = 28;

export function isNodeKind(v: string): v is NodeKind {
  return (NODE_KINDS as readonly string[]).includes(v);
}

/** Adds an entity of `kind` with its top-left corner at `position`, selects it and returns its id. */
export function addNodeAt(kind: NodeKind, position: Position): string {
  const at = { x: Math.round(position.x), y: Math.round(position.y) };
  let id = '';
  const design = useDesign.getState();
  design.change((p) => {
    const added = addEntity(p, kind, at);
    id = added.id;
    return added.pipeline;
  });
  design.select(id);
  return id;
}

/**
 * Where a node centred on `centre` should go: repeated clicks would stack nodes exactly
 * on top of each other, so step diagonally past any node already sitting there.
 */
export function freeSpotNear(p: Pipeline, centre: Position): Position {
  let x = Math.round(centre.x - HALF_NODE.x);
  let y = Math.round(centre.y - HALF_NODE.y);
  const taken = (px: number, py: number) =>
    p.entities.some((e) => Math.abs(e.position.x - px) < NUDGE / 2 && Math.abs(e.position.y - py) < NUDGE / 2);
  for (let i = 0; i < 50 && taken(x, y); i++) {
    x += NUDGE;
    y += NUDGE;
  }
  return { x, y };
}
