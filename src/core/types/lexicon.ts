import lexicon from '../clickhouse/lexicon.json';

/** One row of `system.data_type_families`, as captured in the lexicon. */
interface FamilyRow {
  name: string;
  ci: boolean;
  aliasTo: string | null;
  parametric: boolean;
}

const rows: FamilyRow[] = lexicon.typeFamilies as FamilyRow[];

const exact = new Map<string, string>();
const folded = new Map<string, string>();
for (const r of rows) {
  const target = r.aliasTo ?? r.name;
  exact.set(r.name, target);
  if (r.ci) folded.set(r.name.toUpperCase(), target);
}

/** Canonical family names (aliases excluded), as ClickHouse spells them. */
export const CANONICAL_FAMILIES: readonly string[] = rows.filter((r) => r.aliasTo === null).map((r) => r.name);

const canonicalSet = new Set(CANONICAL_FAMILIES);

/** Multi-word alias names (all case-insensitive), upper-cased, e.g. `DOUBLE PRECISION`. */
const multiWord = rows.filter((r) => r.name.includes(' ')).map((r) => r.name.toUpperCase());

/**
 * Resolves a written family name to its canonical family, following aliases and
 * honouring case sensitivity: `bigint` → Int64, `varchar` → String, but `string` → undefined.
 */
export function resolveFamily(written: string): string | undefined {
  return exact.get(written) ?? folded.get(written.toUpperCase());
}

export function isCanonicalFamily(name: string): boolean {
  return canonicalSet.has(name);
}

/** True when `words` (upper-cased, space-joined) starts some multi-word alias. */
export function startsMultiWordAlias(words: string): boolean {
  const prefix = words.toUpperCase() + ' ';
  return multiWord.some((m) => m.startsWith(prefix));
}

const zones = new Set<string>(lexicon.timeZones);
export const TIME_ZONES: readonly string[] = lexicon.timeZones;
export function isKnownTimeZone(tz: string): boolean {
  return zones.has(tz);
}

const aggregates = new Set<string>(lexicon.aggregateFunctions);
export const AGGREGATE_FUNCTIONS: readonly string[] = lexicon.aggregateFunctions;
const combinators: readonly string[] = lexicon.combinators;

/**
 * True when `name` is an aggregate function, possibly with combinator suffixes
 * (`sumIf`, `uniqExactState`, `groupArrayArray`).
 */
export function isAggregateFunction(name: string): boolean {
  if (aggregates.has(name)) return true;
  for (const c of combinators) {
    if (name.length > c.length && name.endsWith(c) && isAggregateFunction(name.slice(0, -c.length))) return true;
  }
  return false;
}

/**
 * Functions SimpleAggregateFunction accepts (ClickHouse's own list from its error text,
 * clickhouse.md §b.3).
 */
export const SIMPLE_AGGREGATE_FUNCTIONS: readonly string[] = [
  'any', 'any_respect_nulls', 'anyLast', 'anyLast_respect_nulls', 'min', 'max', 'sum', 'sumWithOverflow',
  'groupBitAnd', 'groupBitOr', 'groupBitXor', 'sumMap', 'minMap', 'maxMap', 'groupArrayArray',
  'groupArrayLastArray', 'groupUniqArrayArray', 'groupUniqArrayArrayMap', 'sumMappedArrays',
  'minMappedArrays', 'maxMappedArrays',
];

function editDistance(a: string, b: string): number {
  const prev = Array.from({ length: b.length + 1 }, (_, i) => i);
  for (let i = 1; i <= a.length; i++) {
    let diag = prev[0]!;
    prev[0] = i;
    for (let j = 1; j <= b.length; j++) {
      const tmp = prev[j]!;
      prev[j] = Math.min(prev[j]! + 1, prev[j - 1]! + 1, diag + (a[i - 1] === b[j - 1] ? 0 : 1));
      diag = tmp;
    }
  }
  return prev[b.length]!;
}

/** Closest name from `candidates`: a case-insensitive match first, else edit distance ≤ 2. */
export function closestName(name: string, candidates: readonly string[]): string | undefined {
  const lower = name.toLowerCase();
  const ci = candidates.find((c) => c.toLowerCase() === lower);
  if (ci) return ci;
  let best: string | undefined;
  // Short names tolerate one typo, longer ones two.
  let bestD = name.length >= 5 ? 3 : 2;
  for (const c of candidates) {
    const d = editDistance(lower, c.toLowerCase());
    if (d < bestD) {
      bestD = d;
      best = c;
    }
  }
  return best;
}
