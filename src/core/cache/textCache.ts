// Caches for the generator's pure text functions of strings (quoting, column
// lines, key clauses, setting lines). A design repeats the same names, types,
// keys and settings across its tables, so a hit costs one hash lookup per key
// string instead of the scanning, trimming and concatenating that made the text.
// Results are strings (immutable), so sharing them is safe; the cap only bounds
// memory, and a cleared cache just refills.

const MAX_ENTRIES = 50_000;

export class TextCache<V> {
  private readonly map = new Map<string, V>();

  get(key: string): V | undefined {
    return this.map.get(key);
  }

  set(key: string, value: V): void {
    if (this.map.size >= MAX_ENTRIES) this.map.clear();
    this.map.set(key, value);
  }
}

/** Keyed by two strings, without concatenating them into one key. */
export class TextCache2<V> {
  private readonly outer = new Map<string, Map<string, V>>();
  private entries = 0;

  get(a: string, b: string): V | undefined {
    return this.outer.get(a)?.get(b);
  }

  set(a: string, b: string, value: V): void {
    if (this.entries >= MAX_ENTRIES) {
      this.outer.clear();
      this.entries = 0;
    }
    let inner = this.outer.get(a);
    if (inner === undefined) this.outer.set(a, (inner = new Map()));
    inner.set(b, value);
    this.entries++;
  }
}
