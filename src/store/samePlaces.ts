// A drag changes where nodes are and nothing else. Neither the SQL nor the problems
// depend on positions, so what was derived from the design before the drag still holds
// after it: recomputing it (a cold validation of 500 nodes is about 9 ms, the SQL a few)
// made the end of every drag stutter.

/** Do two designs differ at most in the positions of their entities? */
export function onlyPositionsDiffer(a: PipelineLike, b: PipelineLike): boolean {
  if (a === b) return true;
  if (a.links !== b.links || a.options !== b.options || a.entities.length !== b.entities.length) return false;
  for (let i = 0; i < a.entities.length; i++) {
    const x = a.entities[i]!;
    const y = b.entities[i]!;
    if (x !== y && !sameButPosition(x as unknown as Record<string, unknown>, y as unknown as Record<string, unknown>)) return false;
  }
  return true;
}

interface PipelineLike {
  entities: readonly object[];
  links: unknown;
  options: unknown;
}

function sameButPosition(x: Record<string, unknown>, y: Record<string, unknown>): boolean {
  const keys = Object.keys(x);
  if (keys.length !== Object.keys(y).length) return false;
  return keys.every((k) => k === 'position' || Object.is(x[k], y[k]));
}

/**
 * A per-design cache that carries the last value over to a design that differs from
 * the last one only in positions.
 */
export function positionBlindCache<P extends PipelineLike, V>(compute: (p: P) => V): (p: P) => V {
  const values = new WeakMap<P, V>();
  let last: { p: P; v: V } | null = null;
  return (p) => {
    let v = values.get(p);
    if (v === undefined) {
      v = last && onlyPositionsDiffer(last.p, p) ? last.v : compute(p);
      values.set(p, v);
    }
    last = { p, v };
    return v;
  };
}
