// The one place where names and string values become SQL text. Everything the
// generator writes from user input goes through these three functions, so an
// escaping bug can only live here (and the chdb tests execute its output).
import lexicon from '../clickhouse/lexicon.json';
import { TextCache2 } from './textCache';

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

// The longest hazard word; longer plain names skip the hazard lookup.
const HAZARD_MAX = Math.max(...[...HAZARDS].map((w) => w.length));

/** True when `name` can be written without backquotes: ^[A-Za-z_][A-Za-z0-9_]*$ and not a hazard word. */
export function isPlainIdent(name: string): boolean {
  const n = name.length;
  if (n === 0) return false;
  // A character loop instead of a regex: this runs for every name of every statement.
  for (let i = 0; i < n; i++) {
    const c = name.charCodeAt(i);
    const letter = (c >= 97 && c <= 122) || (c >= 65 && c <= 90) || c === 95;
    if (!letter && (i === 0 || c < 48 || c > 57)) return false;
  }
  return n > HAZARD_MAX || !HAZARDS.has(name.toLowerCase());
}

/**
 * A database, table or column name as SQL. The empty name comes out as two
 * backquotes, which ClickHouse rejects: validation reports empty names.
 */
export function quoteIdent(name: string): string {
  // Every name goes through the cache, plain ones too: one hash lookup is cheaper
  // than the character scan, the lower-casing and the hazard lookup, and the same
  // names repeat in every table of a design (a 1,000-node script quotes ~10,000).
  let q = identCache.get(name);
  if (q === undefined) {
    q = isPlainIdent(name) ? name : '`' + name.replace(IDENT_SPECIAL, escapeChar) + '`';
    // The cap only bounds memory.
    if (identCache.size >= IDENT_CACHE_MAX) identCache.clear();
    identCache.set(name, q);
  }
  return q;
}

const IDENT_CACHE_MAX = 20_000;
const identCache = new Map<string, string>();

// database → name → `db.name`: every statement names one or two tables.
const qualified = new TextCache2<string>();

/** `db.name`, each part quoted on its own. */
export function qualify(database: string, name: string): string {
  let q = qualified.get(database, name);
  if (q === undefined) qualified.set(database, name, (q = quoteIdent(database) + '.' + quoteIdent(name)));
  return q;
}

/** A single-quoted string literal that always fits on one line. */
export function quoteString(value: string): string {
  if (!STRING_SPECIAL_TEST.test(value)) return "'" + value + "'";
  return "'" + value.replace(STRING_SPECIAL, escapeChar) + "'";
}
