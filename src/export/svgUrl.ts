// SVG data URLs and rasterising an SVG to PNG in the browser.
const SVG_PREFIX = 'data:image/svg+xml;charset=utf-8,';

export function svgTextOf(dataUrl: string): string {
  if (!dataUrl.startsWith(SVG_PREFIX)) throw new Error('unexpected SVG data URL');
  return decodeURIComponent(dataUrl.slice(SVG_PREFIX.length));
}

export function svgDataUrl(text: string): string {
  return SVG_PREFIX + encodeURIComponent(text);
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
