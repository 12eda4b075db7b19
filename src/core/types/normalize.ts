import { formatType } from './format';
import { parseType } from './parse';

/** The canonical spelling of type text (`bigint` → Int64); unparsable text comes back unchanged. */
export function normalizeType(text: string): string {
  const r = parseType(text);
  return r.ok ? formatType(r.type) : text;
}
