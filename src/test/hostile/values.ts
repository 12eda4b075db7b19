// Hostile identifiers and string values: every character class that breaks naive
// quoting, escaping, parsing or file naming. Deterministic, so a failure names
// the same value on every run.
import { HOSTILE } from '../hostileNames';

const FRAGMENTS: readonly string[] = [
  // quotes and backquotes
  "'", "''", "it's", '"', 'say "hi"', "'quoted'", '`', '``', 'back`tick', '`already quoted`', '"double quoted"',
  // backslashes
  '\\', '\\\\', 'trailing\\', '\\`', "\\'", '\\n literal', 'C:\\path\\to', '\\x41', '\\0',
  // control characters
  'new\nline', 'tab\there', 'cr\rhere', 'nul\0byte', '\x01ctrl', 'del\x7f', 'bell\x07', '\b\f\v', 'esc\x1b[0m',
  // unicode
  'été', '日本語', '🚀', '👨‍👩‍👧 family', 'e\u0301 combining', 'שלום', 'مرحبا', '\u202Eoverride', 'zero\u200Bwidth', 'ﬁ ligature', 'Ω≈ç√',
  '\uFEFFbom', 'İstanbul', 'straße', '𝔘𝔫𝔦', '🇫🇷', 'a\u0308\u0323', '\u00A0nbsp', 'Ünïcödé Näme',
  // comment and statement markers
  '--', '-- comment', 'a--b', '/*', '*/', '/* block */', 'a/*b*/c', '#hash', ';', 'a;b', "'; DROP TABLE x; --", '`; DROP DATABASE y; --',
  ') ENGINE = Memory --', "', kafka_format = 'CSV", '); SELECT 1; --',
  // leading, trailing and inner spaces
  ' lead', 'trail ', ' both ', 'two  spaces', 'tab\t', '\tlead tab',
  // keywords and literal words
  'select', 'SELECT', 'default', 'DEFAULT', 'index', 'INDEX', 'null', 'NULL', 'from', 'order', 'key', 'engine', 'settings', 'ttl', 'as', 'and',
  'not', 'true', 'false', 'inf', 'nan', 'interval', 'primary', 'table', 'database', 'create', 'drop', 'array', 'tuple', 'all', 'distinct',
  'projection', 'constraint', 'top', 'comment', 'codec', 'alias', 'materialized', 'ephemeral', 'partition', 'sample', 'where', 'group',
  // dots
  '.', '..', 'a.b', 'db.table', 'trailing.', '.leading', 'a..b',
  // braces, percent, dollar
  '{shard}', '{replica}', '{database}', '{', '}', '{}', 'a{b}c', '%', '100%', '%s', '%n', '%2F', '$1', '$$', '${HOME}', '$(whoami)',
  // other punctuation and shapes
  '1starts_with_digit', '123', '0', '-1', '1e5', '0x1F', 'with space', 'CamelCase', '_', '__', '_topic', '_error', 'a,b', 'a=b', '(paren)',
  '[bracket]', '<tag>', '&amp;', '@at', '!bang', '?q', '*', 'a*b', '~tilde', '^caret', '|pipe', 'slash/path', '../etc/passwd', 'a:b', '+plus',
];

// Long values: a plain one that fits every name slot and mixed ones for strings.
const LONG: readonly string[] = [
  'a'.repeat(200),
  'L' + '_x'.repeat(99) + 'Z',
  'long ' + 'é😀\'"`\\\n'.repeat(40),
  ('-- /* ' + "it's " + '`q` ').repeat(60),
];

function build(): string[] {
  const out = new Set<string>();
  for (const v of [...HOSTILE, ...FRAGMENTS, ...LONG]) if (v.trim() !== '') out.add(v);
  // Fragments inside ordinary text and doubled: escapes must hold mid-string too.
  for (const f of FRAGMENTS) {
    if (out.size >= 280) break;
    out.add(`x${f}y`);
    out.add(`${f} ${f}`);
  }
  return [...out];
}

/** Non-empty hostile values (identifiers and strings alike). */
export const HOSTILE_VALUES: readonly string[] = build();

/** Values the validator must flag as empty names (never executed). */
export const EMPTY_VALUES: readonly string[] = ['', ' ', '   ', '\t', '\n', '\r\n', ' \t\r\n '];

/**
 * Length of the name as ClickHouse writes it into a file name: bytes outside
 * [A-Za-z0-9_] become %XX. Databases and tables are files on the server, and
 * the file system caps a file name at 255 bytes.
 */
export function fileNameLength(name: string): number {
  let n = 0;
  for (const b of new TextEncoder().encode(name)) n += (b >= 48 && b <= 57) || (b >= 65 && b <= 90) || (b >= 97 && b <= 122) || b === 95 ? 1 : 3;
  return n;
}

/** Measured on chdb 26.7: 211 is the longest table file name, about 246 the longest database one. */
export const MAX_TABLE_FILE_NAME = 211;
export const MAX_DATABASE_FILE_NAME = 246;

/** `{name}` in Kafka connection settings is a server macro: ClickHouse expands it or refuses the table. */
export function hasMacro(value: string): boolean {
  return /\{[^{}]*\}/.test(value);
}
