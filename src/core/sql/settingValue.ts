// How a setting value typed by the user becomes a literal in a SETTINGS clause.
// Numbers and booleans go bare; everything else becomes a string literal, so a
// value can never break out of its slot whatever the user typed.
import { findKafkaSetting } from '../clickhouse/kafkaSettings';
import lexicon from '../clickhouse/lexicon.json';
import { quoteString } from './quote';

export type LiteralKind = 'number' | 'string';

const NUMERIC = /^[+-]?(\d+(\.\d*)?|\.\d+)([eE][+-]?\d+)?$/;
const BOOL_WORD = /^(true|false)$/i;
const QUOTED = /^'((?:[^'\\]|\\[\s\S]|'')*)'$/;

// ClickHouse setting types whose values are numbers (or booleans) on the wire.
const NUMERIC_TYPES = new Set([
  'Bool',
  'Int64',
  'UInt64',
  'UInt32',
  'Float',
  'Milliseconds',
  'Seconds',
  'NonZeroUInt64',
  'UInt64Auto',
]);

function kindOfLexType(type: string): LiteralKind {
  return NUMERIC_TYPES.has(type) ? 'number' : 'string';
}

const KAFKA_ENGINE_TYPES: ReadonlyMap<string, LiteralKind> = new Map([
  ...lexicon.formatSettings.map((s) => [s.name, kindOfLexType(s.type)] as const),
  ...lexicon.kafkaSettings.map((s) => [s.name, kindOfLexType(s.type)] as const),
]);

const MERGE_TREE_TYPES: ReadonlyMap<string, LiteralKind> = new Map(
  lexicon.mergeTreeSettings.map((s) => [s.name, kindOfLexType(s.type)] as const),
);

/** The literal kind of a Kafka engine (or format) setting; undefined when unknown. */
export function kafkaSettingKind(name: string): LiteralKind | undefined {
  const spec = findKafkaSetting(name);
  if (spec) return spec.type === 'string' || spec.type === 'enum' ? 'string' : 'number';
  return KAFKA_ENGINE_TYPES.get(name);
}

export function mergeTreeSettingKind(name: string): LiteralKind | undefined {
  return MERGE_TREE_TYPES.get(name);
}

/** The text inside a value typed with its own quotes (`'stream'` → `stream`), else the value. */
function unquote(v: string): string {
  const m = QUOTED.exec(v);
  if (!m) return v;
  return m[1]!.replace(/''/g, "'").replace(/\\([\s\S])/g, (_, c: string) => UNESCAPE[c] ?? c);
}

const UNESCAPE: Record<string, string> = { n: '\n', t: '\t', r: '\r', '0': '\0', b: '\b', f: '\f', v: '\v' };

/**
 * The SQL literal for a setting value. Numeric settings keep a numeric or
 * true/false value bare (anything else is quoted and left for ClickHouse or
 * validation to refuse); string settings are always quoted; settings we do not
 * know are bare only when the value is a number.
 */
export function settingLiteral(value: string, kind: LiteralKind | undefined): string {
  const v = value.trim();
  if (NUMERIC.test(v)) return kind === 'string' ? quoteString(v) : v;
  if (kind === 'number' && BOOL_WORD.test(v)) return v.toLowerCase();
  return quoteString(unquote(v));
}
