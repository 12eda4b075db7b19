// Completion of the word being typed in a view expression: source columns, Kafka virtual
// columns and ClickHouse functions (aggregates also with their -State form), best first.
import lexicon from '../../core/clickhouse/lexicon.json';
import { identifier } from '../shared/identifiers';

export interface Suggestion {
  /** Text inserted in place of the word. */
  insert: string;
  /** What the list shows on the right: a type, "function", … */
  detail: string;
  kind: 'column' | 'virtual' | 'function';
}

const AGGREGATES: ReadonlySet<string> = new Set(lexicon.aggregateFunctions);

/** Every function once, aggregates followed by their -State and -Merge forms. */
export function functionSuggestions(functions: readonly string[]): Suggestion[] {
  return functions.flatMap((f): Suggestion[] => {
    const fn: Suggestion = { insert: `${f}(`, detail: AGGREGATES.has(f) ? 'aggregate' : 'function', kind: 'function' };
    if (!AGGREGATES.has(f)) return [fn];
    return [fn, { insert: `${f}State(`, detail: 'aggregate state', kind: 'function' }, { insert: `${f}Merge(`, detail: 'merge states', kind: 'function' }];
  });
}

let loaded: Promise<readonly Suggestion[]> | null = null;

/** The function list is ~9 KB gzip: it is fetched the first time an expression field wants it. */
export function loadFunctionSuggestions(): Promise<readonly Suggestion[]> {
  loaded ??= import('../../core/clickhouse/sqlWords.json').then((m) => functionSuggestions(m.default.functions));
  return loaded;
}

/** The word ending at `caret`: identifier characters and dots (for `_headers.name`), or a backquoted name in progress. */
export function wordAt(text: string, caret: number): { start: number; word: string } {
  let i = caret;
  while (i > 0 && /[A-Za-z0-9_.]/.test(text[i - 1]!)) i--;
  if (i > 0 && text[i - 1] === '`') i--;
  // A word starting with a digit is a number, not a name.
  const word = text.slice(i, caret);
  return /^\d/.test(word) ? { start: caret, word: '' } : { start: i, word };
}

/**
 * Suggestions for the word at the caret: names starting with it (case-insensitive), columns
 * before virtual columns before functions, at most `limit`. Nothing for an empty word or
 * a word that is already exactly a suggestion.
 */
export function complete(text: string, caret: number, pool: readonly Suggestion[], limit = 12): { start: number; items: Suggestion[] } {
  const { start, word } = wordAt(text, caret);
  const w = word.replace(/^`/, '').toLowerCase();
  if (w === '') return { start, items: [] };
  const match = (s: Suggestion) => s.insert.replace(/^`/, '').toLowerCase().startsWith(w);
  const items = pool.filter(match);
  if (items.length === 1 && items[0]!.insert === word) return { start, items: [] };
  const rank = { column: 0, virtual: 1, function: 2 } as const;
  items.sort((a, b) => rank[a.kind] - rank[b.kind] || a.insert.length - b.insert.length);
  return { start, items: items.slice(0, limit) };
}

export function columnSuggestions(columns: readonly { name: string; type: string }[], kind: 'column' | 'virtual' = 'column'): Suggestion[] {
  return columns.map((c) => ({ insert: c.name.includes('.') && kind === 'virtual' ? c.name : identifier(c.name), detail: c.type, kind }));
}

/** The text after accepting a suggestion for the word starting at `start` and ending at `caret`. */
export function accept(text: string, start: number, caret: number, s: Suggestion): { text: string; caret: number } {
  const next = text.slice(0, start) + s.insert + text.slice(caret);
  return { text: next, caret: start + s.insert.length };
}
