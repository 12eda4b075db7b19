// Memos for pure functions of strings. A design repeats the same few column types,
// names and expressions across hundreds of tables, and validation asks about each
// of them several times, so parsing once per distinct text is most of the saving.
// Results are shared between callers: the trees are frozen so that a caller who
// mutates one fails loudly instead of corrupting every later lookup.
import { TextCache, TextCache2 } from '../cache/textCache';

// Lets `undefined` results be remembered too (TextCache answers undefined for "absent").
const NONE: unique symbol = Symbol('none');

/** `fn` remembered per argument. */
export function memoByText<R>(fn: (text: string) => R): (text: string) => R {
  const cache = new TextCache<R | typeof NONE>();
  return (text) => {
    const hit = cache.get(text);
    if (hit !== undefined) return hit === NONE ? (undefined as R) : hit;
    const r = fn(text);
    cache.set(text, r === undefined ? NONE : r);
    return r;
  };
}

/** `fn` remembered per pair of arguments. */
export function memoByTexts<R>(fn: (a: string, b: string) => R): (a: string, b: string) => R {
  const cache = new TextCache2<R | typeof NONE>();
  return (a, b) => {
    const hit = cache.get(a, b);
    if (hit !== undefined) return hit === NONE ? (undefined as R) : hit;
    const r = fn(a, b);
    cache.set(a, b, r === undefined ? NONE : r);
    return r;
  };
}

/** Freezes a result and everything reachable from it (plain objects and arrays only). */
export function deepFreeze<T>(value: T): T {
  if (typeof value !== 'object' || value === null || Object.isFrozen(value)) return value;
  Object.freeze(value);
  for (const v of Object.values(value)) deepFreeze(v);
  return value;
}
