// A small ClickHouse SQL tokenizer for the local endpoint's guard. It only has to
// tell words, quoted names, strings and punctuation apart; anything it cannot read
// (an unterminated string or comment) is reported so the guard refuses the query.
export type TokenKind = 'word' | 'qident' | 'string' | 'number' | 'punct';

export interface Token {
  kind: TokenKind;
  /** Words lower-cased; quoted names and strings unescaped. */
  value: string;
  /** Original spelling of a word (engine names are case-sensitive in messages). */
  raw: string;
}

export type TokenizeResult = { ok: true; tokens: Token[] } | { ok: false; reason: string };

const WORD_START = /[A-Za-z_\u0080-\uffff]/;
const WORD_CHAR = /[A-Za-z0-9_$\u0080-\uffff]/;

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
  const tokens: Token[] = [];
  let i = 0;
  while (i < sql.length) {
    const c = sql[i]!;
    if (/\s/.test(c)) {
      i++;
    } else if (c === '-' && sql[i + 1] === '-') {
      const nl = sql.indexOf('\n', i);
      i = nl === -1 ? sql.length : nl + 1;
    } else if (c === '#') {
      const nl = sql.indexOf('\n', i);
      i = nl === -1 ? sql.length : nl + 1;
    } else if (c === '/' && sql[i + 1] === '*') {
      const end = sql.indexOf('*/', i + 2);
      if (end === -1) return { ok: false, reason: 'unterminated comment' };
      i = end + 2;
    } else if (c === "'" || c === '`' || c === '"') {
      const q = readQuoted(sql, i, c);
      if (!q) return { ok: false, reason: 'unterminated quoted text' };
      tokens.push({ kind: c === "'" ? 'string' : 'qident', value: q.value, raw: sql.slice(i, q.end) });
      i = q.end;
    } else if (c === '$') {
      // Heredoc strings: $tag$ … $tag$.
      const m = /^\$([A-Za-z0-9_]*)\$/.exec(sql.slice(i));
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
    } else {
      tokens.push({ kind: 'punct', value: c, raw: c });
      i++;
    }
  }
  return { ok: true, tokens };
}

/** True for a token that names something: a bare word or a quoted identifier. */
export function isName(t: Token | undefined): t is Token {
  return !!t && (t.kind === 'word' || t.kind === 'qident');
}
