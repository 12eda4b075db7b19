// Reads the SETTINGS clause back out of ClickHouse's own text (engine_full,
// create_table_query), undoing ClickHouse's string-literal escaping, so stored
// values can be compared with the intended ones byte for byte.

const ESCAPED: Record<string, string> = { b: '\b', f: '\f', n: '\n', r: '\r', t: '\t', '0': '\0', a: '\x07', v: '\v', e: '\x1b' };

/** The literal starting at `text[at]` (a quote) and the index after its closing quote. */
export function readStringLiteral(text: string, at: number): { value: string; end: number } {
  if (text[at] !== "'") throw new Error(`no string literal at ${at}: ${text.slice(at, at + 20)}`);
  let out = '';
  for (let i = at + 1; i < text.length; i++) {
    const ch = text[i]!;
    if (ch === '\\') {
      const next = text[++i]!;
      if (next === 'x') {
        out += String.fromCharCode(parseInt(text.slice(i + 1, i + 3), 16));
        i += 2;
      } else out += ESCAPED[next] ?? next;
    } else if (ch === "'") {
      if (text[i + 1] === "'") {
        out += "'";
        i++;
      } else return { value: out, end: i + 1 };
    } else out += ch;
  }
  throw new Error('unterminated string literal');
}

/**
 * `name = value` pairs after `marker` (e.g. `ENGINE = Kafka SETTINGS `); string
 * values unescaped, others as written.
 */
export function readSettings(text: string, marker: string): Map<string, string> {
  const out = new Map<string, string>();
  const start = text.indexOf(marker);
  if (start < 0) return out;
  let i = start + marker.length;
  for (;;) {
    while (text[i] === ' ' || text[i] === '\n') i++;
    const name = /^`?([A-Za-z0-9_]+)`?/.exec(text.slice(i));
    if (!name) break;
    i += name[0].length;
    const eq = /^\s*=\s*/.exec(text.slice(i));
    if (!eq) break;
    i += eq[0].length;
    if (text[i] === "'") {
      const lit = readStringLiteral(text, i);
      out.set(name[1]!, lit.value);
      i = lit.end;
    } else {
      const raw = /^[^,\s)]+/.exec(text.slice(i))![0];
      out.set(name[1]!, raw);
      i += raw.length;
    }
    const comma = /^\s*,\s*/.exec(text.slice(i));
    if (!comma) break;
    i += comma[0].length;
  }
  return out;
}
