// The tokenizer for SQL import. Tokens keep their offsets into the source so
// expressions can be taken back verbatim (what the user wrote is what the model
// stores), and every error can name a line and column.

export type TokenKind = 'word' | 'quoted' | 'string' | 'number' | 'punct' | 'op';

export interface Token {
  kind: TokenKind;
  /** Source offsets, end exclusive. */
  start: number;
  end: number;
  /** word: as written; quoted: the name inside the quotes, unescaped; string: the value, unescaped; else the text. */
  value: string;
}

export class SqlSyntaxError extends Error {
  constructor(
    message: string,
    readonly offset: number,
    readonly line: number,
    readonly column: number,
  ) {
    super(`line ${line}, column ${column}: ${message}`);
    this.name = 'SqlSyntaxError';
  }
}

/** 1-based line and column of an offset. */
export function lineColumn(text: string, offset: number): { line: number; column: number } {
  let line = 1;
  let lineStart = 0;
  for (let i = text.indexOf('\n'); i !== -1 && i < offset; i = text.indexOf('\n', i + 1)) {
    line++;
    lineStart = i + 1;
  }
  return { line, column: offset - lineStart + 1 };
}

export function syntaxError(text: string, offset: number, message: string): SqlSyntaxError {
  const { line, column } = lineColumn(text, offset);
  return new SqlSyntaxError(message, offset, line, column);
}

const UNESCAPE: Record<string, string> = { n: '\n', t: '\t', r: '\r', '0': '\0', b: '\b', f: '\f', v: '\v', a: '\x07', e: '\x1b' };

/** Reads a quoted run starting at `i` (the opening quote); returns its unescaped value and end. */
function readQuoted(text: string, i: number, what: string): { value: string; end: number } {
  const q = text[i]!;
  let value = '';
  let j = i + 1;
  for (;;) {
    const nextSpecial = findSpecial(text, j, q);
    if (nextSpecial === -1) throw syntaxError(text, i, `${what} is not closed (no matching ${q})`);
    value += text.slice(j, nextSpecial);
    const c = text[nextSpecial]!;
    if (c === '\\') {
      const e = text[nextSpecial + 1];
      if (e === undefined) throw syntaxError(text, i, `${what} is not closed (no matching ${q})`);
      if (e === 'x' && /^[0-9a-fA-F]{2}$/.test(text.slice(nextSpecial + 2, nextSpecial + 4))) {
        value += String.fromCharCode(parseInt(text.slice(nextSpecial + 2, nextSpecial + 4), 16));
        j = nextSpecial + 4;
      } else {
        value += UNESCAPE[e] ?? e;
        j = nextSpecial + 2;
      }
    } else if (text[nextSpecial + 1] === q) {
      // A doubled quote stands for one.
      value += q;
      j = nextSpecial + 2;
    } else return { value, end: nextSpecial + 1 };
  }
}

function findSpecial(text: string, from: number, q: string): number {
  const a = text.indexOf('\\', from);
  const b = text.indexOf(q, from);
  if (a === -1) return b;
  if (b === -1) return a;
  return Math.min(a, b);
}

const isWordStart = (c: number) => (c >= 97 && c <= 122) || (c >= 65 && c <= 90) || c === 95 || c > 127;
const isWordPart = (c: number) => isWordStart(c) || (c >= 48 && c <= 57) || c === 36;
const isDigit = (c: number) => c >= 48 && c <= 57;

const TWO_CHAR_OPS = new Set(['<=', '>=', '!=', '<>', '==', '||', '->', '::']);

/** All tokens of `text`; comments and whitespace are skipped. Throws SqlSyntaxError. */
export function tokenize(text: string): Token[] {
  const out: Token[] = [];
  const n = text.length;
  let i = 0;
  while (i < n) {
    const c = text.charCodeAt(i);
    if (c === 32 || c === 10 || c === 9 || c === 13 || c === 12 || c === 11) {
      i++;
      continue;
    }
    if (c === 45 && text.charCodeAt(i + 1) === 45) {
      const nl = text.indexOf('\n', i);
      i = nl === -1 ? n : nl + 1;
      continue;
    }
    if ((c === 35 && (text[i + 1] === ' ' || text[i + 1] === '!')) || (c === 47 && text.charCodeAt(i + 1) === 47)) {
      const nl = text.indexOf('\n', i);
      i = nl === -1 ? n : nl + 1;
      continue;
    }
    if (c === 47 && text.charCodeAt(i + 1) === 42) {
      i = skipBlockComment(text, i);
      continue;
    }
    const start = i;
    if (isWordStart(c)) {
      i++;
      while (i < n && isWordPart(text.charCodeAt(i))) i++;
      out.push({ kind: 'word', start, end: i, value: text.slice(start, i) });
    } else if (isDigit(c) || (c === 46 && isDigit(text.charCodeAt(i + 1)))) {
      i = readNumber(text, i);
      out.push({ kind: 'number', start, end: i, value: text.slice(start, i) });
    } else if (c === 39) {
      const q = readQuoted(text, i, 'string literal');
      i = q.end;
      out.push({ kind: 'string', start, end: i, value: q.value });
    } else if (c === 96 || c === 34) {
      const q = readQuoted(text, i, 'quoted name');
      i = q.end;
      out.push({ kind: 'quoted', start, end: i, value: q.value });
    } else {
      const two = text.slice(i, i + 2);
      if (TWO_CHAR_OPS.has(two)) {
        i += 2;
        out.push({ kind: 'op', start, end: i, value: two });
      } else {
        const ch = text[i]!;
        if (!'(),;.[]{}*+-/%=<>!?:^&|@$~'.includes(ch)) throw syntaxError(text, i, `unexpected character ${JSON.stringify(ch)}`);
        i++;
        out.push({ kind: '(),;.[]{}'.includes(ch) ? 'punct' : 'op', start, end: i, value: ch });
      }
    }
  }
  return out;
}

function skipBlockComment(text: string, i: number): number {
  // ClickHouse nests block comments.
  let depth = 0;
  let j = i;
  while (j < text.length) {
    if (text.startsWith('/*', j)) {
      depth++;
      j += 2;
    } else if (text.startsWith('*/', j)) {
      depth--;
      j += 2;
      if (depth === 0) return j;
    } else j++;
  }
  throw syntaxError(text, i, 'comment is not closed (no */)');
}

function readNumber(text: string, i: number): number {
  const m = /^(0x[0-9a-fA-F]+|0b[01]+|(\d+\.?\d*|\.\d+)([eE][+-]?\d+)?)/.exec(text.slice(i, i + 400));
  return i + (m ? m[0].length : 1);
}
