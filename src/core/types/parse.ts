import type { TypeArg, TypeNode } from './ast';
import { resolveFamily, startsMultiWordAlias } from './lexicon';
import { deepFreeze, memoByText } from './memo';
import { tokenize, TypeSyntaxError, type Token } from './tokenize';

export type ParseResult = { ok: true; type: TypeNode } | { ok: false; error: string; offset: number };

/** Source offsets of parsed nodes and args, kept beside the tree so trees stay plain data. */
export type Offsets = WeakMap<object, number>;

const ENUMS = new Set(['Enum', 'Enum8', 'Enum16']);
const AGGREGATES = new Set(['AggregateFunction', 'SimpleAggregateFunction']);
const NAMED_ELEMENTS = new Set(['Tuple', 'Nested', 'JSON']);
const ZONED = new Set(['DateTime', 'DateTime64', 'Time64']);

class Parser {
  private i = 0;
  readonly offsets: Offsets = new WeakMap();
  constructor(private readonly toks: Token[]) {}

  private peek(k = 0): Token {
    return this.toks[Math.min(this.i + k, this.toks.length - 1)]!;
  }
  private next(): Token {
    const t = this.peek();
    if (t.t !== 'end') this.i++;
    return t;
  }
  private isPunct(t: Token, v: string): boolean {
    return t.t === 'punct' && t.v === v;
  }
  private describe(t: Token): string {
    if (t.t === 'end') return 'the end of the text';
    if (t.t === 'string') return `'${t.v}'`;
    return `'${t.v}'`;
  }
  private at<T extends object>(o: T, at: number): T {
    this.offsets.set(o, at);
    return o;
  }

  parseTop(): TypeNode {
    if (this.peek().t === 'end') throw new TypeSyntaxError('The type is empty: write a type such as String or UInt64.', 0);
    const n = this.parseType();
    const t = this.peek();
    if (t.t !== 'end') {
      throw new TypeSyntaxError(`Unexpected ${this.describe(t)} after the type ${n.family}: remove it or wrap the types in Tuple(...).`, t.at);
    }
    return n;
  }

  /** A family name (one word, or a multi-word SQL alias such as DOUBLE PRECISION) and optional arguments. */
  parseType(): TypeNode {
    const first = this.next();
    if (first.t !== 'word') {
      throw new TypeSyntaxError(`Expected a type name but found ${this.describe(first)}.`, first.at);
    }
    let written = first.v;
    let used = 0;
    const words = [first.v];
    for (let k = 0; this.peek(k).t === 'word' && startsMultiWordAlias(words.join(' ')); k++) {
      words.push((this.peek(k) as { v: string }).v);
      if (resolveFamily(words.join(' '))) {
        written = words.join(' ');
        used = k + 1;
      }
    }
    this.i += used;
    const family = resolveFamily(written) ?? written;
    const n: TypeNode = this.at({ family, args: [] }, first.at);
    if (this.isPunct(this.peek(), '(')) {
      const open = this.next();
      if (!this.isPunct(this.peek(), ')')) {
        for (;;) {
          n.args.push(this.parseArg(family, n.args.length));
          const sep = this.next();
          if (this.isPunct(sep, ')')) break;
          if (!this.isPunct(sep, ',')) {
            const msg =
              sep.t === 'end'
                ? `Missing ')' to close ${written}(.`
                : `Expected ',' or ')' in ${written}(...) but found ${this.describe(sep)}.`;
            throw new TypeSyntaxError(msg, sep.t === 'end' ? open.at : sep.at);
          }
        }
      } else {
        this.next();
      }
    }
    return n;
  }

  private parseArg(family: string, index: number): TypeArg {
    const t = this.peek();
    if (ENUMS.has(family)) return this.parseEnumElement();
    if (AGGREGATES.has(family) && index === 0) return this.parseFunc();
    const after = this.peek(1);
    if (NAMED_ELEMENTS.has(family) || family === 'Dynamic') {
      if (family === 'JSON' && t.t === 'word' && t.v.toUpperCase() === 'SKIP' && after.t !== 'punct') {
        return this.parseSkip();
      }
      if (t.t === 'word' && this.isPunct(after, '=')) {
        this.i += 2;
        const v = this.next();
        if (v.t !== 'number' && v.t !== 'word') {
          throw new TypeSyntaxError(`Setting ${t.v} needs a number after '='.`, v.at);
        }
        return this.at({ kind: 'setting', name: t.v, value: v.v }, t.at);
      }
      if ((t.t === 'word' || t.t === 'quoted') && (after.t === 'word' || after.t === 'quoted')) {
        this.i++;
        return this.at({ kind: 'type', name: t.v, type: this.parseType() }, t.at);
      }
    }
    if (t.t === 'number') {
      this.i++;
      return this.at({ kind: 'number', text: t.v }, t.at);
    }
    if (t.t === 'string') {
      this.i++;
      return this.at({ kind: 'string', value: t.v }, t.at);
    }
    if (t.t === 'word' && ZONED.has(family)) {
      this.i++;
      return this.at({ kind: 'ident', name: t.v }, t.at);
    }
    if (t.t === 'quoted') {
      throw new TypeSyntaxError(`A quoted name must be followed by its type, e.g. \`${t.v}\` String.`, t.at);
    }
    return this.at({ kind: 'type', type: this.parseType() }, t.at);
  }

  private parseEnumElement(): TypeArg {
    const t = this.next();
    if (t.t === 'word' || t.t === 'quoted') {
      throw new TypeSyntaxError(`Enum element names must be quoted strings: write '${t.v}' instead of ${t.v}.`, t.at);
    }
    if (t.t !== 'string') {
      throw new TypeSyntaxError(`Expected a quoted Enum element name such as 'a' = 1, found ${this.describe(t)}.`, t.at);
    }
    if (!this.isPunct(this.peek(), '=')) return this.at({ kind: 'enum', name: t.v }, t.at);
    this.i++;
    const v = this.next();
    if (v.t !== 'number') {
      throw new TypeSyntaxError(`Enum element '${t.v}' needs an integer value after '='.`, v.at);
    }
    return this.at({ kind: 'enum', name: t.v, value: v.v }, t.at);
  }

  private parseFunc(): TypeArg {
    const t = this.next();
    if (t.t !== 'word') {
      throw new TypeSyntaxError(`Expected an aggregate function name first, e.g. AggregateFunction(uniq, UInt64); found ${this.describe(t)}.`, t.at);
    }
    const f: TypeArg = this.at({ kind: 'func', name: t.v, params: [] }, t.at);
    if (!this.isPunct(this.peek(), '(')) return f;
    const open = this.next();
    if (this.isPunct(this.peek(), ')')) {
      this.i++;
      return f;
    }
    for (;;) {
      const p = this.next();
      if (p.t === 'number') f.params.push(this.at({ kind: 'number', text: p.v }, p.at));
      else if (p.t === 'string') f.params.push(this.at({ kind: 'string', value: p.v }, p.at));
      else throw new TypeSyntaxError(`Parameters of ${t.v}(...) must be numbers or quoted strings.`, p.at);
      const sep = this.next();
      if (this.isPunct(sep, ')')) return f;
      if (!this.isPunct(sep, ',')) throw new TypeSyntaxError(`Missing ')' to close ${t.v}(.`, sep.t === 'end' ? open.at : sep.at);
    }
  }

  private parseSkip(): TypeArg {
    const skip = this.next();
    const t = this.next();
    if (t.t === 'word' && t.v.toUpperCase() === 'REGEXP') {
      const re = this.next();
      if (re.t !== 'string') throw new TypeSyntaxError("SKIP REGEXP needs a quoted pattern, e.g. SKIP REGEXP 'tmp.*'.", re.at);
      return this.at({ kind: 'skip', path: re.v, regexp: true }, skip.at);
    }
    if (t.t !== 'word' && t.t !== 'quoted') throw new TypeSyntaxError('SKIP needs a JSON path, e.g. SKIP a.b.', t.at);
    return this.at({ kind: 'skip', path: t.v, regexp: false }, skip.at);
  }
}

type OffsetsResult = { ok: true; type: TypeNode; offsets: Offsets } | { ok: false; error: string; offset: number };

/**
 * Parses with source offsets, for checks that point at the faulty part. Remembered per
 * text: the tree is shared by every caller and frozen, so build a changed type anew
 * (builder.ts does) instead of editing the one returned.
 */
export const parseWithOffsets: (text: string) => OffsetsResult = memoByText((text) => {
  try {
    const p = new Parser(tokenize(text));
    const type = deepFreeze(p.parseTop());
    return { ok: true, type, offsets: p.offsets };
  } catch (e) {
    if (e instanceof TypeSyntaxError) return { ok: false, error: e.message, offset: e.offset };
    throw e;
  }
});

/** The tree of a type (shared and frozen, see parseWithOffsets). */
export const parseType: (text: string) => ParseResult = memoByText((text) => {
  const r = parseWithOffsets(text);
  return Object.freeze(r.ok ? { ok: true, type: r.type } : r);
});
