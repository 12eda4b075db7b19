// The tables a view's SELECT kept as written reads, moved to other databases:
// Check and Run create the design in throwaway databases, and a query kept as
// text does not follow the model's renaming by itself. Only the reader's
// keyword and name tests are used, so this survives changes to token storage.
import { quoteIdent } from '../quote';
import { SqlSyntaxError, tokenize } from './lexer';
import { Reader } from './reader';

interface Edit {
  /** Token index. */
  at: number;
  /** The text that takes the token's place. */
  text: string;
}

/** The name at token i, or undefined when it is not a plain or quoted name. */
function nameAt(r: Reader, i: number): string | undefined {
  r.pos = i;
  if (r.done) return undefined;
  try {
    return r.identifier('a name');
  } catch {
    return undefined;
  }
}

/** Names defined by `name AS (…)` in a WITH clause: not tables. */
function cteNames(r: Reader, n: number): Set<string> {
  const out = new Set<string>();
  for (let i = 0; i + 2 < n; i++) {
    r.pos = i;
    if (!r.isWord('AS', 1) || !r.isPunct('(', 2)) continue;
    const name = nameAt(r, i);
    if (name !== undefined) out.add(name);
  }
  return out;
}

function tableEdits(r: Reader, n: number, rename: (database: string) => string): Edit[] {
  const ctes = cteNames(r, n);
  const edits: Edit[] = [];
  for (let i = 0; i + 1 < n; i++) {
    r.pos = i;
    const join = r.isWord('JOIN');
    if (!join && !r.isWord('FROM')) continue;
    // ARRAY JOIN is followed by an array expression, not a table.
    r.pos = i - 1;
    if (join && i > 0 && r.isWord('ARRAY')) continue;
    const at = i + 1;
    r.pos = at;
    if (r.isWord('SELECT') || r.isPunct('(', 1)) continue;
    const first = nameAt(r, at);
    if (first === undefined) continue;
    r.pos = at + 1;
    if (r.isPunct('.')) {
      edits.push({ at, text: quoteIdent(rename(first)) });
      continue;
    }
    if (ctes.has(first)) continue;
    r.pos = at;
    edits.push({ at, text: quoteIdent(rename('default')) + '.' + r.source([at, at + 1]) });
  }
  return edits;
}

/**
 * The query with each table after FROM or JOIN in the database `rename` gives
 * for its own (`default` for an unqualified one). Comments and layout inside the
 * query stay; text before its first token and after its last is dropped. Text
 * that does not read as SQL is returned as it is, for ClickHouse to refuse.
 */
export function renameRawTables(text: string, rename: (database: string) => string): string {
  let tokens: ReturnType<typeof tokenize>;
  try {
    tokens = tokenize(text);
  } catch (e) {
    if (e instanceof SqlSyntaxError) return text;
    throw e;
  }
  const n = tokens.length;
  if (n === 0) return text;
  const r = new Reader(text, tokens, text.length);
  const src = (a: number, b: number) => r.source([a, b]);
  // What lies between token a - 1 and token a, read off the reader's spans.
  const gapBefore = (a: number) => {
    const both = src(a - 1, a + 1);
    return both.slice(src(a - 1, a).length, both.length - src(a, a + 1).length);
  };
  const chunk = (a: number, b: number) => (a >= b ? '' : (a > 0 ? gapBefore(a) : '') + src(a, b));
  let out = '';
  let cursor = 0;
  for (const e of tableEdits(r, n, rename)) {
    out += chunk(cursor, e.at) + (e.at > 0 ? gapBefore(e.at) : '') + e.text;
    cursor = e.at + 1;
  }
  return out + chunk(cursor, n);
}
