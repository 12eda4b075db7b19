// The design as a vector SVG: every node a rounded rectangle with its kind band,
// name, database, subtitle and rows as <text>, every link a curve. No HTML and no
// foreignObject, so browsers, Inkscape and GitHub all draw it, and nothing of
// the screen (selection ring, hover, buttons) can get in. Pure: the app passes
// the sizes React Flow measured, the CLI and previews use estimated ones.
import { estimateSize } from '../layout/nodeSize';
import type { Entity, Pipeline } from '../model/types';
import { nodeContent } from './nodeContent';
import type { ImagePalette } from './palette';

export interface Box {
  x: number;
  y: number;
  width: number;
  height: number;
}

export interface SvgOptions {
  palette: ImagePalette;
  /** No background rectangle. */
  transparent?: boolean;
  /** Space around the nodes, in pixels. */
  margin?: number;
  /** Where each node is and how big, by entity id; missing ones use their position and estimated size. */
  boxes?: ReadonlyMap<string, Box>;
  /** Drawn at this size (viewBox keeps the design's own units): thumbnails. */
  scaleTo?: { width: number; height: number };
}

export interface PipelineSvg {
  svg: string;
  width: number;
  height: number;
}

const FONT = "system-ui, -apple-system, 'Segoe UI', Roboto, 'Liberation Sans', sans-serif";
const MONO = "ui-monospace, 'DejaVu Sans Mono', 'Liberation Mono', monospace";
const HEADER = 24;
const TITLE = 22;
const LINE = 16;
const PAD = 8;

const esc = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
const r1 = (n: number) => Math.round(n * 10) / 10;

/** Cuts text to about `px` pixels at `perChar` pixels a character (no fonts to measure with here). */
function fit(text: string, px: number, perChar: number): string {
  const max = Math.max(1, Math.floor(px / perChar));
  return text.length <= max ? text : `${text.slice(0, Math.max(1, max - 1))}…`;
}

const text = (x: number, y: number, body: string, attrs: string) => `<text x="${r1(x)}" y="${r1(y)}" ${attrs}>${esc(body)}</text>`;

function drawNode(e: Entity, b: Box, pal: ImagePalette): string {
  const c = nodeContent(e);
  const color = pal.kinds[e.kind];
  const out: string[] = [`<g data-id="${esc(e.id)}">`];
  out.push(`<rect x="${r1(b.x)}" y="${r1(b.y)}" width="${r1(b.width)}" height="${r1(b.height)}" rx="6" fill="${pal.panel}" stroke="${pal.border}"/>`);
  out.push(`<rect x="${r1(b.x)}" y="${r1(b.y)}" width="${r1(b.width)}" height="4" rx="2" fill="${color}"/>`);
  const inner = b.width - 2 * PAD;
  out.push(text(b.x + PAD, b.y + 18, c.kindLabel.toUpperCase(), `font-family="${FONT}" font-size="10" font-weight="700" letter-spacing="0.5" fill="${color}"`));
  const dbWidth = c.database ? Math.min(inner * 0.4, c.database.length * 6.2) : 0;
  const nameColor = e.name ? pal.text : pal.error;
  // The name is never cut: a long one is squeezed into its line instead.
  const nameRoom = inner - dbWidth - 6;
  const squeeze = c.name.length * 7.6 > nameRoom ? ` textLength="${r1(nameRoom)}" lengthAdjust="spacingAndGlyphs"` : '';
  out.push(text(b.x + PAD, b.y + HEADER + 14, c.name, `font-family="${FONT}" font-size="13" font-weight="600" fill="${nameColor}"${squeeze}`));
  if (c.database)
    out.push(text(b.x + b.width - PAD, b.y + HEADER + 14, fit(c.database, dbWidth, 6.2), `font-family="${FONT}" font-size="11" fill="${pal.muted}" text-anchor="end"`));
  let y = b.y + HEADER + TITLE;
  if (c.subtitle) {
    out.push(text(b.x + PAD, y + 11, fit(c.subtitle, inner, 6.6), `font-family="${FONT}" font-size="11" fill="${pal.muted}"`));
    y += LINE;
  }
  const bottom = b.y + b.height - 4;
  if (c.rows.length === 0 && c.emptyText) out.push(text(b.x + PAD, y + 12, fit(c.emptyText, inner, 6.2), `font-family="${FONT}" font-size="11" font-style="italic" fill="${pal.muted}"`));
  // As many rows as the node's box holds; the rest become "+N more", as on the canvas.
  const room = Math.max(0, Math.floor((bottom - y) / LINE));
  const shown = c.rows.length <= room ? c.rows.length : Math.max(0, room - 1);
  for (let i = 0; i < shown; i++) {
    const row = c.rows[i]!;
    const ty = y + (i + 1) * LINE - 4;
    const left = row.joiner ? `${row.name} ${row.joiner}` : row.name;
    const leftText = fit(left, inner / 2, 6.6);
    out.push(text(b.x + PAD, ty, leftText, `font-family="${MONO}" font-size="11" fill="${pal.text}"`));
    out.push(text(b.x + b.width - PAD, ty, fit(row.detail, inner - leftText.length * 6.6 - 6, 6.6), `font-family="${MONO}" font-size="11" fill="${pal.muted}" text-anchor="end"`));
  }
  if (shown < c.rows.length)
    out.push(text(b.x + PAD, y + (shown + 1) * LINE - 4, `+${c.rows.length - shown} more`, `font-family="${FONT}" font-size="11" font-style="italic" fill="${pal.muted}"`));
  out.push('</g>');
  return out.join('');
}

export function pipelineSvg(p: Pipeline, options: SvgOptions): PipelineSvg {
  const margin = options.margin ?? 32;
  const pal = options.palette;
  const boxes = new Map<string, Box>();
  for (const e of p.entities) boxes.set(e.id, options.boxes?.get(e.id) ?? { ...e.position, ...estimateSize(e) });
  const all = [...boxes.values()];
  const minX = all.length ? Math.min(...all.map((b) => b.x)) : 0;
  const minY = all.length ? Math.min(...all.map((b) => b.y)) : 0;
  const maxX = all.length ? Math.max(...all.map((b) => b.x + b.width)) : 0;
  const maxY = all.length ? Math.max(...all.map((b) => b.y + b.height)) : 0;
  const width = Math.ceil(maxX - minX + 2 * margin);
  const height = Math.ceil(maxY - minY + 2 * margin);
  const [ox, oy] = [margin - minX, margin - minY];
  const size = options.scaleTo ?? { width, height };
  const parts = [
    `<svg xmlns="http://www.w3.org/2000/svg" width="${size.width}" height="${size.height}" viewBox="0 0 ${width} ${height}" role="img">`,
    `<title>${esc(p.entities.map((e) => e.name).filter(Boolean).join(', ') || 'chflow design')}</title>`,
  ];
  if (!options.transparent) parts.push(`<rect width="${width}" height="${height}" fill="${pal.bg}"/>`);
  parts.push(`<g transform="translate(${r1(ox)},${r1(oy)})">`);
  for (const l of p.links) {
    const s = boxes.get(l.source);
    const t = boxes.get(l.target);
    if (!s || !t) continue;
    const [x1, y1, x2, y2] = [s.x + s.width, s.y + s.height / 2, t.x, t.y + t.height / 2];
    const bend = Math.max(30, Math.abs(x2 - x1) / 2);
    parts.push(`<path d="M${r1(x1)},${r1(y1)} C${r1(x1 + bend)},${r1(y1)} ${r1(x2 - bend)},${r1(y2)} ${r1(x2)},${r1(y2)}" fill="none" stroke="${pal.link}" stroke-width="1.5"/>`);
  }
  for (const e of p.entities) parts.push(drawNode(e, boxes.get(e.id)!, pal));
  parts.push('</g></svg>');
  return { svg: parts.join(''), width, height };
}
