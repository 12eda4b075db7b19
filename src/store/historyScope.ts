// Which edits are "typing": panels call `change` on every keystroke without
// saying so, so the store infers a coalesce key from the edit itself. An edit
// whose only differences are string values inside existing entities (same
// entities, same links, same options) gets a key naming those entities and
// fields; typing on in the same field gives the same key and so joins the same
// undo step. Anything else (adding, removing, connecting, moving, toggling a
// checkbox, a list growing or shrinking) gets no key and is a step of its own.
import type { Pipeline } from '../core/model/types';

const isPlainObject = (v: unknown): v is Record<string, unknown> =>
  typeof v === 'object' && v !== null && !Array.isArray(v);

/** Paths where only strings differ between a and b, or null when anything else differs. */
function stringPaths(a: unknown, b: unknown, path: string, out: string[]): boolean {
  if (a === b) return true;
  if (typeof a === 'string' && typeof b === 'string') {
    out.push(path);
    return true;
  }
  if (Array.isArray(a) && Array.isArray(b)) {
    if (a.length !== b.length) return false;
    for (let i = 0; i < a.length; i++) {
      const x: unknown = a[i];
      const y: unknown = b[i];
      if (x === y) continue;
      // Rows with ids (columns, mappings) are named by id so reordering never aliases two rows.
      const xid = isPlainObject(x) ? x['id'] : undefined;
      const yid = isPlainObject(y) ? y['id'] : undefined;
      if (xid !== yid) return false;
      if (!stringPaths(x, y, `${path}[${typeof xid === 'string' ? xid : i}]`, out)) return false;
    }
    return true;
  }
  if (isPlainObject(a) && isPlainObject(b)) {
    const keys = new Set([...Object.keys(a), ...Object.keys(b)]);
    for (const k of keys) {
      if (!(k in a) || !(k in b)) return false;
      if (!stringPaths(a[k], b[k], path === '' ? k : `${path}.${k}`, out)) return false;
    }
    return true;
  }
  return false;
}

/** The inferred coalesce key of the edit before → after, or null when it is not a typing edit. */
export function typingScope(before: Pipeline, after: Pipeline): string | null {
  if (before.links !== after.links || before.options !== after.options) return null;
  if (before.entities.length !== after.entities.length) return null;
  const parts: string[] = [];
  for (let i = 0; i < after.entities.length; i++) {
    const b = before.entities[i]!;
    const a = after.entities[i]!;
    if (a === b) continue;
    if (a.id !== b.id) return null;
    const paths: string[] = [];
    if (!stringPaths(b, a, '', paths)) return null;
    parts.push(`${a.id}:${paths.join(',')}`);
  }
  return parts.length === 0 ? null : `typing:${parts.join(';')}`;
}
