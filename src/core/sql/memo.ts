// Statement texts remembered per entity. The document is immutable and an edit
// replaces only the entities it touches, so while the user types in one panel
// every other statement is reused. A view's text also depends on its source and
// target objects, so those are part of the key; the cluster option appears in
// every CREATE. Memos live in the design's shape (shape.ts), one slot per entity
// index: a lookup is an array read and an identity check, with no hashing of
// objects that a WeakMap would need for every entity of a freshly opened file.
// When the object differs but its content does not (a design opened again, a
// baseline read back), the memo is taken over by the new object.
import type { Entity } from '../model/types';
import { sameContent } from './sameContent';

export interface Statement {
  text: string;
  /** Line breaks inside `text`, so the script's line spans need no scan of the joined text. */
  breaks: number;
  runnable: boolean;
}

interface Memo extends Statement {
  // Mutable: a memo moves to a new object with the same content (all these
  // objects are immutable, so content equal once is equal for good).
  entity: Entity;
  /** An earlier object with the same content as `entity`, so a view whose end was taken over still matches by identity. */
  was: Entity | undefined;
  input: Entity | undefined;
  output: Entity | undefined;
  onCluster: string;
}

/** Remembered statements by entity index. */
export type Memos = (Memo | undefined)[];

export type { Memo };

/**
 * The statement made earlier for entity `k` with the same ends (entity indices
 * `i` and `o`, -1 for none) and cluster, if any. An end is recognised through
 * the memo of its own slot when that memo was taken over earlier in this call,
 * so its content is not compared twice.
 */
export function rememberedStatement(memos: Memos, entities: readonly Entity[], k: number, i: number, o: number, onCluster: string): Statement | undefined {
  const m = memos[k];
  if (m === undefined || m.onCluster !== onCluster) return undefined;
  const e = entities[k]!;
  const input = i >= 0 ? entities[i] : undefined;
  const output = o >= 0 ? entities[o] : undefined;
  if (m.entity === e && m.input === input && m.output === output) return m;
  if (m.entity !== e && !sameContent(m.entity, e)) return undefined;
  if (!sameEnd(m.input, input, i >= 0 ? memos[i] : undefined) || !sameEnd(m.output, output, o >= 0 ? memos[o] : undefined)) return undefined;
  if (m.entity !== e) {
    m.was = m.entity;
    m.entity = e;
  }
  m.input = input;
  m.output = output;
  return m;
}

function sameEnd(before: Entity | undefined, now: Entity | undefined, memo: Memo | undefined): boolean {
  if (before === now) return true;
  if (before === undefined || now === undefined) return false;
  if (memo !== undefined && memo.entity === now && memo.was === before) return true;
  return sameContent(before, now);
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
  const m: Memo = { text, breaks: lineBreaks(text), runnable, entity: e, was: undefined, input, output, onCluster };
  memos[k] = m;
  return m;
}

/**
 * Memos for a new shape of the design, taken from earlier shapes (most recent
 * first) by entity id: a rename or a new link changes the shape but not the
 * other statements. A memo for the same object is preferred; any other is only
 * a candidate, reused when rememberedStatement finds the content (and the
 * view's ends) the same, as in a copy of the design with one entity renamed.
 */
export function carryMemos(from: readonly { indexOf: ReadonlyMap<string, number>; memos: Memos }[], entities: readonly Entity[]): Memos {
  const memos: Memos = new Array(entities.length);
  if (from.length === 0) return memos;
  for (let i = 0; i < entities.length; i++) {
    const e = entities[i]!;
    let found: Memo | undefined;
    for (const s of from) {
      const j = s.indexOf.get(e.id);
      const m = j === undefined ? undefined : s.memos[j];
      if (m === undefined) continue;
      found ??= m;
      if (m.entity === e) {
        found = m;
        break;
      }
    }
    memos[i] = found;
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
