// String.prototype.trim for the generator's hot paths: most fields hold no
// surrounding white space (or nothing), and checking the two end characters is
// cheaper than the builtin call on every field of every entity.

/** Exactly `s.trim()`. */
export function trim(s: string): string {
  const n = s.length;
  if (n === 0) return s;
  const first = s.charCodeAt(0);
  const last = s.charCodeAt(n - 1);
  // Printable ASCII other than the space is never white space.
  return first > 32 && first < 127 && last > 32 && last < 127 ? s : s.trim();
}
