// The tokenizer for SQL import. Tokens keep their offsets into the source so
// expressions can be taken back verbatim (what the user wrote is what the model
// stores), and every error can name a line and column.

export type TokenKind = 'word' | 'quoted' | 'string' | 'number' | 'punct' | 'op';

/**
 * One token. Words, numbers and punctuation keep no text of their own: a 1 MB
 * script has some 200,000 tokens, and a string per token made the import spend
 * most of its time collecting garbage. Their text is read from the source on demand.
 */
export class Token {
  constructor(
    readonly kind: TokenKind,
    /** Source offsets, end exclusive. */
    readonly start: number,
    readonly end: number,
    private readonly src: string,
    /** Strings and quoted names: the unescaped value. */
    private readonly unescaped: string | undefined,
  ) {}

  /** word: as written; quoted: the name inside the quotes, unescaped; string: the value, unescaped; else the text. */
  get value(): string {
    return this.unescaped ?? this.src.slice(this.start, this.end);
  }

  /** Words: the value in upper case; '' for other tokens. */
  get upper(): string {
    return this.kind === 'word' ? this.value.toUpperCase() : '';
  }

  /** True when this is the word `keyword` (given in upper case), in any case, without allocating. */
  is(keyword: string): boolean {
    const n = keyword.length;
    if (this.kind !== 'word' || this.end - this.start !== n) return false;
    for (let i = 0; i < n; i++) {
      let c = this.src.charCodeAt(this.start + i);
      if (c >= 97 && c <= 122) c -= 32;
      if (c !== keyword.charCodeAt(i)) return false;
    }
    return true;
  }
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

// The next backslash or closing quote; a plain scan, since searching the whole
// text for a backslash per literal would make long scripts quadratic.
function findSpecial(text: string, from: number, q: string): number {
  const qc = q.charCodeAt(0);
  for (let i = from; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 92 || c === qc) return i;
  }
  return -1;
}

const isWordStart = (c: number) => (c >= 97 && c <= 122) || (c >= 65 && c <= 90) || c === 95 || c > 127;
const isWordPart = (c: number) => isWordStart(c) || (c >= 48 && c <= 57) || c === 36;
const isDigit = (c: number) => c >= 48 && c <= 57;

const TWO_CHAR_OPS = new Set(['<=', '>=', '!=', '<>', '==', '||', '->', '::']);

function charTable(chars: string): Uint8Array {
  const t = new Uint8Array(128);
  for (const ch of chars) t[ch.charCodeAt(0)] = 1;
  return t;
}

const PUNCT = charTable('(),;.[]{}');
const OPS = charTable('*+-/%=<>!?:^&|@$~');
const OP_START = charTable('<>!=|-:');

/**
 * Tokens one at a time, so a long script's tokens can die with their statement
 * instead of all living until the end. Comments and whitespace are skipped.
 */
export class Lexer {
  private i = 0;

  constructor(private readonly text: string) {}

  /** The next token, or undefined at the end. Throws SqlSyntaxError. */
  next(): Token | undefined {
    const text = this.text;
    const n = text.length;
    let i = this.i;
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
      let t: Token;
      if (isWordStart(c)) {
        i++;
        while (i < n && isWordPart(text.charCodeAt(i))) i++;
        t = new Token('word', start, i, text, undefined);
      } else if (isDigit(c) || (c === 46 && isDigit(text.charCodeAt(i + 1)))) {
        i = readNumber(text, i);
        t = new Token('number', start, i, text, undefined);
      } else if (c === 39) {
        const q = readQuoted(text, i, 'string literal');
        i = q.end;
        t = new Token('string', start, i, text, q.value);
      } else if (c === 96 || c === 34) {
        const q = readQuoted(text, i, 'quoted name');
        i = q.end;
        t = new Token('quoted', start, i, text, q.value);
      } else if (PUNCT[c] === 1) {
        i++;
        t = new Token('punct', start, i, text, undefined);
      } else {
        const two = OP_START[c] === 1 ? text.slice(i, i + 2) : '';
        if (two !== '' && TWO_CHAR_OPS.has(two)) i += 2;
        else if (c > 127 || OPS[c] !== 1) throw syntaxError(text, i, `unexpected character ${JSON.stringify(text[i])}`);
        else i++;
        t = new Token('op', start, i, text, undefined);
      }
      this.i = i;
      return t;
    }
    this.i = i;
    return undefined;
  }
}

/** All tokens of `text`. Throws SqlSyntaxError. */
export function tokenize(text: string): Token[] {
  const lexer = new Lexer(text);
  const out: Token[] = [];
  for (let t = lexer.next(); t; t = lexer.next()) out.push(t);
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
  const n = text.length;
  const hex = text.charCodeAt(i) === 48 && (text[i + 1] === 'x' || text[i + 1] === 'b');
  if (hex) {
    i += 2;
    while (i < n && /[0-9a-fA-F]/.test(text[i]!)) i++;
    return i;
  }
  while (i < n && isDigit(text.charCodeAt(i))) i++;
  if (text.charCodeAt(i) === 46) {
    i++;
    while (i < n && isDigit(text.charCodeAt(i))) i++;
  }
  const e = text[i];
  if (e === 'e' || e === 'E') {
    let j = i + 1;
    if (text[j] === '+' || text[j] === '-') j++;
    if (isDigit(text.charCodeAt(j))) {
      while (j < n && isDigit(text.charCodeAt(j))) j++;
      i = j;
    }
  }
  return i;
}
