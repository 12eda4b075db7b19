// Statement texts remembered per entity object. The document is immutable and
// an edit replaces only the entities it touches, so while the user types in one
// panel every other statement is reused. A view's text also depends on its
// source and target objects, so those are part of the key; the cluster option
// appears in every CREATE.
import type { Entity } from '../model/types';
import type { SqlContext } from './context';

interface Memo {
  text: string;
  runnable: boolean;
  input: Entity | undefined;
  output: Entity | undefined;
  onCluster: string;
}

const memo = new WeakMap<Entity, Memo>();

export function statementFor(e: Entity, ctx: SqlContext, make: () => { text: string; runnable: boolean }): Memo {
  const input = e.kind === 'materializedView' ? ctx.inputOf.get(e.id) : undefined;
  const output = e.kind === 'materializedView' ? ctx.outputOf.get(e.id) : undefined;
  const hit = memo.get(e);
  if (hit && hit.input === input && hit.output === output && hit.onCluster === ctx.onCluster) return hit;
  const made = make();
  const m: Memo = { text: made.text, runnable: made.runnable, input, output, onCluster: ctx.onCluster };
  memo.set(e, m);
  return m;
}
