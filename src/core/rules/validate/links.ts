// A loaded file may hold links the canvas would never have allowed; judge each
// one with the same rules as a new connection, ignoring only the link itself.
import type { Link, Pipeline } from '../../model/types';
import { linkChecker, linkGraph, type LinkGraph } from '../connections';
import { error, type Emit } from './diag';
import type { NeighbourIndex } from './neighbours';

/** `graphOf` gives linkGraph(links), perhaps one remembered for the same link objects. */
export function validateLinks(p: Pipeline, index: NeighbourIndex, emit: Emit, graphOf: (links: readonly Link[]) => LinkGraph = linkGraph): void {
  const reported = new Set<string>();
  // Dangling links are reported once below and must not count against the healthy ones.
  const live: Pipeline = { ...p, links: p.links.filter((l) => index.entity(l.source) && index.entity(l.target)) };
  const check = linkChecker(live, graphOf(live.links));
  for (const link of p.links) {
    const source = index.entity(link.source);
    const target = index.entity(link.target);
    if (!source || !target) {
      const end = source ?? target;
      if (end) report(end.id, 'A connection of this node leads to a node that no longer exists; delete the connection.');
      continue;
    }
    const result = check(link);
    if (!result.ok) report(target.id, result.reason);
  }

  function report(entityId: string, message: string): void {
    const key = `${entityId}\u0000${message}`;
    if (reported.has(key)) return;
    reported.add(key);
    emit(error(entityId, 'link.invalid', message));
  }
}
