// A loaded file may hold links the canvas would never have allowed; judge each
// one with the same rules as a new connection, ignoring only the link itself.
import { getEntity } from '../../model/query';
import type { Pipeline } from '../../model/types';
import { canConnect } from '../connections';
import { error, type Emit } from './diag';

export function validateLinks(p: Pipeline, emit: Emit): void {
  const reported = new Set<string>();
  const ids = new Set(p.entities.map((e) => e.id));
  // Dangling links are reported once below and must not count against the healthy ones.
  const live: Pipeline = { ...p, links: p.links.filter((l) => ids.has(l.source) && ids.has(l.target)) };
  for (const link of p.links) {
    const source = getEntity(p, link.source);
    const target = getEntity(p, link.target);
    if (!source || !target) {
      const end = source ?? target;
      if (end) report(end.id, 'A connection of this node leads to a node that no longer exists; delete the connection.');
      continue;
    }
    const check = canConnect(live, link.source, link.target, link.id);
    if (!check.ok) report(target.id, check.reason);
  }

  function report(entityId: string, message: string): void {
    const key = `${entityId}\u0000${message}`;
    if (reported.has(key)) return;
    reported.add(key);
    emit(error(entityId, 'link.invalid', message));
  }
}
