// The smallest single replacement that turns one text into another. Applying only the
// changed middle keeps Monaco's scroll position, selection and decorations where they
// are, which `setValue` would reset on every keystroke.
export interface TextEdit {
  /** Offsets into the old text. */
  start: number;
  end: number;
  text: string;
}

export function minimalEdit(before: string, after: string): TextEdit | null {
  if (before === after) return null;
  const max = Math.min(before.length, after.length);
  let start = 0;
  while (start < max && before.charCodeAt(start) === after.charCodeAt(start)) start++;
  // Never split a surrogate pair or a CRLF between kept and replaced text.
  if (start > 0 && (isHighSurrogate(before.charCodeAt(start - 1)) || before.charCodeAt(start - 1) === 13)) start--;
  let tail = 0;
  const room = max - start;
  while (tail < room && before.charCodeAt(before.length - 1 - tail) === after.charCodeAt(after.length - 1 - tail)) tail++;
  if (tail > 0) {
    const k = before.length - tail; // first kept character on the right
    if (isLowSurrogate(before.charCodeAt(k)) || (before.charCodeAt(k) === 10 && before.charCodeAt(k - 1) === 13)) tail--;
  }
  return { start, end: before.length - tail, text: after.slice(start, after.length - tail) };
}

function isHighSurrogate(c: number): boolean {
  return c >= 0xd800 && c <= 0xdbff;
}
function isLowSurrogate(c: number): boolean {
  return c >= 0xdc00 && c <= 0xdfff;
}
