// Text the share and embed dialogs hand out, kept apart from React so it is testable.
import { fragmentParams } from '../core/share/flags';
import { EMBED_PARAM } from '../store/viewMode';

export interface EmbedSize {
  width: string;
  height: string;
}

const escapeAttr = (s: string) => s.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

/** A CSS length for an iframe attribute: `800` or `100%`; anything else falls back. */
export function cleanLength(value: string, fallback: string): string {
  const v = value.trim();
  return /^\d{1,5}%?$/.test(v) ? v : fallback;
}

export function iframeSnippet(url: string, size: EmbedSize, title = 'chflow pipeline'): string {
  const width = cleanLength(size.width, '100%');
  const height = cleanLength(size.height, '480');
  return (
    `<iframe src="${escapeAttr(url)}" width="${width}" height="${height}" title="${escapeAttr(title)}" ` +
    `style="border: 1px solid #d7dde5; border-radius: 6px" loading="lazy"></iframe>`
  );
}

/** `base` with `name` dropped from its query string (other parameters kept in order). */
function withoutParam(base: string, name: string): string {
  const q = base.indexOf('?');
  if (q < 0) return base;
  const kept = base
    .slice(q + 1)
    .split('&')
    .filter((part) => part !== '' && part.split('=')[0] !== name);
  return kept.length ? `${base.slice(0, q)}?${kept.join('&')}` : base.slice(0, q);
}

/** The same link without the view flags and the embed marker: opens the design editable. */
export function editableUrl(href: string): string {
  const hash = href.indexOf('#');
  const base = withoutParam(hash < 0 ? href : href.slice(0, hash), EMBED_PARAM);
  if (hash < 0) return base;
  const d = fragmentParams(href.slice(hash)).get('d');
  return d === undefined ? base : `${base}#d=${d}`;
}

/**
 * The page address of the embed: `?embed=1` is what the server sees (the
 * fragment it never does), so it can let other sites frame this page only.
 */
export function embedPageBase(base: string): string {
  const clean = withoutParam(base.split('#')[0]!, EMBED_PARAM);
  return `${clean}${clean.includes('?') ? '&' : '?'}${EMBED_PARAM}=1`;
}

export const LONG_LINK = 8000;

export function lengthNote(length: number): string {
  const n = length.toLocaleString('en-US');
  if (length > LONG_LINK) return `${n} characters: long enough that some chat apps and e-mail clients may cut it; a design file is safer for big designs.`;
  return `${n} characters`;
}
