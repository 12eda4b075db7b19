// html-to-image inlines every computed property on every cloned element,
// custom properties included; Monaco alone defines about 1,600 on :root, which
// every node inherits. Computed values never refer to var(), so custom
// properties can all go, which roughly halves the file.
const SVG_PREFIX = 'data:image/svg+xml;charset=utf-8,';
const SVG_NS = 'http://www.w3.org/2000/svg';

export function svgTextOf(dataUrl: string): string {
  if (!dataUrl.startsWith(SVG_PREFIX)) throw new Error('unexpected SVG data URL');
  return decodeURIComponent(dataUrl.slice(SVG_PREFIX.length));
}

export function svgDataUrl(text: string): string {
  return SVG_PREFIX + encodeURIComponent(text);
}

/**
 * The SVG without custom properties in inline styles and, given a colour, with
 * a full-size rectangle of it behind everything.
 */
export function leanSvg(svgText: string, background?: string): string {
  const doc = new DOMParser().parseFromString(svgText, 'image/svg+xml');
  if (doc.querySelector('parsererror') || doc.documentElement.namespaceURI !== SVG_NS) return svgText;
  for (const el of doc.querySelectorAll<HTMLElement | SVGElement>('[style]')) {
    const style = el.style;
    const custom: string[] = [];
    for (let i = 0; i < style.length; i++) if (style[i]!.startsWith('--')) custom.push(style[i]!);
    for (const name of custom) style.removeProperty(name);
  }
  if (background) {
    const rect = doc.createElementNS(SVG_NS, 'rect');
    rect.setAttribute('width', '100%');
    rect.setAttribute('height', '100%');
    rect.setAttribute('fill', background);
    doc.documentElement.insertBefore(rect, doc.documentElement.firstChild);
  }
  return new XMLSerializer().serializeToString(doc);
}

/** Draws an SVG data URL onto a canvas of width×height CSS pixels at `ratio`, as PNG. */
export async function rasterize(svgUrl: string, width: number, height: number, ratio: number): Promise<string> {
  const img = new Image();
  img.src = svgUrl;
  await img.decode();
  const canvas = document.createElement('canvas');
  canvas.width = Math.round(width * ratio);
  canvas.height = Math.round(height * ratio);
  const ctx = canvas.getContext('2d');
  if (!ctx) throw new Error('this browser cannot draw on a canvas');
  ctx.drawImage(img, 0, 0, canvas.width, canvas.height);
  return canvas.toDataURL('image/png');
}
