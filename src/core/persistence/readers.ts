// Small typed readers over untrusted JSON. A reader either returns a value of
// the promised type or throws ShapeError naming the exact path, so the restore
// code reads like a schema and parseDesign turns the first problem into a message.

export type Obj = Record<string, unknown>;

export class ShapeError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'ShapeError';
  }
}

/** `pipeline.entities` + 2 → `pipeline.entities[2]`; `pipeline` + `links` → `pipeline.links`. */
export const at = (path: string, key: string | number): string =>
  typeof key === 'number' ? `${path}[${key}]` : path === '' ? key : `${path}.${key}`;

export function describe(v: unknown): string {
  if (v === null) return 'null';
  if (Array.isArray(v)) return 'an array';
  if (typeof v === 'object') return 'an object';
  if (typeof v === 'string') return 'a string';
  if (typeof v === 'number') return 'a number';
  if (typeof v === 'boolean') return 'a boolean';
  return typeof v;
}

function fail(path: string, expected: string, v: unknown): never {
  if (v === undefined) throw new ShapeError(`${path} is missing (expected ${expected})`);
  throw new ShapeError(`${path} must be ${expected}, found ${describe(v)}`);
}

export function isObj(v: unknown): v is Obj {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

export function asObj(v: unknown, path: string): Obj {
  return isObj(v) ? v : fail(path, 'an object', v);
}

/** A property of `o`; absent or undefined reads as undefined (JSON has no undefined). */
const prop = (o: Obj, key: string): unknown => (Object.prototype.hasOwnProperty.call(o, key) ? o[key] : undefined);

/** A string field; when `fallback` is given a missing field takes it, otherwise it is required. */
export function str(o: Obj, key: string, path: string, fallback?: string): string {
  const v = prop(o, key);
  if (typeof v === 'string') return v;
  if (v === undefined && fallback !== undefined) return fallback;
  return fail(at(path, key), 'a string', v);
}

export function bool(o: Obj, key: string, path: string, fallback: boolean): boolean {
  const v = prop(o, key);
  if (typeof v === 'boolean') return v;
  if (v === undefined) return fallback;
  return fail(at(path, key), 'true or false', v);
}

export function finiteNumber(o: Obj, key: string, path: string, fallback?: number): number {
  const v = prop(o, key);
  if (typeof v === 'number' && Number.isFinite(v)) return v;
  if (v === undefined && fallback !== undefined) return fallback;
  return fail(at(path, key), 'a number', v);
}

/** An array field; a missing optional one reads as empty. */
export function list(o: Obj, key: string, path: string, required = false): unknown[] {
  const v = prop(o, key);
  if (Array.isArray(v)) return v;
  if (v === undefined && !required) return [];
  return fail(at(path, key), 'an array', v);
}

/** An object field; a missing optional one reads as `{}`. */
export function child(o: Obj, key: string, path: string, required = false): Obj | undefined {
  const v = prop(o, key);
  if (v === undefined && !required) return undefined;
  return asObj(v, at(path, key));
}

export function oneOf<T extends string>(o: Obj, key: string, path: string, allowed: readonly T[], fallback: T): T {
  const v = str(o, key, path, fallback);
  if ((allowed as readonly string[]).includes(v)) return v as T;
  const shown = allowed.map((a) => (a === '' ? '""' : a)).join(', ');
  throw new ShapeError(`${at(path, key)} must be one of ${shown}, found "${v}"`);
}

/** A `{ name: string }` map, returned with its keys sorted so equal maps serialize alike. */
export function stringRecord(o: Obj, key: string, path: string, fallback: Record<string, string>): Record<string, string> {
  const v = prop(o, key);
  if (v === undefined) return { ...fallback };
  const rec = asObj(v, at(path, key));
  const out: Record<string, string> = {};
  for (const name of Object.keys(rec).sort()) {
    const value = rec[name];
    if (typeof value !== 'string') fail(at(at(path, key), name), 'a string', value);
    out[name] = value;
  }
  return out;
}

/** Reads each element with `read`, passing its path. */
export function eachOf<T>(items: readonly unknown[], path: string, read: (o: Obj, path: string, index: number) => T): T[] {
  return items.map((item, i) => read(asObj(item, at(path, i)), at(path, i), i));
}
