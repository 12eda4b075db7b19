// Just enough SQL text handling to look at key clauses and view expressions
// without a parser: top-level comma splitting that respects quotes and brackets.
// Remembered per text: a design repeats the same keys and expressions in many tables.
import { memoByText } from '../../types/memo';

/** Splits `a, f(b, c), 'x,y'` into top-level elements (trimmed, blanks kept out). Shared and frozen. */
export function splitTopLevel(text: string): readonly string[] {
  return splitMemo(text);
}

const splitMemo = memoByText((text) => Object.freeze(split(text)));

function split(text: string): string[] {
  const out: string[] = [];
  let depth = 0;
  let start = 0;
  for (let i = 0; i < text.length; i++) {
    const ch = text[i]!;
    if (ch === "'" || ch === '`' || ch === '"') {
      i = skipQuoted(text, i);
      continue;
    }
    if (ch === '(' || ch === '[' || ch === '{') depth++;
    else if (ch === ')' || ch === ']' || ch === '}') depth = Math.max(0, depth - 1);
    else if (ch === ',' && depth === 0) {
      out.push(text.slice(start, i));
      start = i + 1;
    }
  }
  out.push(text.slice(start));
  return out.map((s) => s.trim()).filter((s) => s !== '');
}

/** Index of the closing quote of the quoted run starting at `open` (backslash and doubled-quote escapes). */
function skipQuoted(text: string, open: number): number {
  const q = text[open]!;
  for (let i = open + 1; i < text.length; i++) {
    const ch = text[i];
    if (ch === '\\') i++;
    else if (ch === q) {
      if (text[i + 1] === q) i++;
      else return i;
    }
  }
  return text.length;
}

/** True when the parenthesis at `open` closes at the very end of `text`. */
function wrapsWhole(text: string, open: number): boolean {
  let depth = 0;
  for (let i = open; i < text.length; i++) {
    const ch = text[i]!;
    if (ch === "'" || ch === '`' || ch === '"') {
      i = skipQuoted(text, i);
      continue;
    }
    if (ch === '(') depth++;
    else if (ch === ')') {
      depth--;
      if (depth === 0) return i === text.length - 1;
    }
  }
  return false;
}

/**
 * Elements of a key clause: `(a, b)`, `tuple(a, b)` and `a, b` all give [a, b];
 * `tuple()` and '' give [].
 */
export function keyElements(clause: string): readonly string[] {
  return keyElementsMemo(clause);
}

const keyElementsMemo = memoByText((clause) => {
  let t = clause.trim();
  for (;;) {
    const m = /^tuple\s*\(/i.exec(t);
    const open = m ? m[0].length - 1 : t.startsWith('(') ? 0 : -1;
    if (open < 0 || !wrapsWhole(t, open)) break;
    t = t.slice(open + 1, -1).trim();
  }
  return splitTopLevel(t);
});

/**
 * Form for textual comparison of expressions: whitespace outside quotes collapsed,
 * and dropped where it cannot matter (next to brackets, commas and operators).
 */
export function normalizeExpr(expr: string): string {
  return normalizeMemo(expr);
}

const normalizeMemo = memoByText(normalize);

function normalize(expr: string): string {
  let out = '';
  let pendingSpace = false;
  for (let i = 0; i < expr.length; i++) {
    const ch = expr[i]!;
    if (/\s/.test(ch)) {
      pendingSpace = out !== '';
      continue;
    }
    if (pendingSpace && isWordChar(out[out.length - 1]!) && isWordChar(ch)) out += ' ';
    pendingSpace = false;
    if (ch === "'" || ch === '`' || ch === '"') {
      const end = skipQuoted(expr, i);
      out += expr.slice(i, end + 1);
      i = end;
    } else out += ch;
  }
  return out;
}

function isWordChar(ch: string): boolean {
  return /[A-Za-z0-9_'`"]/.test(ch);
}
