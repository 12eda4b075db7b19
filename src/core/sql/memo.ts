// Statement texts remembered per entity. The document is immutable and an edit
// replaces only the entities it touches, so while the user types in one panel
// every other statement is reused. A view's text also depends on its source and
// target objects, so those are part of the key; the cluster option appears in
// every CREATE. Memos live in the design's shape (shape.ts), one slot per entity
// index: a lookup is an array read and an identity check, with no hashing of
// objects that a WeakMap would need for every entity of a freshly opened file.
import type { Entity } from '../model/types';

export interface Statement {
  text: string;
  /** Line breaks inside `text`, so the script's line spans need no scan of the joined text. */
  breaks: number;
  runnable: boolean;
}

interface Memo extends Statement {
  entity: Entity;
  input: Entity | undefined;
  output: Entity | undefined;
  onCluster: string;
}

/** Remembered statements by entity index. */
export type Memos = (Memo | undefined)[];

/** The statement made earlier for entity `k` (the object `e`) with the same ends and cluster, if any. */
export function rememberedStatement(memos: Memos, k: number, e: Entity, input: Entity | undefined, output: Entity | undefined, onCluster: string): Statement | undefined {
  const m = memos[k];
  return m !== undefined && m.entity === e && m.input === input && m.output === output && m.onCluster === onCluster ? m : undefined;
}

export function rememberStatement(
  memos: Memos,
  k: number,
  e: Entity,
  input: Entity | undefined,
  output: Entity | undefined,
  onCluster: string,
  text: string,
  runnable: boolean,
): Statement {
  const m: Memo = { text, breaks: lineBreaks(text), runnable, entity: e, input, output, onCluster };
  memos[k] = m;
  return m;
}

/**
 * Memos for a new shape of the design, taken from earlier shapes (most recent
 * first) by entity id where the entity object is still the same: a rename or a
 * new link changes the shape but not the other statements.
 */
export function carryMemos(from: readonly Memos[], entities: readonly Entity[], indexOf: ReadonlyMap<string, number>): Memos {
  const memos: Memos = new Array(entities.length);
  for (const list of from) {
    for (const m of list) {
      if (m === undefined) continue;
      const i = indexOf.get(m.entity.id);
      if (i !== undefined && entities[i] === m.entity && memos[i] === undefined) memos[i] = m;
    }
  }
  return memos;
}

/**
 * Counts the '\n' in `text`. indexOf also flattens a text built by `+=` in place
 * (V8 keeps it as a tree of pieces until then), so every later join of the
 * remembered text is a plain copy.
 */
export function lineBreaks(text: string): number {
  let n = 0;
  for (let i = text.indexOf('\n'); i !== -1; i = text.indexOf('\n', i + 1)) n++;
  return n;
}
