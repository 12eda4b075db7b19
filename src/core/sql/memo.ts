// Statement texts remembered per entity object. The document is immutable and
// an edit replaces only the entities it touches, so while the user types in one
// panel every other statement is reused. A view's text also depends on its
// source and target objects, so those are part of the key; the cluster option
// appears in every CREATE.
import type { Entity } from '../model/types';

export interface Statement {
  text: string;
  /** Line breaks inside `text`, so the script's line spans need no scan of the joined text. */
  breaks: number;
  runnable: boolean;
}

interface Memo extends Statement {
  input: Entity | undefined;
  output: Entity | undefined;
  onCluster: string;
}

const memo = new WeakMap<Entity, Memo>();

/** The statement made earlier for `e` with the same ends and cluster, if any. */
export function rememberedStatement(e: Entity, input: Entity | undefined, output: Entity | undefined, onCluster: string): Statement | undefined {
  const hit = memo.get(e);
  return hit && hit.input === input && hit.output === output && hit.onCluster === onCluster ? hit : undefined;
}

export function rememberStatement(e: Entity, input: Entity | undefined, output: Entity | undefined, onCluster: string, text: string, runnable: boolean): Statement {
  const m: Memo = { text, breaks: lineBreaks(text), runnable, input, output, onCluster };
  memo.set(e, m);
  return m;
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
