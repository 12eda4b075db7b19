import { getEntity } from '../model/query';
import type { Entity, NodeKind, Pipeline } from '../model/types';

export type ConnectionCheck = { ok: true } | { ok: false; reason: string };

// The one table of allowed edges, shared by the canvas (while dragging) and the validator.
const ALLOWED: Record<NodeKind, readonly NodeKind[]> = {
  kafkaTopic: ['kafkaTable'],
  kafkaTable: ['materializedView'],
  materializedView: ['mergeTree'],
  mergeTree: ['materializedView'],
};

const LABEL: Record<NodeKind, string> = {
  kafkaTopic: 'a Kafka topic',
  kafkaTable: 'a Kafka engine table',
  materializedView: 'a materialized view',
  mergeTree: 'a MergeTree table',
};

function refusalByKind(source: Entity, target: Entity): string {
  const allowed = ALLOWED[source.kind];
  const into = allowed.map((k) => LABEL[k]).join(' or ');
  if (source.kind === 'kafkaTopic' && target.kind === 'materializedView')
    return 'A view cannot read a topic directly: put a Kafka engine table between them.';
  if (source.kind === 'kafkaTable' && target.kind === 'mergeTree')
    return 'A Kafka table cannot write into a table by itself: connect it to a materialized view whose TO target is the table.';
  return `${capitalize(LABEL[source.kind])} can only connect to ${into}, not to ${LABEL[target.kind]}.`;
}

function capitalize(s: string): string {
  return s.charAt(0).toUpperCase() + s.slice(1);
}

export function canConnect(p: Pipeline, sourceId: string, targetId: string, ignoreLinkId?: string): ConnectionCheck {
  const source = getEntity(p, sourceId);
  const target = getEntity(p, targetId);
  if (!source || !target) return { ok: false, reason: 'Both ends of a connection must be nodes of this design.' };
  if (source.id === target.id) return { ok: false, reason: 'A node cannot connect to itself.' };
  if (!ALLOWED[source.kind].includes(target.kind)) return { ok: false, reason: refusalByKind(source, target) };
  const links = p.links.filter((l) => l.id !== ignoreLinkId);
  if (links.some((l) => l.source === sourceId && l.target === targetId))
    return { ok: false, reason: 'These two nodes are already connected.' };
  const targetInputs = links.filter((l) => l.target === targetId);
  if (target.kind === 'kafkaTable' && targetInputs.length > 0)
    return { ok: false, reason: `Kafka table ${target.name} already reads a topic: one topic per Kafka table.` };
  if (target.kind === 'materializedView' && targetInputs.length > 0)
    return { ok: false, reason: `View ${target.name} already has a source: a view reads exactly one table.` };
  if (target.kind === 'mergeTree' && source.kind === 'materializedView') {
    if (links.some((l) => l.source === sourceId))
      return { ok: false, reason: `View ${source.name} already has a TO target: a view writes into exactly one table.` };
  }
  if (createsCycle(links, sourceId, targetId))
    return { ok: false, reason: 'This connection would make a loop: a view may not feed the table it reads from.' };
  return { ok: true };
}

function createsCycle(links: readonly { source: string; target: string }[], sourceId: string, targetId: string): boolean {
  // A cycle appears when the source is already reachable from the target.
  const stack = [targetId];
  const seen = new Set<string>();
  while (stack.length) {
    const id = stack.pop()!;
    if (id === sourceId) return true;
    if (seen.has(id)) continue;
    seen.add(id);
    for (const l of links) if (l.source === id) stack.push(l.target);
  }
  return false;
}
