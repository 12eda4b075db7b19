// The tokenizer for SQL import. Tokens keep their offsets into the source so
// expressions can be taken back verbatim (what the user wrote is what the model
// stores), and every error can name a line and column.

export type TokenKind = 'word' | 'quoted' | 'string' | 'number' | 'punct' | 'op';

const KINDS: readonly TokenKind[] = ['word', 'quoted', 'string', 'number', 'punct', 'op'];
const WORD = 0;
const QUOTED = 1;
const STRING = 2;
const NUMBER = 3;
const PUNCT = 4;
const OP = 5;

/** True when text[start, end) is `keyword` (upper case) in any case. */
function isKeyword(text: string, start: number, end: number, keyword: string): boolean {
  const n = keyword.length;
  if (end - start !== n) return false;
  for (let j = 0; j < n; j++) {
    let c = text.charCodeAt(start + j);
    if (c >= 97 && c <= 122) c -= 32;
    if (c !== keyword.charCodeAt(j)) return false;
  }
  return true;
}

/**
 * A run of tokens (one statement's), held column-wise: a kind, source offsets
 * and, for strings and quoted names, the unescaped value. A 1 MB script has some
 * 250,000 tokens; an object per token made the import spend most of its time
 * collecting garbage, so tokens are indexes into these arrays, which are reused
 * from statement to statement. Text is read from the source on demand.
 */
export class Tokens {
  static readonly PUNCT = PUNCT;
  length = 0;
  private kinds = new Uint8Array(256);
  private starts = new Int32Array(256);
  private ends = new Int32Array(256);
  private values: (string | undefined)[] = [];

  constructor(readonly text: string) {}

  push(kind: number, start: number, end: number, value: string | undefined): void {
    const n = this.length;
    if (n === this.kinds.length) {
      const grow = <T extends Uint8Array | Int32Array>(a: T, b: T): T => (b.set(a), b);
      this.kinds = grow(this.kinds, new Uint8Array(n * 2));
      this.starts = grow(this.starts, new Int32Array(n * 2));
      this.ends = grow(this.ends, new Int32Array(n * 2));
    }
    this.kinds[n] = kind;
    this.starts[n] = start;
    this.ends[n] = end;
    this.values[n] = value;
    this.length = n + 1;
  }

  clear(): void {
    this.length = 0;
  }

  /** The kind of token i; undefined past the end. */
  kind(i: number): TokenKind | undefined {
    return i >= 0 && i < this.length ? KINDS[this.kinds[i]!] : undefined;
  }

  /** Source offsets, end exclusive. */
  start(i: number): number {
    return this.starts[i]!;
  }

  end(i: number): number {
    return this.ends[i]!;
  }

  /** word: as written; quoted: the name inside the quotes, unescaped; string: the value, unescaped; else the text. */
  value(i: number): string {
    return this.values[i] ?? this.text.slice(this.starts[i], this.ends[i]);
  }

  /** True when token i is a word or a quoted name. */
  isName(i: number): boolean {
    const k = i >= 0 && i < this.length ? this.kinds[i] : -1;
    return k === WORD || k === QUOTED;
  }

  /** True when token i is the word `keyword` (given in upper case), in any case, without allocating. */
  is(i: number, keyword: string): boolean {
    return i >= 0 && i < this.length && this.kinds[i] === WORD && isKeyword(this.text, this.starts[i]!, this.ends[i]!, keyword);
  }

  /** True when token i is the punctuation or operator `p`. */
  isPunct(i: number, p: string): boolean {
    if (i < 0 || i >= this.length) return false;
    const k = this.kinds[i];
    const start = this.starts[i]!;
    return (k === PUNCT || k === OP) && this.ends[i]! - start === p.length && this.text.startsWith(p, start);
  }

  /** The bracket token i opens (1) or closes (-1); 0 for any other token. */
  bracket(i: number): number {
    if (this.kinds[i] !== PUNCT) return 0;
    const c = this.text.charCodeAt(this.starts[i]!);
    return c === 40 || c === 91 || c === 123 ? 1 : c === 41 || c === 93 || c === 125 ? -1 : 0;
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

const PUNCT_CHARS = charTable('(),;.[]{}');
const OPS = charTable('*+-/%=<>!?:^&|@$~');
const OP_START = charTable('<>!=|-:');

/**
 * Tokens one at a time, so a long script's tokens can be dropped with their
 * statement instead of all living until the end. Comments and whitespace are skipped.
 */
export class Lexer {
  /** The last token read: its kind (an index into KINDS), offsets and unescaped value. */
  kind = -1;
  start = 0;
  end = 0;
  value: string | undefined;

  constructor(
    private readonly text: string,
    /** Where to start: 0, or the start of a token read before. */
    private i = 0,
  ) {}

  /** True when the last token read is the word `keyword` (upper case). */
  is(keyword: string): boolean {
    return this.kind === WORD && isKeyword(this.text, this.start, this.end, keyword);
  }

  /** Reads the next token into kind/start/end/value; false at the end. Throws SqlSyntaxError. */
  next(): boolean {
    const text = this.text;
    const n = text.length;
    let i = this.i;
    this.value = undefined;
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
      this.start = i;
      if (isWordStart(c)) {
        i++;
        while (i < n && isWordPart(text.charCodeAt(i))) i++;
        this.kind = WORD;
      } else if (isDigit(c) || (c === 46 && isDigit(text.charCodeAt(i + 1)))) {
        i = readNumber(text, i);
        this.kind = NUMBER;
      } else if (c === 39) {
        const q = readQuoted(text, i, 'string literal');
        i = q.end;
        this.value = q.value;
        this.kind = STRING;
      } else if (c === 96 || c === 34) {
        const q = readQuoted(text, i, 'quoted name');
        i = q.end;
        this.value = q.value;
        this.kind = QUOTED;
      } else if (PUNCT_CHARS[c] === 1) {
        i++;
        this.kind = PUNCT;
      } else {
        const two = OP_START[c] === 1 ? text.slice(i, i + 2) : '';
        if (two !== '' && TWO_CHAR_OPS.has(two)) i += 2;
        else if (c > 127 || OPS[c] !== 1) throw syntaxError(text, i, `unexpected character ${JSON.stringify(text[i])}`);
        else i++;
        this.kind = OP;
      }
      this.end = i;
      this.i = i;
      return true;
    }
    this.i = i;
    this.kind = -1;
    return false;
  }

  /** Appends the last token read to `out`. */
  pushTo(out: Tokens): void {
    out.push(this.kind, this.start, this.end, this.value);
  }
}

/** All tokens of `text`. Throws SqlSyntaxError. */
export function tokenize(text: string): Tokens {
  const lexer = new Lexer(text);
  const out = new Tokens(text);
  while (lexer.next()) lexer.pushTo(out);
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
