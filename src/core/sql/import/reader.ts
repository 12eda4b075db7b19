// A cursor over one statement's tokens with the few moves a recursive-descent
// reader of DDL needs: keywords, names, balanced spans taken back as source text.
import { newId } from '../../model/ids';
import { syntaxError, type Token } from './lexer';

/**
 * Ids for imported rows: one random stem per import and a counter. A random id
 * per column and mapping (model/ids) costs more than parsing them.
 */
export class IdMaker {
  private n = 0;
  private readonly stem = newId('imp');

  next(prefix: string): string {
    return prefix + '_' + this.stem + '_' + (++this.n).toString(36);
  }
}

export interface Name {
  database: string | undefined;
  name: string;
}

export class Reader {
  pos = 0;

  constructor(
    readonly text: string,
    readonly tokens: readonly Token[],
    /** Offset of the statement's end (for errors at the end). */
    readonly endOffset: number,
    readonly ids: IdMaker = new IdMaker(),
  ) {}

  get done(): boolean {
    return this.pos >= this.tokens.length;
  }

  peek(ahead = 0): Token | undefined {
    return this.tokens[this.pos + ahead];
  }

  next(): Token {
    const t = this.tokens[this.pos];
    if (!t) throw this.error('the statement ends too early');
    this.pos++;
    return t;
  }

  /** True when the token `ahead` is the keyword `word` (case-insensitive). */
  isWord(word: string, ahead = 0): boolean {
    const t = this.tokens[this.pos + ahead];
    return t !== undefined && t.is(word);
  }

  /** True when the next tokens are these keywords in order. */
  isWords(a: string, b?: string, c?: string): boolean {
    return this.isWord(a) && (b === undefined || this.isWord(b, 1)) && (c === undefined || this.isWord(c, 2));
  }

  /** Consumes the keywords when they are next; reports whether they were. */
  acceptWords(a: string, b?: string, c?: string): boolean {
    if (!this.isWords(a, b, c)) return false;
    this.pos += c !== undefined ? 3 : b !== undefined ? 2 : 1;
    return true;
  }

  expectWords(a: string, b?: string): void {
    if (!this.acceptWords(a, b)) throw this.error(`expected ${b === undefined ? a : a + ' ' + b}`);
  }

  isPunct(p: string, ahead = 0): boolean {
    const t = this.tokens[this.pos + ahead];
    return t !== undefined && (t.kind === 'punct' || t.kind === 'op') && t.end - t.start === p.length && this.text.startsWith(p, t.start);
  }

  acceptPunct(p: string): boolean {
    if (!this.isPunct(p)) return false;
    this.pos++;
    return true;
  }

  expectPunct(p: string): void {
    if (!this.acceptPunct(p)) throw this.error(`expected ${p}`);
  }

  /** An identifier: a plain word or a quoted name. */
  identifier(what: string): string {
    const t = this.peek();
    if (!t || (t.kind !== 'word' && t.kind !== 'quoted')) throw this.error(`expected ${what}`);
    this.pos++;
    return t.value;
  }

  /** `name` or `db.name`. */
  qualifiedName(what: string): Name {
    const first = this.identifier(what);
    if (this.isPunct('.')) {
      this.pos++;
      return { database: first, name: this.identifier(what) };
    }
    return { database: undefined, name: first };
  }

  stringLiteral(what: string): string {
    const t = this.peek();
    if (!t || t.kind !== 'string') throw this.error(`expected ${what} as a quoted string`);
    this.pos++;
    return t.value;
  }

  /** Skips one token, or a whole bracketed group when it opens one. */
  skipItem(): void {
    const open = this.next();
    if (open.kind !== 'punct' || !'([{'.includes(open.value)) return;
    let depth = 1;
    while (depth > 0) {
      const t = this.next();
      if (t.kind === 'punct' && '([{'.includes(t.value)) depth++;
      else if (t.kind === 'punct' && ')]}'.includes(t.value)) depth--;
    }
  }

  /**
   * Consumes tokens up to (not including) the first one at bracket depth 0 for
   * which `stop` is true, or the end; returns the token range.
   */
  until(stop: (r: Reader) => boolean, firstMayStop = false): [number, number] {
    const from = this.pos;
    while (!this.done) {
      const t = this.peek()!;
      if (t.kind === 'punct' && ')]}'.includes(t.value)) break;
      // An expression's first token never stops it (`ORDER BY ttl`); a type's may.
      if ((firstMayStop || this.pos > from) && stop(this)) break;
      this.skipItem();
    }
    return [from, this.pos];
  }

  /** The source text of a token range, exactly as written. */
  source(range: readonly [number, number]): string {
    const [a, b] = range;
    if (b <= a) return '';
    return this.text.slice(this.tokens[a]!.start, this.tokens[b - 1]!.end);
  }

  /** An error at the current token (or the end of the statement). */
  error(message: string): Error {
    const t = this.peek();
    const found = t ? ` but found ${describe(t, this.text)}` : ' but the statement ends';
    return syntaxError(this.text, t ? t.start : this.endOffset, message + found);
  }

  errorAt(token: Token, message: string): Error {
    return syntaxError(this.text, token.start, message);
  }
}

function describe(t: Token, text: string): string {
  const s = text.slice(t.start, t.end);
  return t.kind === 'string' ? 'a string' : JSON.stringify(s.length > 30 ? s.slice(0, 30) + '…' : s);
}
