import { getEntity } from '../model/query';
import type { Entity, Link, NodeKind, Pipeline } from '../model/types';

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

/** What the rules need to know about the links around a proposed connection. */
interface LinkFacts {
  entity(id: string): Entity | undefined;
  /** Is there (another) link from source to target? */
  connected(sourceId: string, targetId: string): boolean;
  /** How many (other) links end at the node. */
  inputs(id: string): number;
  /** How many (other) links start at the node. */
  outputs(id: string): number;
  /** Can `to` be reached from `from` along the links? */
  reaches(from: string, to: string): boolean;
}

function judge(f: LinkFacts, sourceId: string, targetId: string): ConnectionCheck {
  const source = f.entity(sourceId);
  const target = f.entity(targetId);
  if (!source || !target) return { ok: false, reason: 'Both ends of a connection must be nodes of this design.' };
  if (source.id === target.id) return { ok: false, reason: 'A node cannot connect to itself.' };
  if (!ALLOWED[source.kind].includes(target.kind)) return { ok: false, reason: refusalByKind(source, target) };
  if (f.connected(sourceId, targetId)) return { ok: false, reason: 'These two nodes are already connected.' };
  if (target.kind === 'kafkaTable' && f.inputs(targetId) > 0)
    return { ok: false, reason: `Kafka table ${target.name} already reads a topic: one topic per Kafka table.` };
  if (target.kind === 'materializedView' && f.inputs(targetId) > 0)
    return { ok: false, reason: `View ${target.name} already has a source: a view reads exactly one table.` };
  if (target.kind === 'mergeTree' && source.kind === 'materializedView' && f.outputs(sourceId) > 0)
    return { ok: false, reason: `View ${source.name} already has a TO target: a view writes into exactly one table.` };
  // A cycle appears when the source is already reachable from the target.
  if (f.reaches(targetId, sourceId))
    return { ok: false, reason: 'This connection would make a loop: a view may not feed the table it reads from.' };
  return { ok: true };
}

export function canConnect(p: Pipeline, sourceId: string, targetId: string, ignoreLinkId?: string): ConnectionCheck {
  const links = p.links.filter((l) => l.id !== ignoreLinkId);
  return judge(
    {
      entity: (id) => getEntity(p, id),
      connected: (s, t) => links.some((l) => l.source === s && l.target === t),
      inputs: (id) => links.filter((l) => l.target === id).length,
      outputs: (id) => links.filter((l) => l.source === id).length,
      reaches: (from, to) => reachable(links, from, to),
    },
    sourceId,
    targetId,
  );
}

function reachable(links: readonly { source: string; target: string }[], from: string, to: string): boolean {
  const stack = [from];
  const seen = new Set<string>();
  while (stack.length) {
    const id = stack.pop()!;
    if (id === to) return true;
    if (seen.has(id)) continue;
    seen.add(id);
    for (const l of links) if (l.source === id) stack.push(l.target);
  }
  return false;
}

/** Link counts and strongly connected components of a link list: what linkChecker needs besides the entities. */
export interface LinkGraph {
  /** False when two links share an id; linkChecker then judges each link with canConnect. */
  uniqueIds: boolean;
  pairs: ReadonlyMap<string, number>;
  ins: ReadonlyMap<string, number>;
  outs: ReadonlyMap<string, number>;
  component: ReadonlyMap<string, number>;
}

export function linkGraph(links: readonly Link[]): LinkGraph {
  const ids = new Set(links.map((l) => l.id));
  const count = (m: Map<string, number>, k: string) => m.set(k, (m.get(k) ?? 0) + 1);
  const pairs = new Map<string, number>();
  const ins = new Map<string, number>();
  const outs = new Map<string, number>();
  const next = new Map<string, string[]>();
  for (const l of links) {
    count(pairs, pairKey(l.source, l.target));
    count(ins, l.target);
    count(outs, l.source);
    const list = next.get(l.source);
    if (list) list.push(l.target);
    else next.set(l.source, [l.target]);
  }
  return { uniqueIds: ids.size === links.length, pairs, ins, outs, component: stronglyConnected(next) };
}

/**
 * canConnect for every link of the design in turn, each judged as if it were being made
 * with the others in place (`canConnect(p, l.source, l.target, l.id)`), with the counts
 * and the reachability worked out once: linear in the design instead of quadratic.
 * Needs unique link ids (then "the others" is all links but this one); with duplicates
 * it falls back to canConnect per link. `graph` must be linkGraph(p.links), perhaps remembered.
 */
export function linkChecker(p: Pipeline, graph: LinkGraph = linkGraph(p.links)): (link: Link) => ConnectionCheck {
  if (!graph.uniqueIds) return (l) => canConnect(p, l.source, l.target, l.id);
  const entities = new Map<string, Entity>();
  for (const e of p.entities) if (!entities.has(e.id)) entities.set(e.id, e);
  const { pairs, ins, outs, component } = graph;
  const facts: LinkFacts = {
    entity: (id) => entities.get(id),
    // Each count includes the link being judged once; canConnect leaves it out.
    connected: (s, t) => (pairs.get(pairKey(s, t)) ?? 0) > 1,
    inputs: (id) => (ins.get(id) ?? 0) - 1,
    outputs: (id) => (outs.get(id) ?? 0) - 1,
    // The link runs from `to` to `from`: a path back from `from` to `to` never needs
    // the link itself, so leaving it out changes nothing, and such a path exists
    // exactly when both ends are in one strongly connected component.
    reaches: (from, to) => component.get(from) === component.get(to),
  };
  return (link) => judge(facts, link.source, link.target);
}

function pairKey(source: string, target: string): string {
  return `${source}\u0000${target}`;
}

/** Tarjan's strongly connected components, iteratively: node id → component number. */
function stronglyConnected(next: ReadonlyMap<string, readonly string[]>): Map<string, number> {
  const index = new Map<string, number>();
  const low = new Map<string, number>();
  const onStack = new Set<string>();
  const stack: string[] = [];
  const component = new Map<string, number>();
  let counter = 0;
  let components = 0;
  const nodes = new Set<string>(next.keys());
  for (const targets of next.values()) for (const t of targets) nodes.add(t);
  for (const root of nodes) {
    if (index.has(root)) continue;
    const work: { id: string; child: number }[] = [{ id: root, child: 0 }];
    index.set(root, counter);
    low.set(root, counter++);
    stack.push(root);
    onStack.add(root);
    while (work.length) {
      const frame = work[work.length - 1]!;
      const targets = next.get(frame.id) ?? [];
      if (frame.child < targets.length) {
        const t = targets[frame.child++]!;
        if (!index.has(t)) {
          index.set(t, counter);
          low.set(t, counter++);
          stack.push(t);
          onStack.add(t);
          work.push({ id: t, child: 0 });
        } else if (onStack.has(t)) low.set(frame.id, Math.min(low.get(frame.id)!, index.get(t)!));
        continue;
      }
      work.pop();
      if (work.length) {
        const parent = work[work.length - 1]!.id;
        low.set(parent, Math.min(low.get(parent)!, low.get(frame.id)!));
      }
      if (low.get(frame.id) === index.get(frame.id)) {
        let id: string;
        do {
          id = stack.pop()!;
          onStack.delete(id);
          component.set(id, components);
        } while (id !== frame.id);
        components++;
      }
    }
  }
  return component;
}
