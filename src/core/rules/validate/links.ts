// A loaded file may hold links the canvas would never have allowed; judge each
// one with the same rules as a new connection, ignoring only the link itself.
import type { Entity, Pipeline } from '../../model/types';
import { linkChecker } from '../connections';
import { error, type Emit } from './diag';

export function validateLinks(p: Pipeline, emit: Emit): void {
  const reported = new Set<string>();
  const entities = new Map<string, Entity>();
  for (const e of p.entities) if (!entities.has(e.id)) entities.set(e.id, e);
  // Dangling links are reported once below and must not count against the healthy ones.
  const live: Pipeline = { ...p, links: p.links.filter((l) => entities.has(l.source) && entities.has(l.target)) };
  const check = linkChecker(live);
  for (const link of p.links) {
    const source = entities.get(link.source);
    const target = entities.get(link.target);
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
