// ORDER BY chips: a key typed as text (`a, toDate(ts)` or `(a, b)`) seen as a list of
// top-level items, so a column can be toggled without touching the other expressions.
import { identifier } from '../shared/identifiers';

/** Top-level comma-separated items; commas inside (), [] and quotes do not split. */
export function splitTopLevel(text: string): string[] {
  const items: string[] = [];
  let depth = 0;
  let quote: string | null = null;
  let start = 0;
  for (let i = 0; i < text.length; i++) {
    const ch = text[i]!;
    if (quote) {
      if (ch === '\\') i++;
      else if (ch === quote) quote = null;
    } else if (ch === "'" || ch === '"' || ch === '`') quote = ch;
    else if (ch === '(' || ch === '[') depth++;
    else if (ch === ')' || ch === ']') depth = Math.max(0, depth - 1);
    else if (ch === ',' && depth === 0) {
      items.push(text.slice(start, i));
      start = i + 1;
    }
  }
  items.push(text.slice(start));
  return items.map((s) => s.trim()).filter((s) => s !== '');
}

/** The key's items, looking inside one outer tuple: `(a, b)` and `tuple(a, b)` give [a, b]. */
export function keyItems(key: string): { items: string[]; wrapped: boolean } {
  const t = key.trim();
  const m = /^(tuple)?\s*\(([\s\S]*)\)$/.exec(t);
  if (m && balanced(m[2]!)) return { items: splitTopLevel(m[2]!), wrapped: true };
  return { items: splitTopLevel(t), wrapped: false };
}

// `(a) + (b)` starts with ( and ends with ) but is not one tuple.
function balanced(inner: string): boolean {
  let depth = 0;
  let quote: string | null = null;
  for (let i = 0; i < inner.length; i++) {
    const ch = inner[i]!;
    if (quote) {
      if (ch === '\\') i++;
      else if (ch === quote) quote = null;
    } else if (ch === "'" || ch === '"' || ch === '`') quote = ch;
    else if (ch === '(') depth++;
    else if (ch === ')' && --depth < 0) return false;
  }
  return depth === 0;
}

function sameColumn(item: string, name: string): boolean {
  return item === name || item === identifier(name);
}

export function keyHasColumn(key: string, name: string): boolean {
  return keyItems(key).items.some((i) => sameColumn(i, name));
}

/** Adds the column at the end of the key, or removes it if present. */
export function toggleKeyColumn(key: string, name: string): string {
  const { items, wrapped } = keyItems(key);
  const has = items.some((i) => sameColumn(i, name));
  const next = has ? items.filter((i) => !sameColumn(i, name)) : [...items, identifier(name)];
  if (next.length === 0) return '';
  return wrapped && next.length > 1 ? `(${next.join(', ')})` : next.join(', ');
}
