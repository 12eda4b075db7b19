// Whole-graph images through html-to-image (loaded only when the user exports):
// the React Flow viewport is cloned with a transform that frames every node at
// zoom 1, in the requested theme, and downloaded as pipeline.png / pipeline.svg.
import { getNodesBounds, type Node } from '@xyflow/react';
import type { SecretRemoval } from '../core/share/secrets';
import type { Theme } from '../theme/theme';
import { downloadUrl } from '../browser/download';
import { imageFrame } from './imageFrame';
import { leanSvg, rasterize, svgDataUrl, svgTextOf } from './leanSvg';
import { redactMarkup, secretsInMarkup } from './redactImage';

export type ImageFormat = 'png' | 'svg';

export interface ImageOptions {
  format: ImageFormat;
  theme: Theme;
  transparent: boolean;
  /** What is secret in the design shown (removeSecrets); required so no caller can forget it. */
  secrets: Pick<SecretRemoval, 'values' | 'fields'>;
}

export const IMAGE_FILE: Record<ImageFormat, string> = { png: 'pipeline.png', svg: 'pipeline.svg' };

// Controls that only make sense on screen.
const SCREEN_ONLY = ['node-delete', 'edge-delete', 'react-flow__minimap', 'react-flow__controls'];

function keep(node: HTMLElement): boolean {
  const list = node.classList;
  return !list || !SCREEN_ONLY.some((c) => list.contains(c));
}

/**
 * Switches the page to `theme` for the duration of `run` (the clone copies
 * computed styles, so the page must show the colours the image should have).
 */
async function inTheme<T>(theme: Theme, run: () => Promise<T>): Promise<T> {
  const root = document.documentElement;
  const flow = document.querySelector<HTMLElement>('.react-flow');
  const before = root.dataset['theme'];
  const flowClass = flow?.classList.contains('dark') ? 'dark' : flow?.classList.contains('light') ? 'light' : null;
  root.dataset['theme'] = theme;
  flow?.classList.remove('dark', 'light');
  flow?.classList.add(theme);
  try {
    return await run();
  } finally {
    if (before === undefined) delete root.dataset['theme'];
    else root.dataset['theme'] = before;
    flow?.classList.remove('dark', 'light');
    if (flowClass) flow?.classList.add(flowClass);
  }
}

/**
 * Style sheets that put hundreds of custom properties on :root (Monaco's icon
 * table). Every cloned element would inherit and copy them all, which made an
 * export take seconds; the graph uses none of them, so such sheets are switched
 * off while the clone is taken.
 */
function noisyRootSheets(): CSSStyleSheet[] {
  const out: CSSStyleSheet[] = [];
  for (const sheet of document.styleSheets) {
    let rules: CSSRuleList;
    try {
      rules = sheet.cssRules;
    } catch {
      continue; // cross-origin: none in this app
    }
    for (const rule of rules) {
      const r = rule as CSSStyleRule;
      if (r.selectorText === ':root' && r.style && r.style.length > 200) {
        out.push(sheet);
        break;
      }
    }
  }
  return out;
}

async function withoutNoisySheets<T>(run: () => Promise<T>): Promise<T> {
  const sheets = noisyRootSheets().filter((s) => !s.disabled);
  for (const s of sheets) s.disabled = true;
  try {
    return await run();
  } finally {
    for (const s of sheets) s.disabled = false;
  }
}

/** Renders the image and returns it as a data URL. Throws when there is nothing to draw. */
export async function renderImage(nodes: readonly Node[], options: ImageOptions): Promise<string> {
  const viewport = document.querySelector<HTMLElement>('.react-flow__viewport');
  if (!viewport || nodes.length === 0) throw new Error('The design is empty: there is nothing to export.');
  const frame = imageFrame(getNodesBounds([...nodes]));
  const { toSvg } = await import('html-to-image');
  let background: string | undefined;
  const svg = await withoutNoisySheets(() =>
    inTheme(options.theme, () => {
      background = options.transparent ? undefined : getComputedStyle(document.documentElement).getPropertyValue('--bg').trim() || undefined;
      return toSvg(viewport, {
        width: frame.width,
        height: frame.height,
        style: { width: `${frame.width}px`, height: `${frame.height}px`, transform: frame.transform },
        filter: keep,
        // System fonts only; embedding would fetch every @font-face in the page (Monaco's icons).
        skipFonts: true,
      });
    }),
  );
  // The canvas shows credentials as typed; the image reads as the redacted
  // design, and is refused rather than written if anything secret is left.
  const markup = redactMarkup(svgTextOf(svg), options.secrets);
  if (secretsInMarkup(markup, options.secrets).length > 0)
    throw new Error('a credential could not be removed from the image, so nothing was exported. Remove it from the design (or move it to a named collection) and try again.');
  // The background is painted under the whole frame here, not on the cloned
  // viewport, which the transform moves by the margin.
  const lean = svgDataUrl(leanSvg(markup, background));
  return options.format === 'svg' ? lean : rasterize(lean, frame.width, frame.height, frame.pixelRatio);
}

export async function exportImage(nodes: readonly Node[], options: ImageOptions): Promise<void> {
  downloadUrl(IMAGE_FILE[options.format], await renderImage(nodes, options));
}
