// The one place where names and string values become SQL text. Everything the
// generator writes from user input goes through these three functions, so an
// escaping bug can only live here (and the chdb tests execute its output).
import lexicon from '../clickhouse/lexicon.json';

// Plain-looking words the parser reads as keywords or literals in a column or
// table position (e.g. a column named `null`), so they are backquoted too.
const HAZARDS: ReadonlySet<string> = new Set(lexicon.identifierHazards.map((w) => w.toLowerCase()));

// Control characters are written as escapes so every quoted value stays on one
// line: statement line spans then depend on our layout only, not on the data.
const ESCAPES: Record<string, string> = {
  '\\': '\\\\',
  '\n': '\\n',
  '\t': '\\t',
  '\r': '\\r',
  '\0': '\\0',
  '\b': '\\b',
  '\f': '\\f',
  '\v': '\\v',
};

const IDENT_SPECIAL = /[\\`\n\t\r\0\b\f\v]/g;
const STRING_SPECIAL = /[\\'\n\t\r\0\b\f\v]/g;
const STRING_SPECIAL_TEST = /[\\'\n\t\r\0\b\f\v]/;

function escapeChar(ch: string): string {
  return ESCAPES[ch] ?? '\\' + ch;
}

// Hazard words by length, for a comparison that neither allocates nor hashes.
const HAZARDS_BY_LENGTH: string[][] = [];
for (const w of HAZARDS) (HAZARDS_BY_LENGTH[w.length] ??= []).push(w);

/** True when `name` (letters, digits and '_' only) is a hazard word in any case. */
function isHazard(name: string): boolean {
  const words = HAZARDS_BY_LENGTH[name.length];
  if (words === undefined) return false;
  next: for (const w of words) {
    for (let i = 0; i < name.length; i++) {
      let c = name.charCodeAt(i);
      if (c >= 65 && c <= 90) c += 32;
      if (c !== w.charCodeAt(i)) continue next;
    }
    return true;
  }
  return false;
}

/** True when `name` can be written without backquotes: ^[A-Za-z_][A-Za-z0-9_]*$ and not a hazard word. */
export function isPlainIdent(name: string): boolean {
  const n = name.length;
  if (n === 0) return false;
  // A character loop instead of a regex or a cache: this runs for every name of
  // every statement, mostly on strings never hashed before.
  for (let i = 0; i < n; i++) {
    const c = name.charCodeAt(i);
    const letter = (c >= 97 && c <= 122) || (c >= 65 && c <= 90) || c === 95;
    if (!letter && (i === 0 || c < 48 || c > 57)) return false;
  }
  return !isHazard(name);
}

/**
 * A database, table or column name as SQL. The empty name comes out as two
 * backquotes, which ClickHouse rejects: validation reports empty names.
 */
export function quoteIdent(name: string): string {
  if (isPlainIdent(name)) return name;
  let q = identCache.get(name);
  if (q === undefined) {
    q = '`' + name.replace(IDENT_SPECIAL, escapeChar) + '`';
    // Quoted names repeat (a column in a table, its view and keys); the cap only bounds memory.
    if (identCache.size >= IDENT_CACHE_MAX) identCache.clear();
    identCache.set(name, q);
  }
  return q;
}

const IDENT_CACHE_MAX = 10_000;
const identCache = new Map<string, string>();

/** `db.name`, each part quoted on its own. */
export function qualify(database: string, name: string): string {
  return quoteIdent(database) + '.' + quoteIdent(name);
}

/** A single-quoted string literal that always fits on one line. */
export function quoteString(value: string): string {
  if (!STRING_SPECIAL_TEST.test(value)) return "'" + value + "'";
  return "'" + value.replace(STRING_SPECIAL, escapeChar) + "'";
}
