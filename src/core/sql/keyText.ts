// Key clauses (ORDER BY, PRIMARY KEY, PARTITION BY, SAMPLE BY) are typed by the
// user as expressions. We keep them as typed and only decide the outer shape:
// a comma list becomes one tuple, and a bare name of one of the table's
// columns that needs backquotes gets them (users pick columns by name).
import { isPlainIdent, quoteIdent } from './quote';

/** Items separated by top-level commas; commas inside brackets or quotes do not count. */
export function splitTopLevel(text: string): string[] {
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

/** Names of the table's columns that cannot be written bare. */
export function namesNeedingQuotes(names: Iterable<string>): Set<string> {
  const out = new Set<string>();
  for (const n of names) if (n !== '' && !isPlainIdent(n)) out.add(n);
  return out;
}

function element(item: string, quotable: ReadonlySet<string>): string {
  return quotable.has(item) ? quoteIdent(item) : item;
}

/**
 * A key expression as written after its clause keyword, or '' when empty.
 * `a, b` → `(a, b)`; a single expression stays as it is.
 */
export function keyExpression(text: string, quotable: ReadonlySet<string>): string {
  const whole = text.trim();
  if (whole === '') return '';
  // A column whose name itself contains a comma must not be split.
  if (quotable.has(whole)) return quoteIdent(whole);
  const items = splitTopLevel(whole);
  if (items.length === 0) return '';
  if (items.length === 1) return element(items[0]!, quotable);
  return '(' + items.map((i) => element(i, quotable)).join(', ') + ')';
}

/** A single expression (SAMPLE BY): no tuple wrapping, column names quoted. */
export function singleExpression(text: string, quotable: ReadonlySet<string>): string {
  const whole = text.trim();
  return quotable.has(whole) ? quoteIdent(whole) : whole;
}
