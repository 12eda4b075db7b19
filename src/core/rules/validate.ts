// Validation of a whole design: one validator per node kind plus the checks
// that span nodes (names, links). The result is ordered deterministically so
// lists and tests do not flicker: entity order, then errors first, then code.
//
// A node's own checks read only the node and its neighbours (neighbours.ts), so
// the incremental validator keeps each node's diagnostics with the node object and
// reuses them while the node and its neighbours are the same objects: the document
// is immutable and an edit replaces only the entities it touches. The checks that
// span the design (duplicate names, consumer groups, links, Keeper paths) run again
// on every call, each linear in the design.
import type { Entity, Link, Pipeline } from '../model/types';
import { linkGraph, type LinkGraph } from './connections';
import type { Diagnostic } from './diagnostics';
import type { Emit } from './validate/diag';
import { validateKafkaTable } from './validate/kafkaTable';
import { validateKafkaTopic } from './validate/kafkaTopic';
import { validateLinks } from './validate/links';
import { validateMaterializedView } from './validate/materializedView';
import { validateMergeTree } from './validate/mergeTree';
import { validateDuplicateNames, validateEntityNames } from './validate/names';
import { validateConsumerGroups } from './validate/kafkaPipeline';
import { neighbourIndex, sameNeighbours, type NeighbourIndex, type Neighbours } from './validate/neighbours';
import { validateKeeperPaths, validateReplicatedDefaults } from './validate/replicated';

// A MergeTree table's checks read nothing around it, so its diagnostics hold while the object does.
const ALONE: Neighbours = Object.freeze({ upstream: undefined, downstream: Object.freeze([]) });

function neighboursOf(index: NeighbourIndex, e: Entity): Neighbours {
  return e.kind === 'mergeTree' ? ALONE : index.of(e.id);
}

function validateEntity(e: Entity, around: Neighbours, emit: Emit): void {
  validateEntityNames(e, emit);
  switch (e.kind) {
    case 'kafkaTopic':
      return validateKafkaTopic(e, around, emit);
    case 'kafkaTable':
      return validateKafkaTable(e, around, emit);
    case 'materializedView':
      return validateMaterializedView(e, around, emit);
    case 'mergeTree':
      return validateMergeTree(e, emit);
  }
}

interface EntityPart {
  around: Neighbours;
  diags: readonly Diagnostic[];
}

interface LinkPart {
  links: readonly Link[];
  /** The entity at each end of each link, source then target. */
  ends: readonly (Entity | undefined)[];
  diags: readonly Diagnostic[];
}

/** What an incremental validator remembers between calls. */
interface Memo {
  entities: WeakMap<Entity, EntityPart>;
  links: LinkPart | undefined;
  /** The link graph of the last list of live links (links and ids are immutable objects too). */
  graph: { links: readonly Link[]; graph: LinkGraph } | undefined;
}

export function validate(p: Pipeline): Diagnostic[] {
  return validateWith(p, undefined);
}

/**
 * A validate() that reuses the diagnostics of every node whose object and neighbours are
 * unchanged since an earlier call; the result equals validate(p) in content and order.
 * Only for immutable designs: a node changed in place keeps its old diagnostics.
 */
export function incrementalValidator(): (p: Pipeline) => Diagnostic[] {
  const memo: Memo = { entities: new WeakMap(), links: undefined, graph: undefined };
  return (p) => validateWith(p, memo);
}

function validateWith(p: Pipeline, memo: Memo | undefined): Diagnostic[] {
  const out: Diagnostic[] = [];
  const emit: Emit = (d) => out.push(d);
  const index = neighbourIndex(p);
  for (const e of p.entities) {
    const around = neighboursOf(index, e);
    if (!memo) {
      validateEntity(e, around, emit);
      continue;
    }
    let part = memo.entities.get(e);
    if (!part || !sameNeighbours(part.around, around)) {
      const diags: Diagnostic[] = [];
      validateEntity(e, around, (d) => diags.push(d));
      part = { around, diags };
      memo.entities.set(e, part);
    }
    for (const d of part.diags) out.push(d);
  }
  validateDuplicateNames(p, emit);
  validateConsumerGroups(p, index, emit);
  if (memo) for (const d of linkPart(p, index, memo)) out.push(d);
  else validateLinks(p, index, emit);
  validateReplicatedDefaults(p, emit);
  validateKeeperPaths(p, emit);
  return sortDiagnostics(p, out);
}

/** The link checks, reused while the links and the entities at their ends are the same objects. */
function linkPart(p: Pipeline, index: NeighbourIndex, memo: Memo): readonly Diagnostic[] {
  const ends: (Entity | undefined)[] = new Array(p.links.length * 2);
  p.links.forEach((l, i) => {
    ends[2 * i] = index.entity(l.source);
    ends[2 * i + 1] = index.entity(l.target);
  });
  const last = memo.links;
  if (last && last.links === p.links && last.ends.every((e, i) => e === ends[i])) return last.diags;
  const diags: Diagnostic[] = [];
  validateLinks(p, index, (d) => diags.push(d), (live) => {
    const g = memo.graph;
    if (g && g.links.length === live.length && g.links.every((l, i) => l === live[i])) return g.graph;
    memo.graph = { links: live, graph: linkGraph(live) };
    return memo.graph.graph;
  });
  memo.links = { links: p.links, ends, diags };
  return diags;
}

const SEVERITY_RANK = { error: 0, warning: 1 } as const;

export function sortDiagnostics(p: Pipeline, list: readonly Diagnostic[]): Diagnostic[] {
  const order = new Map(p.entities.map((e, i) => [e.id, i]));
  const rank = (id: string) => order.get(id) ?? Number.MAX_SAFE_INTEGER;
  // Array.prototype.sort is stable, so ties keep the validators' own order.
  return [...list].sort(
    (a, b) =>
      rank(a.entityId) - rank(b.entityId) ||
      SEVERITY_RANK[a.severity] - SEVERITY_RANK[b.severity] ||
      (a.code < b.code ? -1 : a.code > b.code ? 1 : 0),
  );
}
