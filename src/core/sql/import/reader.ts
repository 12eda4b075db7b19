// A cursor over one statement's tokens with the few moves a recursive-descent
// reader of DDL needs: keywords, names, balanced spans taken back as source text.
import { newId } from '../../model/ids';
import { syntaxError, type TokenKind, type Tokens } from './lexer';

/**
 * Ids for imported rows: one random stem per import and a counter. A random id
 * per column and mapping (model/ids) costs more than parsing them.
 */
export class IdMaker {
  private n = 0;
  private readonly stem = newId('imp');
  /** `<prefix>_<stem>_` per prefix, made once (flat), so an id is one concatenation. */
  private readonly heads = new Map<string, string>();

  next(prefix: string): string {
    let head = this.heads.get(prefix);
    if (head === undefined) this.heads.set(prefix, (head = `${prefix}_${this.stem}_`));
    return head + (++this.n).toString(36);
  }
}

export interface Name {
  database: string | undefined;
  name: string;
}

/**
 * Reads tokens [pos, limit) of a run. The run may be reused for the next
 * statement once this one is read: keep strings and offsets, never the reader.
 */
export class Reader {
  pos: number;
  /** Where the reader stops: the run's length, or the end of a part of it. */
  readonly limit: number;

  constructor(
    readonly text: string,
    readonly tokens: Tokens,
    /** Offset of the statement's end (for errors at the end). */
    readonly endOffset: number,
    readonly ids: IdMaker = new IdMaker(),
    range: readonly [number, number] = [0, tokens.length],
  ) {
    this.pos = range[0];
    this.limit = range[1];
  }

  get done(): boolean {
    return this.pos >= this.limit;
  }

  /** The index of the token `ahead` of the current one; -1 past the end. */
  at(ahead = 0): number {
    const i = this.pos + ahead;
    return i < this.limit ? i : -1;
  }

  /** The kind of the token `ahead`; undefined past the end. */
  kind(ahead = 0): TokenKind | undefined {
    return this.tokens.kind(this.at(ahead));
  }

  /** Consumes a token; returns its index. */
  next(): number {
    if (this.done) throw this.error('the statement ends too early');
    return this.pos++;
  }

  /** True when the token `ahead` is the keyword `word` (case-insensitive). */
  isWord(word: string, ahead = 0): boolean {
    return this.tokens.is(this.at(ahead), word);
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
    return this.tokens.isPunct(this.at(ahead), p);
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
    const i = this.at();
    if (i === -1 || !this.tokens.isName(i)) throw this.error(`expected ${what}`);
    this.pos++;
    return this.tokens.value(i);
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
    if (this.kind() !== 'string') throw this.error(`expected ${what} as a quoted string`);
    return this.tokens.value(this.pos++);
  }

  /** Skips one token, or a whole bracketed group when it opens one. */
  skipItem(): void {
    if (this.tokens.bracket(this.next()) !== 1) return;
    let depth = 1;
    while (depth > 0) depth += this.tokens.bracket(this.next());
  }

  /**
   * Consumes tokens up to (not including) the first one at bracket depth 0 for
   * which `stop` is true, or the end; returns the token range.
   */
  until(stop: (r: Reader) => boolean, firstMayStop = false): [number, number] {
    const from = this.pos;
    while (this.pos < this.limit) {
      if (this.tokens.bracket(this.pos) === -1) break;
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
    return this.text.slice(this.tokens.start(a), this.tokens.end(b - 1));
  }

  /** An error at the current token (or the end of the statement). */
  error(message: string): Error {
    const i = this.at();
    const found = i !== -1 ? ` but found ${describe(this.tokens, i)}` : ' but the statement ends';
    return syntaxError(this.text, i !== -1 ? this.tokens.start(i) : this.endOffset, message + found);
  }
}

function describe(tokens: Tokens, i: number): string {
  const s = tokens.text.slice(tokens.start(i), tokens.end(i));
  return tokens.kind(i) === 'string' ? 'a string' : JSON.stringify(s.length > 30 ? s.slice(0, 30) + '…' : s);
}
