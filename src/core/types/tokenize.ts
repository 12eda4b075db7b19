export type Token =
  | { t: 'word'; v: string; at: number }
  | { t: 'quoted'; v: string; at: number } // `identifier` or "identifier"
  | { t: 'number'; v: string; at: number }
  | { t: 'string'; v: string; at: number }
  | { t: 'punct'; v: '(' | ')' | ',' | '='; at: number }
  | { t: 'end'; at: number };

export class TypeSyntaxError extends Error {
  constructor(
    message: string,
    readonly offset: number,
  ) {
    super(message);
  }
}

const WORD_START = /[A-Za-z_]/;
const WORD_CHAR = /[A-Za-z0-9_.]/;

function readQuoted(text: string, start: number, quote: string): { value: string; end: number } {
  let value = '';
  let i = start + 1;
  while (i < text.length) {
    const c = text[i]!;
    if (c === '\\' && i + 1 < text.length) {
      const n = text[i + 1]!;
      value += n === 'n' ? '\n' : n === 't' ? '\t' : n === '0' ? '\0' : n;
      i += 2;
    } else if (c === quote && text[i + 1] === quote) {
      value += quote;
      i += 2;
    } else if (c === quote) {
      return { value, end: i + 1 };
    } else {
      value += c;
      i++;
    }
  }
  const what = quote === "'" ? 'string' : 'quoted name';
  throw new TypeSyntaxError(`Unclosed ${what}: add the closing ${quote}.`, start);
}

export function tokenize(text: string): Token[] {
  const out: Token[] = [];
  let i = 0;
  while (i < text.length) {
    const c = text[i]!;
    if (/\s/.test(c)) {
      i++;
    } else if (c === '(' || c === ')' || c === ',' || c === '=') {
      out.push({ t: 'punct', v: c, at: i });
      i++;
    } else if (c === "'") {
      const q = readQuoted(text, i, "'");
      out.push({ t: 'string', v: q.value, at: i });
      i = q.end;
    } else if (c === '`' || c === '"') {
      const q = readQuoted(text, i, c);
      out.push({ t: 'quoted', v: q.value, at: i });
      i = q.end;
    } else if (/[0-9]/.test(c) || ((c === '-' || c === '+') && /[0-9]/.test(text[i + 1] ?? ''))) {
      const m = /^[-+]?[0-9]+(\.[0-9]*)?([eE][-+]?[0-9]+)?/.exec(text.slice(i))!;
      out.push({ t: 'number', v: m[0], at: i });
      i += m[0].length;
    } else if (WORD_START.test(c)) {
      let j = i + 1;
      while (j < text.length && WORD_CHAR.test(text[j]!)) j++;
      out.push({ t: 'word', v: text.slice(i, j), at: i });
      i = j;
    } else {
      throw new TypeSyntaxError(`Unexpected character '${c}'.`, i);
    }
  }
  out.push({ t: 'end', at: text.length });
  return out;
}
