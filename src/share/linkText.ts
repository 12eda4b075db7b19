// Text the share and embed dialogs hand out, kept apart from React so it is testable.
import { fragmentParams } from '../core/share/flags';

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

/** The same link without the view flags: opens the design editable. */
export function editableUrl(href: string): string {
  const hash = href.indexOf('#');
  if (hash < 0) return href;
  const d = fragmentParams(href.slice(hash)).get('d');
  return d === undefined ? href.slice(0, hash) : `${href.slice(0, hash)}#d=${d}`;
}

export const LONG_LINK = 8000;

export function lengthNote(length: number): string {
  const n = length.toLocaleString('en-US');
  if (length > LONG_LINK) return `${n} characters: long enough that some chat apps and e-mail clients may cut it; a design file is safer for big designs.`;
  return `${n} characters`;
}
