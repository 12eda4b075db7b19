// Key clauses (ORDER BY, PRIMARY KEY, PARTITION BY, SAMPLE BY) are typed by the
// user as expressions. We keep them as typed and only decide the outer shape:
// a comma list becomes one tuple, and a bare name of one of the table's
// columns that needs backquotes gets them (users pick columns by name).
import { isPlainIdent, quoteIdent } from './quote';
import { TextCache } from '../cache/textCache';
import { trim } from './trim';

const NESTING = /[()[\]{}'"`]/;

/** Items separated by top-level commas; commas inside brackets or quotes do not count. */
export function splitTopLevel(text: string): string[] {
  if (!NESTING.test(text)) {
    const out: string[] = [];
    for (const part of text.split(',')) {
      const item = part.trim();
      if (item !== '') out.push(item);
    }
    return out;
  }
  const out: string[] = [];
  let depth = 0;
  let quote = '';
  let start = 0;
  for (let i = 0; i < text.length; i++) {
    const ch = text[i]!;
    if (quote !== '') {
      if (ch === '\\') i++;
      else if (ch === quote) quote = '';
      continue;
    }
    if (ch === "'" || ch === '"' || ch === '`') quote = ch;
    else if (ch === '(' || ch === '[' || ch === '{') depth++;
    else if (ch === ')' || ch === ']' || ch === '}') depth = depth > 0 ? depth - 1 : 0;
    else if (ch === ',' && depth === 0) {
      out.push(text.slice(start, i).trim());
      start = i + 1;
    }
  }
  out.push(text.slice(start).trim());
  return out.filter((s) => s !== '');
}

/** The names a key may refer to bare; only those needing backquotes matter here. */
export type ColumnNames = readonly { name: string }[];

/** The item backquoted when it is exactly the name of one of the columns and needs quotes. */
export function asColumn(item: string, columns: ColumnNames): string {
  // Plain names and ordinary expressions are the common case: no scan for them.
  if (item === '' || isPlainIdent(item)) return item;
  return isColumn(item, columns) ? quoteIdent(item) : item;
}

function isColumn(name: string, columns: ColumnNames): boolean {
  // Lengths first: names rarely match, and comparing lengths needs no call.
  const n = name.length;
  for (const c of columns) if (c.name.length === n && c.name === name) return true;
  return false;
}

/**
 * A text computed from a key string that looked up the column names in `probes`
 * and found none: it holds for any column list that has none of them either.
 */
interface ColumnFree {
  text: string;
  probes: readonly string[];
}

/** True when none of the entry's probed names is a column of `columns`. */
function holds(entry: ColumnFree, columns: ColumnNames): boolean {
  for (const p of entry.probes) if (isColumn(p, columns)) return false;
  return true;
}

const keyCache = new TextCache<ColumnFree>();

/** `asColumn` that records what it looked up; undefined when a column matched (the result is then not cached). */
function probed(item: string, columns: ColumnNames, probes: string[]): string | undefined {
  if (item === '' || isPlainIdent(item)) return item;
  if (isColumn(item, columns)) return undefined;
  probes.push(item);
  return item;
}

/**
 * A key expression as written after its clause keyword, or '' when empty.
 * `a, b` → `(a, b)`; a single expression stays as it is.
 */
export function keyExpression(text: string, columns: ColumnNames): string {
  const hit = keyCache.get(text);
  if (hit !== undefined && holds(hit, columns)) return hit.text;
  const probes: string[] = [];
  const out = columnFreeKey(text, columns, probes);
  if (out !== undefined) {
    keyCache.set(text, { text: out, probes });
    return out;
  }
  return keyText(text, columns);
}

/** The key when no item names a column that needs quotes, else undefined. */
function columnFreeKey(text: string, columns: ColumnNames, probes: string[]): string | undefined {
  const whole = text.trim();
  if (whole === '') return '';
  // A column whose name itself contains a comma must not be split.
  if (probed(whole, columns, probes) === undefined) return undefined;
  const items = splitTopLevel(whole);
  if (items.length === 0) return '';
  let out = '';
  for (const item of items) {
    if (probed(item, columns, probes) === undefined) return undefined;
    out = out === '' ? item : out + ', ' + item;
  }
  return items.length === 1 ? out : '(' + out + ')';
}

function keyText(text: string, columns: ColumnNames): string {
  const whole = text.trim();
  const asWhole = asColumn(whole, columns);
  if (asWhole !== whole) return asWhole;
  const items = splitTopLevel(whole);
  if (items.length === 0) return '';
  if (items.length === 1) return asColumn(items[0]!, columns);
  return '(' + items.map((i) => asColumn(i, columns)).join(', ') + ')';
}

/** A single expression (SAMPLE BY): no tuple wrapping, column names quoted. */
export function singleExpression(text: string, columns: ColumnNames): string {
  return asColumn(trim(text), columns);
}
