// Secrets in image markup. Exports are drawn from the redacted design
// (exportImage), and secretsInMarkup is the last check before a file is written:
// it reads every text and attribute value, text run together so a secret split
// across two elements still shows. redactMarkup rewrites markup taken from the
// canvas as drawn (which shows credentials as typed) to read as the redacted
// design would. Plain string work, no DOM, so the same code runs in the browser
// and in the Node tests.
import { redactText, secretsIn, type SecretRemoval } from '../core/share/secrets';

type Redaction = Pick<SecretRemoval, 'values' | 'fields'>;

const NAMED: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: '\u00a0' };

function decodeEntities(s: string): string {
  return s.replace(/&(#x[0-9a-f]+|#\d+|[a-z]+);/gi, (m, e: string) => {
    if (e[0] === '#') {
      const code = e[1] === 'x' || e[1] === 'X' ? parseInt(e.slice(2), 16) : parseInt(e.slice(1), 10);
      return Number.isFinite(code) && code <= 0x10ffff ? String.fromCodePoint(code) : m;
    }
    return NAMED[e.toLowerCase()] ?? m;
  });
}

const escapeText = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
const escapeAttr = (s: string) => escapeText(s).replace(/"/g, '&quot;');

// Comments render nothing and are dropped; CDATA and tags are handled on their own.
const TOKEN = /<!--[\s\S]*?-->|<!\[CDATA\[([\s\S]*?)\]\]>|<[^>]*>/g;
const ATTRIBUTE = /(\s[^\s=/>]+\s*=\s*)(?:"([^"]*)"|'([^']*)')/g;

function redactTag(tag: string, r: Redaction): string {
  return tag.replace(ATTRIBUTE, (whole, head: string, dq: string | undefined, sq: string | undefined) => {
    const raw = dq ?? sq ?? '';
    const value = decodeEntities(raw);
    const clean = redactText(value, r);
    return clean === value ? whole : `${head}"${escapeAttr(clean)}"`;
  });
}

function redactSegment(text: string, r: Redaction): string {
  if (text === '') return text;
  const value = decodeEntities(text);
  const clean = redactText(value, r);
  return clean === value ? text : escapeText(clean);
}

/** SVG or HTML markup with every text and attribute value read through redactText. */
export function redactMarkup(markup: string, r: Redaction): string {
  if (r.values.length === 0 && r.fields.length === 0) return markup;
  let out = '';
  let at = 0;
  for (const m of markup.matchAll(TOKEN)) {
    out += redactSegment(markup.slice(at, m.index), r);
    const token = m[0];
    if (m[1] !== undefined) out += `<![CDATA[${redactText(m[1], r).replace(/\]\]>/g, ']]&gt;')}]]>`;
    else if (!token.startsWith('<!--')) out += redactTag(token, r);
    at = m.index + token.length;
  }
  return out + redactSegment(markup.slice(at), r);
}

/**
 * Everything a reader of the markup could see: the text of all elements run
 * together (so a secret split across elements still shows) and each
 * attribute value, decoded.
 */
export function visibleText(markup: string): string {
  const texts: string[] = [];
  const attrs: string[] = [];
  let at = 0;
  for (const m of markup.matchAll(TOKEN)) {
    texts.push(markup.slice(at, m.index));
    if (m[1] !== undefined) texts.push(m[1]);
    else if (!m[0].startsWith('<!--')) for (const a of m[0].matchAll(ATTRIBUTE)) attrs.push(a[2] ?? a[3] ?? '');
    at = m.index + m[0].length;
  }
  texts.push(markup.slice(at));
  return [decodeEntities(texts.join('')), ...attrs.map(decodeEntities)].join('\n');
}

/** The secrets still readable in the markup; empty when it is safe to hand out. */
export function secretsInMarkup(markup: string, r: Pick<SecretRemoval, 'values'>): string[] {
  return r.values.length === 0 ? [] : secretsIn(visibleText(markup), r);
}
