// The design's shape as the generator needs it: which entity feeds which and the
// statement order. It depends only on the entities' ids, kinds, databases and
// names and on the links, so while the user edits anything else (columns,
// settings, comments, positions) the shape of the previous call is reused: a
// one-entity edit then costs a pass of pointer comparisons instead of rebuilding
// maps and sorting 1,000 entities.
import type { Entity, Link, Pipeline } from '../model/types';
import type { Assembled } from './assemble';
import { carryMemos, type Memos } from './memo';
import { compareEntities, orderIndices } from './order';

export interface Shape {
  /** The arrays last found to have this shape; the next call compares with them first. */
  entities: readonly Entity[];
  links: readonly Link[];
  /** Entity index by id: the last entity with that id, which is the one links reach. */
  indexOf: ReadonlyMap<string, number>;
  /** Per entity index, the index of the entity linked into it (a Kafka table's topic, a view's source), or -1. */
  input: Int32Array;
  /** Per entity index, the index of the entity it links out to (a view's TO target), or -1. */
  output: Int32Array;
  /** Indices of the entities that produce a statement, in script order. */
  order: Int32Array;
  /** Statements remembered by entity index (filled by generateSql). */
  memos: Memos;
  /** The script last made on this shape (assemble.ts). */
  last: Assembled | undefined;
}

// Two shapes, so callers that alternate between two designs (a migration plan
// generates before and after) still reuse both.
const recent: Shape[] = [];

export function shapeOf(p: Pipeline): Shape {
  for (let i = 0; i < recent.length; i++) {
    const s = recent[i]!;
    if (!sameShape(s, p.entities, p.links)) continue;
    s.entities = p.entities;
    s.links = p.links;
    if (i > 0) {
      recent.splice(i, 1);
      recent.unshift(s);
    }
    return s;
  }
  const s = buildShape(p.entities, p.links);
  s.memos = carryMemos(recent, p.entities);
  recent.unshift(s);
  if (recent.length > 2) recent.pop();
  return s;
}

/** Entities that produce a statement, in script order (topics produce none). */
export function statementOrder(p: Pipeline): Entity[] {
  const order = shapeOf(p).order;
  const out: Entity[] = new Array(order.length);
  for (let i = 0; i < order.length; i++) out[i] = p.entities[order[i]!]!;
  return out;
}

function sameShape(s: Shape, entities: readonly Entity[], links: readonly Link[]): boolean {
  if (s.entities !== entities) {
    const before = s.entities;
    if (before.length !== entities.length) return false;
    for (let i = 0; i < entities.length; i++) {
      const a = entities[i]!;
      const b = before[i]!;
      if (a !== b && (a.id !== b.id || a.kind !== b.kind || a.database !== b.database || a.name !== b.name)) return false;
    }
  }
  if (s.links !== links) {
    const before = s.links;
    if (before.length !== links.length) return false;
    for (let i = 0; i < links.length; i++) {
      const a = links[i]!;
      const b = before[i]!;
      if (a !== b && (a.source !== b.source || a.target !== b.target)) return false;
    }
  }
  return true;
}

function buildShape(entities: readonly Entity[], links: readonly Link[]): Shape {
  const n = entities.length;
  const indexOf = new Map<string, number>();
  for (let i = 0; i < n; i++) indexOf.set(entities[i]!.id, i);
  const input = new Int32Array(n).fill(-1);
  const output = new Int32Array(n).fill(-1);
  for (const l of links) {
    const s = indexOf.get(l.source);
    const t = indexOf.get(l.target);
    if (s === undefined || t === undefined) continue;
    // A well-formed design has one link per end; when a loaded file has more,
    // keep the first by name so the output does not depend on array order.
    const prevIn = input[t]!;
    if (prevIn < 0 || compareEntities(entities[s]!, entities[prevIn]!) < 0) input[t] = s;
    const prevOut = output[s]!;
    if (prevOut < 0 || compareEntities(entities[t]!, entities[prevOut]!) < 0) output[s] = t;
  }
  const canon = new Int32Array(n);
  for (let i = 0; i < n; i++) canon[i] = i;
  if (indexOf.size !== n) {
    // Duplicate ids (a hand-edited file): every entity sharing an id sees that id's links.
    for (let i = 0; i < n; i++) {
      const c = indexOf.get(entities[i]!.id)!;
      canon[i] = c;
      input[i] = input[c]!;
      output[i] = output[c]!;
    }
  }
  return { entities, links, indexOf, input, output, order: orderIndices(entities, input, output, canon), memos: new Array(n), last: undefined };
}
