// A script split into statements, one at a time, into one reused run of tokens:
// a statement's tokens are dropped as soon as it has been read.
import { Lexer, SqlSyntaxError, Tokens } from './lexer';
import { Reader } from './reader';

export class Statements {
  /** The current statement's tokens (without its `;`); refilled by next(). */
  readonly tokens: Tokens;
  /** The broken literal or comment that ended the reading, if any. */
  lexError: SqlSyntaxError | undefined;
  private readonly lexer: Lexer;
  /** A CREATE read while looking for the end of the statement before it. */
  private carried = false;

  constructor(
    private readonly text: string,
    /** Called with the offset of a CREATE that starts a statement without a `;` before it. */
    private readonly unterminated: (offset: number) => void,
  ) {
    this.tokens = new Tokens(text);
    this.lexer = new Lexer(text);
  }

  private read(): boolean {
    if (this.lexError) return false;
    try {
      return this.lexer.next();
    } catch (e) {
      // Nothing after a broken literal or comment can be split reliably.
      if (!(e instanceof SqlSyntaxError)) throw e;
      this.lexError = e;
      return false;
    }
  }

  /**
   * Reads the next statement into `tokens`: up to a top-level `;`, or up to a
   * CREATE outside brackets (a `;` hidden in a trailing comment must not merge
   * two). False when there is none.
   */
  next(): boolean {
    const { tokens, lexer, text } = this;
    tokens.clear();
    if (this.carried) lexer.pushTo(tokens);
    this.carried = false;
    let depth = 0;
    while (this.read()) {
      const c = lexer.kind === Tokens.PUNCT ? text.charCodeAt(lexer.start) : 0;
      if (c === 40 || c === 91 || c === 123) depth++;
      else if (c === 41 || c === 93 || c === 125) depth = Math.max(0, depth - 1);
      if (c === 59) {
        if (tokens.length > 0) return true;
        depth = 0;
        continue;
      }
      if (depth === 0 && tokens.length > 0 && lexer.is('CREATE')) {
        this.unterminated(lexer.start);
        this.carried = true;
        return true;
      }
      lexer.pushTo(tokens);
    }
    // The statement a broken literal cut short would only add a second, misleading error.
    return tokens.length > 0 && !this.lexError;
  }
}

/**
 * One idle instance of each class an import makes. V8 drops an object layout (a
 * map) in a full garbage collection once no object has it, and with it every
 * optimized function that checks for it, so an import after a GC ran unoptimized
 * until the JIT caught up again: it cost twice as much as the one before (measured
 * on the 1 MB bench script). Objects that stay keep the layouts and the JIT's work.
 */
export const KEPT_LAYOUTS: readonly object[] = [new Statements('', () => {}), new Reader('', new Tokens(''), 0)];
