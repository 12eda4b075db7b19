// A thumbnail of a design for the templates gallery: boxes where the nodes are,
// coloured by kind, and a curve per link, scaled into a fixed frame. Pure data
// (and an SVG string for places without React), drawn from the design itself so
// a preview can never disagree with the template it shows.
import { estimateSize } from '../layout/nodeSize';
import type { NodeKind, Pipeline } from '../model/types';

export interface PreviewBox {
  id: string;
  kind: NodeKind;
  x: number;
  y: number;
  width: number;
  height: number;
}

export interface PreviewLink {
  id: string;
  /** SVG path data, from the source's right edge to the target's left edge. */
  d: string;
}

export interface Preview {
  width: number;
  height: number;
  boxes: PreviewBox[];
  links: PreviewLink[];
}

/** CSS variable of each kind's colour (src/app.css). */
export const PREVIEW_KIND_VAR: Record<NodeKind, string> = {
  kafkaTopic: '--kafka-topic',
  kafkaTable: '--kafka-table',
  materializedView: '--view',
  mergeTree: '--merge-tree',
};

const round = (n: number) => Math.round(n * 10) / 10;

export function templatePreview(p: Pipeline, width = 240, height = 120, padding = 8): Preview {
  if (p.entities.length === 0) return { width, height, boxes: [], links: [] };
  const raw = p.entities.map((e) => ({ e, size: estimateSize(e) }));
  const minX = Math.min(...raw.map((r) => r.e.position.x));
  const minY = Math.min(...raw.map((r) => r.e.position.y));
  const maxX = Math.max(...raw.map((r) => r.e.position.x + r.size.width));
  const maxY = Math.max(...raw.map((r) => r.e.position.y + r.size.height));
  const scale = Math.min((width - 2 * padding) / (maxX - minX), (height - 2 * padding) / (maxY - minY));
  // Centre the drawing in the frame.
  const offX = (width - (maxX - minX) * scale) / 2;
  const offY = (height - (maxY - minY) * scale) / 2;
  const boxes = raw.map(({ e, size }) => ({
    id: e.id,
    kind: e.kind,
    x: round(offX + (e.position.x - minX) * scale),
    y: round(offY + (e.position.y - minY) * scale),
    width: round(size.width * scale),
    height: round(size.height * scale),
  }));
  const byId = new Map(boxes.map((b) => [b.id, b]));
  const links: PreviewLink[] = [];
  for (const l of p.links) {
    const s = byId.get(l.source);
    const t = byId.get(l.target);
    if (!s || !t) continue;
    const [x1, y1, x2, y2] = [s.x + s.width, s.y + s.height / 2, t.x, t.y + t.height / 2];
    const bend = round((x2 - x1) / 2);
    links.push({ id: l.id, d: `M${round(x1)},${round(y1)} C${round(x1 + bend)},${round(y1)} ${round(x2 - bend)},${round(y2)} ${round(x2)},${round(y2)}` });
  }
  return { width, height, boxes, links };
}

/** The preview as a standalone SVG document; colours fall back to the light palette outside the app. */
export function previewSvg(preview: Preview, colors: Record<NodeKind, string> = LIGHT_COLORS): string {
  const parts = [`<svg xmlns="http://www.w3.org/2000/svg" width="${preview.width}" height="${preview.height}" viewBox="0 0 ${preview.width} ${preview.height}">`];
  for (const l of preview.links) parts.push(`<path d="${l.d}" fill="none" stroke="#94a3b8" stroke-width="1.5"/>`);
  for (const b of preview.boxes)
    parts.push(`<rect x="${b.x}" y="${b.y}" width="${b.width}" height="${b.height}" rx="2" fill="#ffffff" stroke="${colors[b.kind]}" stroke-width="1.5"/>`);
  parts.push('</svg>');
  return parts.join('');
}

const LIGHT_COLORS: Record<NodeKind, string> = {
  kafkaTopic: '#0f766e',
  kafkaTable: '#7c3aed',
  materializedView: '#2563eb',
  mergeTree: '#b45309',
};
