// A small ClickHouse SQL tokenizer for the local endpoint's guard. It only has to
// tell words, quoted names, strings and punctuation apart, and it refuses every
// form it might read differently from ClickHouse: any character outside ASCII or
// a control character outside quotes (ClickHouse reads some Unicode as white
// space, others as parts of names), comments other than `--` and flat `/* */`
// (ClickHouse also has `//`, `#` and nested comments), unterminated text.
import { MAX_QUERY_BYTES } from './engineConfig.ts';

export type TokenKind = 'word' | 'qident' | 'string' | 'number' | 'punct';

export interface Token {
  kind: TokenKind;
  /** Words lower-cased; quoted names and strings unescaped. */
  value: string;
  /** Original spelling of a word (engine names are case-sensitive in messages). */
  raw: string;
}

export type TokenizeResult = { ok: true; tokens: Token[] } | { ok: false; reason: string };

const WORD_START = /[A-Za-z_]/;
const WORD_CHAR = /[A-Za-z0-9_$]/;
const SPACE = /[ \t\n\r\f\v]/;
const PUNCT = /[()[\]{},.;:=<>!+\-*\/%?|&^~@]/;
const HEREDOC = /\$([A-Za-z0-9_]*)\$/y;

function codePoint(c: string): string {
  return 'U+' + (c.codePointAt(0) ?? 0).toString(16).toUpperCase().padStart(4, '0');
}

function readQuoted(sql: string, start: number, quote: string): { value: string; end: number } | null {
  let out = '';
  for (let i = start + 1; i < sql.length; i++) {
    const c = sql[i]!;
    if (c === '\\') {
      out += sql[i + 1] ?? '';
      i++;
    } else if (c === quote) {
      // A doubled quote is an escaped quote.
      if (sql[i + 1] === quote) {
        out += quote;
        i++;
      } else return { value: out, end: i + 1 };
    } else out += c;
  }
  return null;
}

export function tokenize(sql: string): TokenizeResult {
  // ClickHouse refuses a longer query anyway (its max_query_size); reading one here would hold up
  // the web server's only thread for a second or more (a 1 MB body of `1+1+…` took 1.2 s).
  if (sql.length > MAX_QUERY_BYTES) return { ok: false, reason: `the query is longer than ${MAX_QUERY_BYTES} characters` };
  const tokens: Token[] = [];
  let i = 0;
  while (i < sql.length) {
    const c = sql[i]!;
    if (SPACE.test(c)) {
      i++;
    } else if (c === '-' && sql[i + 1] === '-') {
      const nl = sql.indexOf('\n', i);
      i = nl === -1 ? sql.length : nl + 1;
    } else if (c === '#' || (c === '/' && sql[i + 1] === '/')) {
      return { ok: false, reason: `the comment form ${c === '#' ? '#' : '//'} is not accepted (use --)` };
    } else if (c === '/' && sql[i + 1] === '*') {
      const end = sql.indexOf('*/', i + 2);
      if (end === -1) return { ok: false, reason: 'unterminated comment' };
      if (sql.slice(i + 2, end).includes('/*')) return { ok: false, reason: 'nested comments are not accepted' };
      i = end + 2;
    } else if (c === "'" || c === '`' || c === '"') {
      const q = readQuoted(sql, i, c);
      if (!q) return { ok: false, reason: 'unterminated quoted text' };
      tokens.push({ kind: c === "'" ? 'string' : 'qident', value: q.value, raw: sql.slice(i, q.end) });
      i = q.end;
    } else if (c === '$') {
      // Heredoc strings: $tag$ … $tag$.
      HEREDOC.lastIndex = i;
      const m = HEREDOC.exec(sql);
      if (!m) return { ok: false, reason: 'unexpected $' };
      const end = sql.indexOf(m[0], i + m[0].length);
      if (end === -1) return { ok: false, reason: 'unterminated heredoc' };
      tokens.push({ kind: 'string', value: sql.slice(i + m[0].length, end), raw: sql.slice(i, end + m[0].length) });
      i = end + m[0].length;
    } else if (/[0-9]/.test(c)) {
      let j = i + 1;
      while (j < sql.length && /[0-9A-Za-z_.]/.test(sql[j]!)) {
        // An exponent sign belongs to the number: 1e-5.
        if ((sql[j] === 'e' || sql[j] === 'E') && (sql[j + 1] === '-' || sql[j + 1] === '+')) j++;
        j++;
      }
      tokens.push({ kind: 'number', value: sql.slice(i, j), raw: sql.slice(i, j) });
      i = j;
    } else if (WORD_START.test(c)) {
      let j = i + 1;
      while (j < sql.length && WORD_CHAR.test(sql[j]!)) j++;
      const raw = sql.slice(i, j);
      tokens.push({ kind: 'word', value: raw.toLowerCase(), raw });
      i = j;
    } else if (PUNCT.test(c)) {
      tokens.push({ kind: 'punct', value: c, raw: c });
      i++;
    } else {
      return { ok: false, reason: `the character ${codePoint(c)} is only accepted inside quotes` };
    }
  }
  return { ok: true, tokens };
}

/** True for a token that names something: a bare word or a quoted identifier. */
export function isName(t: Token | undefined): t is Token {
  return !!t && (t.kind === 'word' || t.kind === 'qident');
}
