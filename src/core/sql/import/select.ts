// A view's SELECT as the mapping grid holds it (items with their target names,
// one source table, WHERE, GROUP BY), or, when it does not fit, the reason and
// the query kept verbatim. The source is still found for the graph's link.
import { Lexer, Tokens } from './lexer';
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
    const t = r.tokens;
    if (t.is(i, 'SELECT')) throw new NotGrid('it has a subquery');
    if (t.is(i, 'OVER')) throw new NotGrid('it uses a window function');
    if (t.is(i, 'ARRAYJOIN')) throw new NotGrid('it uses arrayJoin');
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
  if (!r.tokens.isName(r.at()) || r.isPunct('(', 1)) throw new NotGrid('it reads from a subquery or table function');
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
    const w = r.tokens.value(r.pos).toUpperCase();
    if (JOIN_WORDS.includes(w) || r.isPunct(',')) throw new NotGrid('it reads more than one table (or aliases, FINAL, SAMPLE)');
    throw new NotGrid(`it has a ${w} clause`);
  }
  return { kind: 'grid', items, from, where, groupBy };
}

// Words that end an expression themselves, or join two: never an alias.
const NOT_ALIAS = new Set(['NULL', 'TRUE', 'FALSE', 'END', 'AND', 'OR', 'NOT', 'IS', 'LIKE', 'ILIKE', 'IN', 'BETWEEN', 'THEN', 'ELSE', 'WHEN', 'CASE', 'DESC', 'ASC', 'NULLS', 'FIRST', 'LAST', 'DAY', 'HOUR', 'MINUTE', 'SECOND', 'MONTH', 'YEAR', 'WEEK', 'QUARTER']);
const ENDS = new Set(['END', 'NULL', 'TRUE', 'FALSE']);

function endsExpression(t: Tokens, i: number): boolean {
  const kind = t.kind(i);
  if (kind === 'punct') return t.isPunct(i, ')') || t.isPunct(i, ']');
  if (kind === 'word') return ENDS.has(t.value(i).toUpperCase()) || !NOT_ALIAS.has(t.value(i).toUpperCase());
  return kind !== 'op';
}

/** `expr AS name` or a bare column; anything else has no name the grid can show. */
function item(r: Reader, range: readonly [number, number]): { target: string; expr: string } {
  const [a, b] = range;
  const t = r.tokens;
  const last = b - 1;
  const named = t.isName(last);
  if (b - a >= 3 && t.is(b - 2, 'AS') && named) return { target: t.value(last), expr: r.source([a, b - 2]) };
  if (b - a === 1 && named) return { target: t.value(last), expr: r.source(range) };
  // `count() c`: an alias without AS, after something that ends an expression.
  const kind = t.kind(last);
  if (b - a >= 2 && (kind === 'quoted' || (kind === 'word' && !NOT_ALIAS.has(t.value(last).toUpperCase()))) && endsExpression(t, b - 2))
    return { target: t.value(last), expr: r.source([a, b - 1]) };
  if (b - a === 1 && t.isPunct(last, '*')) throw new NotGrid('it selects *');
  throw new NotGrid(`the item ${r.source(range)} has no AS name`);
}

/** The first `FROM name` at any depth, for the link to the source. */
function firstTable(r: Reader, range: readonly [number, number]): Name | undefined {
  const t = r.tokens;
  const [a, b] = range;
  // Tokens past the range are not the query's.
  const inside = (i: number) => (i < b ? i : -1);
  for (let i = a; i < b - 1; i++) {
    if (!t.is(i, 'FROM') || !t.isName(i + 1)) continue;
    if (t.isPunct(inside(i + 2), '.') && t.isName(inside(i + 3))) return { database: t.value(i + 1), name: t.value(i + 3) };
    if (t.isPunct(inside(i + 2), '(')) continue;
    return { database: undefined, name: t.value(i + 1) };
  }
  return undefined;
}

/**
 * The query's text with `database.` put before every unqualified table after FROM or
 * JOIN (names a WITH clause defines excepted): the script's USE does not travel with
 * the design, so a name must not come to mean a table in another database.
 */
function qualifiedText(r: Reader, range: readonly [number, number], database: string): { text: string; changed: boolean } {
  const t = r.tokens;
  const [a, b] = range;
  const ctes = new Set<string>();
  for (let i = a; i + 2 < b; i++) if (t.isName(i) && t.is(i + 1, 'AS') && t.value(i + 2) === '(') ctes.add(t.value(i));
  let text = '';
  let from = t.start(a);
  let changed = false;
  for (let i = a + 1; i < b; i++) {
    if (!t.is(i - 1, 'FROM') && !t.is(i - 1, 'JOIN')) continue;
    if (!t.isName(i)) continue;
    const next = i + 1 < b ? i + 1 : -1;
    if ((next !== -1 && (t.value(next) === '.' || t.value(next) === '(')) || ctes.has(t.value(i)) || t.is(i, 'SELECT')) continue;
    text += r.text.slice(from, t.start(i)) + quoteIdent(database) + '.';
    from = t.start(i);
    changed = true;
  }
  const end = t.end(b - 1);
  return { text: text + r.text.slice(from, end), changed };
}

/**
 * The query as the model keeps it verbatim (see qualifiedText), known by its
 * source offsets: its tokens are read again, since a statement's tokens are not
 * kept once it has been read.
 */
export function rawQueryTextAt(text: string, start: number, end: number, database: string): string {
  if (database === 'default') return text.slice(start, end);
  const lexer = new Lexer(text, start);
  const tokens = new Tokens(text);
  // Stops at the query's last token: what follows is not read (it may not even lex).
  while (lexer.next()) {
    lexer.pushTo(tokens);
    if (lexer.end >= end) break;
  }
  return qualifiedText(new Reader(text, tokens, end), [0, tokens.length], database).text;
}

export function readSelect(r: Reader, range: readonly [number, number], database = 'default'): GridSelect | RawSelect {
  // A reader of the query's tokens alone, so no clause reads into a trailing COMMENT.
  const [a, b] = range;
  const q = new Reader(r.text, r.tokens, b > a ? r.tokens.end(b - 1) : r.endOffset, r.ids, range);
  try {
    return readGrid(q, b);
  } catch (e) {
    if (!(e instanceof NotGrid)) throw e;
    const { text, changed } = database === 'default' ? { text: q.source(range), changed: false } : qualifiedText(q, range, database);
    const reason = changed ? `${e.message}; its unqualified tables now name ${database}` : e.message;
    return { kind: 'raw', text, reason, from: firstTable(q, range) };
  }
}
