// Monarch has one global `ignoreCase` switch, but ClickHouse mixes case-insensitive
// keywords with case-sensitive function names. A regex whose letters are folded into
// `[sS]` classes is case-insensitive even when the lexer is not.

const SPECIAL = /[.*+?^${}()|[\]\\/]/g;

/** `select` → `[sS][eE][lL][eE][cC][tT]`; non-letters are escaped as they are. */
export function foldCase(word: string): string {
  let out = '';
  for (const ch of word) {
    const lo = ch.toLowerCase();
    const up = ch.toUpperCase();
    out += lo !== up ? `[${lo}${up}]` : ch.replace(SPECIAL, '\\$&');
  }
  return out;
}

/** Alternation of case-folded words, longest first so a prefix never wins. */
export function foldedAlternation(words: readonly string[]): string {
  const unique = [...new Set(words.map((w) => w.toLowerCase()))];
  unique.sort((a, b) => b.length - a.length || (a < b ? -1 : 1));
  return unique.map(foldCase).join('|');
}

/** Alternation of words kept as written (case-sensitive), longest first. */
export function exactAlternation(words: readonly string[]): string {
  const unique = [...new Set(words)];
  unique.sort((a, b) => b.length - a.length || (a < b ? -1 : 1));
  return unique.map((w) => w.replace(SPECIAL, '\\$&')).join('|');
}
