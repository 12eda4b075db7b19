// Ways to write the same statement so that a reader other than ClickHouse's own
// parser might see something else: comments of every form, white space and
// look-alikes from Unicode, case changes, quoted names. Each works on the text
// outside quotes only, so the strings inside an attempt keep their meaning.

export interface Disguise {
  name: string;
  apply(sql: string): string;
}

/** Splits SQL into [code, quoted, code, quoted, …] so rewrites leave quoted text alone. */
function pieces(sql: string): string[] {
  const out: string[] = [];
  let code = '';
  for (let i = 0; i < sql.length; i++) {
    const c = sql[i]!;
    if (c !== "'" && c !== '`' && c !== '"') {
      code += c;
      continue;
    }
    let j = i + 1;
    while (j < sql.length && sql[j] !== c) j += sql[j] === '\\' ? 2 : 1;
    out.push(code, sql.slice(i, j + 1));
    code = '';
    i = j;
  }
  out.push(code);
  return out;
}

/** Rewrites only the code between quoted parts. */
export function outsideQuotes(sql: string, fn: (code: string) => string): string {
  return pieces(sql)
    .map((p, i) => (i % 2 === 0 ? fn(p) : p))
    .join('');
}

const spaces = (by: string) => (sql: string) => outsideQuotes(sql, (c) => c.replace(/ /g, by));

/** ClickHouse's lexer and the white space it may skip between words (and characters that only look like it). */
export const UNICODE_SPACES: readonly number[] = [
  0x00a0, 0x1680, ...Array.from({ length: 14 }, (_, k) => 0x2000 + k), 0x2028, 0x2029, 0x202f, 0x205f, 0x2060, 0x3000,
  0xfeff, 0x0085, 0x180e,
];
const hex = (cp: number): string => 'U+' + cp.toString(16).toUpperCase().padStart(4, '0');

function mixedCase(code: string): string {
  let k = 0;
  return code.replace(/[A-Za-z]/g, (ch) => (k++ % 2 ? ch.toLowerCase() : ch.toUpperCase()));
}

export const DISGUISES: readonly Disguise[] = [
  { name: 'as written', apply: (s) => s },
  { name: '-- comments', apply: spaces(' -- x\n') },
  { name: '/* */ comments', apply: spaces('/* x */') },
  { name: 'nested /* /* */ */ comments', apply: spaces('/* a /* b */ c */') },
  { name: '// comments', apply: spaces(' // x\n') },
  { name: '# comments', apply: spaces(' # x\n') },
  { name: '#! comments', apply: spaces(' #! x\n') },
  { name: 'a comment hiding a newline', apply: spaces('/*\n*/') },
  { name: 'tabs, form feeds and vertical tabs', apply: spaces('\t\f\v') },
  { name: 'upper case', apply: (s) => outsideQuotes(s, (c) => c.toUpperCase()) },
  { name: 'lower case', apply: (s) => outsideQuotes(s, (c) => c.toLowerCase()) },
  { name: 'mixed case', apply: (s) => outsideQuotes(s, mixedCase) },
  { name: 'a byte order mark first', apply: (s) => '\uFEFF' + s },
  { name: 'a trailing semicolon and comment', apply: (s) => s + ';\n-- done' },
  ...UNICODE_SPACES.map((cp) => ({ name: `${hex(cp)} between words`, apply: spaces(String.fromCodePoint(cp)) })),
  { name: 'U+037E (looks like ;) and a second statement', apply: (s) => 'SELECT 1\u037E ' + s },
  { name: 'U+FF08/U+FF09 (look like parentheses)', apply: (s) => outsideQuotes(s, (c) => c.replace(/\(/g, '\uFF08').replace(/\)/g, '\uFF09')) },
  { name: 'U+200B inside words', apply: (s) => outsideQuotes(s, (c) => c.replace(/([A-Za-z])([A-Za-z])/, '$1\u200B$2')) },
];

/** The few disguises that change the words themselves, for the large cross products. */
export const CORE_DISGUISES: readonly Disguise[] = DISGUISES.filter((d) =>
  ['as written', '-- comments', '/* */ comments', 'nested /* /* */ */ comments', '// comments', '# comments', 'mixed case', 'U+00A0 between words', 'U+3000 between words', 'U+FEFF between words'].includes(d.name),
);

/** A name as ClickHouse also reads it: bare, backquoted, double-quoted, in another case. */
export function nameForms(name: string): string[] {
  return [name, '`' + name + '`', '"' + name + '"', name.toUpperCase(), mixedCase(name)];
}
