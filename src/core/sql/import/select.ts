// A view's SELECT as the mapping grid holds it (items with their target names,
// one source table, WHERE, GROUP BY), or, when it does not fit, the reason and
// the query kept verbatim. The source is still found for the graph's link.
import type { Token } from './lexer';
import { quoteIdent } from '../quote';
import { Reader, type Name } from './reader';

export interface GridSelect {
  kind: 'grid';
  items: { target: string; expr: string }[];
  from: Name;
  where: string;
  groupBy: string;
}

export interface RawSelect {
  kind: 'raw';
  text: string;
  /** Why the grid cannot hold it. */
  reason: string;
  /** The first table read, when there is a plain one. */
  from: Name | undefined;
}

class NotGrid extends Error {}

const CLAUSE_WORDS = ['PREWHERE', 'HAVING', 'ORDER', 'LIMIT', 'SETTINGS', 'UNION', 'EXCEPT', 'INTERSECT', 'FORMAT', 'QUALIFY', 'WINDOW', 'OFFSET', 'INTO'];
const JOIN_WORDS = ['JOIN', 'ARRAY', 'LEFT', 'RIGHT', 'INNER', 'FULL', 'CROSS', 'ANY', 'ALL', 'SEMI', 'ANTI', 'ASOF', 'GLOBAL', 'PASTE', 'FINAL', 'SAMPLE', 'AS', 'USING', 'ON'];

/** Throws NotGrid when a token range uses something the grid cannot express. */
function checkExpression(r: Reader, range: readonly [number, number]): void {
  for (let i = range[0]; i < range[1]; i++) {
    const t = r.tokens[i]!;
    if (t.kind !== 'word') continue;
    if (t.is('SELECT')) throw new NotGrid('it has a subquery');
    if (t.is('OVER')) throw new NotGrid('it uses a window function');
    if (t.is('ARRAYJOIN')) throw new NotGrid('it uses arrayJoin');
  }
}

function readGrid(r: Reader, end: number): GridSelect {
  if (!r.acceptWords('SELECT')) throw new NotGrid(r.isWord('WITH') ? 'it starts with WITH' : 'it is not a plain SELECT');
  if (r.isWord('DISTINCT') || r.isWord('TOP')) throw new NotGrid('it uses DISTINCT or TOP');
  const items: GridSelect['items'] = [];
  const fromStop = (x: Reader) => x.isPunct(',') || x.isWord('FROM');
  for (;;) {
    const range = r.until(fromStop);
    if (range[1] === range[0]) throw new NotGrid('it has an empty select item');
    checkExpression(r, range);
    items.push(item(r, range));
    if (!r.acceptPunct(',')) break;
  }
  if (!r.acceptWords('FROM')) throw new NotGrid('it reads no table');
  const t = r.peek();
  if (!t || (t.kind !== 'word' && t.kind !== 'quoted') || r.isPunct('(', 1)) throw new NotGrid('it reads from a subquery or table function');
  const from = r.qualifiedName('a table');
  if (r.isPunct('(')) throw new NotGrid('it reads from a table function');
  let where = '';
  let groupBy = '';
  const clauseStop = (x: Reader) => x.isWords('GROUP', 'BY') || CLAUSE_WORDS.some((w) => x.isWord(w)) || x.isWords('WITH', 'TOTALS');
  if (r.acceptWords('WHERE')) {
    const range = r.until(clauseStop);
    checkExpression(r, range);
    where = r.source(range);
  }
  if (r.acceptWords('GROUP', 'BY')) {
    const range = r.until(clauseStop);
    checkExpression(r, range);
    groupBy = r.source(range);
  }
  if (r.pos < end) {
    const w = r.peek()!.value.toUpperCase();
    if (JOIN_WORDS.includes(w) || r.isPunct(',')) throw new NotGrid('it reads more than one table (or aliases, FINAL, SAMPLE)');
    throw new NotGrid(`it has a ${w} clause`);
  }
  return { kind: 'grid', items, from, where, groupBy };
}

// Words that end an expression themselves, or join two: never an alias.
const NOT_ALIAS = new Set(['NULL', 'TRUE', 'FALSE', 'END', 'AND', 'OR', 'NOT', 'IS', 'LIKE', 'ILIKE', 'IN', 'BETWEEN', 'THEN', 'ELSE', 'WHEN', 'CASE', 'DESC', 'ASC', 'NULLS', 'FIRST', 'LAST', 'DAY', 'HOUR', 'MINUTE', 'SECOND', 'MONTH', 'YEAR', 'WEEK', 'QUARTER']);
const ENDS = new Set(['END', 'NULL', 'TRUE', 'FALSE']);

function endsExpression(t: Token): boolean {
  if (t.kind === 'punct') return t.value === ')' || t.value === ']';
  if (t.kind === 'word') return ENDS.has(t.value.toUpperCase()) || !NOT_ALIAS.has(t.value.toUpperCase());
  return t.kind !== 'op';
}

/** `expr AS name` or a bare column; anything else has no name the grid can show. */
function item(r: Reader, range: readonly [number, number]): { target: string; expr: string } {
  const [a, b] = range;
  const last = r.tokens[b - 1]!;
  if (b - a >= 3 && r.tokens[b - 2]!.kind === 'word' && r.tokens[b - 2]!.value.toUpperCase() === 'AS' && (last.kind === 'word' || last.kind === 'quoted'))
    return { target: last.value, expr: r.source([a, b - 2]) };
  if (b - a === 1 && (last.kind === 'word' || last.kind === 'quoted')) return { target: last.value, expr: r.source(range) };
  // `count() c`: an alias without AS, after something that ends an expression.
  const prev = r.tokens[b - 2];
  if (b - a >= 2 && prev && (last.kind === 'quoted' || (last.kind === 'word' && !NOT_ALIAS.has(last.value.toUpperCase()))) && endsExpression(prev))
    return { target: last.value, expr: r.source([a, b - 1]) };
  if (b - a === 1 && last.kind === 'op' && last.value === '*') throw new NotGrid('it selects *');
  throw new NotGrid(`the item ${r.source(range)} has no AS name`);
}

/** The first `FROM name` at any depth, for the link to the source. */
function firstTable(r: Reader, range: readonly [number, number]): Name | undefined {
  for (let i = range[0]; i < range[1] - 1; i++) {
    const t = r.tokens[i]!;
    if (t.kind !== 'word' || t.value.toUpperCase() !== 'FROM') continue;
    const n = r.tokens[i + 1]!;
    if (n.kind !== 'word' && n.kind !== 'quoted') continue;
    const dot = r.tokens[i + 2];
    if (dot && dot.kind === 'punct' && dot.value === '.') {
      const m = r.tokens[i + 3];
      if (m && (m.kind === 'word' || m.kind === 'quoted')) return { database: n.value, name: m.value };
    }
    if (dot && dot.kind === 'punct' && dot.value === '(') continue;
    return { database: undefined, name: n.value };
  }
  return undefined;
}

/**
 * The query's text with `database.` put before every unqualified table after FROM or
 * JOIN (names a WITH clause defines excepted): the script's USE does not travel with
 * the design, so a name must not come to mean a table in another database.
 */
function qualifiedText(r: Reader, range: readonly [number, number], database: string): { text: string; changed: boolean } {
  const ctes = new Set<string>();
  for (let i = range[0]; i + 2 < range[1]; i++) {
    const t = r.tokens[i]!;
    if ((t.kind === 'word' || t.kind === 'quoted') && r.tokens[i + 1]!.is('AS') && r.tokens[i + 2]!.value === '(') ctes.add(t.value);
  }
  let text = '';
  let from = r.tokens[range[0]]!.start;
  let changed = false;
  for (let i = range[0] + 1; i < range[1]; i++) {
    const t = r.tokens[i]!;
    const before = r.tokens[i - 1]!;
    if (!before.is('FROM') && !before.is('JOIN')) continue;
    if (t.kind !== 'word' && t.kind !== 'quoted') continue;
    const next = r.tokens[i + 1];
    if ((next && (next.value === '.' || next.value === '(')) || ctes.has(t.value) || t.is('SELECT')) continue;
    text += r.text.slice(from, t.start) + quoteIdent(database) + '.';
    from = t.start;
    changed = true;
  }
  const end = r.tokens[range[1] - 1]!.end;
  return { text: text + r.text.slice(from, end), changed };
}

/** The query as the model keeps it verbatim (see qualifiedText). */
export function rawQueryText(r: Reader, range: readonly [number, number], database: string): string {
  return database === 'default' ? r.source(range) : qualifiedText(r, range, database).text;
}

export function readSelect(r: Reader, range: readonly [number, number], database = 'default'): GridSelect | RawSelect {
  // A reader of the query's tokens alone, so no clause reads into a trailing COMMENT.
  const tokens = r.tokens.slice(range[0], range[1]);
  const q = new Reader(r.text, tokens, tokens.length > 0 ? tokens[tokens.length - 1]!.end : r.endOffset, r.ids);
  try {
    return readGrid(q, tokens.length);
  } catch (e) {
    if (!(e instanceof NotGrid)) throw e;
    const all: [number, number] = [0, tokens.length];
    const { text, changed } = database === 'default' ? { text: q.source(all), changed: false } : qualifiedText(q, all, database);
    const reason = changed ? `${e.message}; its unqualified tables now name ${database}` : e.message;
    return { kind: 'raw', text, reason, from: firstTable(q, all) };
  }
}
