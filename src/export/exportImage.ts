// Whole-graph images drawn from the design itself (core/image/pipelineSvg): the
// SVG is vector shapes and text, and the PNG is that SVG rasterised. Nodes sit
// where React Flow has them, at the sizes it measured, so the image matches the
// canvas at zoom 1, whatever part of it is in view; nothing of the screen
// (selection ring, hover, buttons, minimap) is in the drawing to begin with.
import type { Node } from '@xyflow/react';
import { pipelineSvg, type Box } from '../core/image/pipelineSvg';
import { DARK, LIGHT } from '../core/image/palette';
import type { SecretRemoval } from '../core/share/secrets';
import type { Theme } from '../theme/theme';
import { downloadUrl } from '../browser/download';
import { IMAGE_MARGIN, imageFrame } from './imageFrame';
import { rasterize, svgDataUrl } from './svgUrl';
import { secretsInMarkup } from './redactImage';

export type ImageFormat = 'png' | 'svg';

export interface ImageOptions {
  format: ImageFormat;
  theme: Theme;
  transparent: boolean;
  /** The design with secrets removed (removeSecrets); required so no caller can forget it. */
  secrets: Pick<SecretRemoval, 'values' | 'pipeline'>;
}

export const IMAGE_FILE: Record<ImageFormat, string> = { png: 'pipeline.png', svg: 'pipeline.svg' };

/** Where React Flow has each node and the size it measured. */
function measuredBoxes(nodes: readonly Node[]): Map<string, Box> {
  const out = new Map<string, Box>();
  for (const n of nodes) {
    const width = n.measured?.width ?? n.width;
    const height = n.measured?.height ?? n.height;
    if (width && height) out.set(n.id, { x: n.position.x, y: n.position.y, width, height });
  }
  return out;
}

/** The SVG text of the design. Throws when there is nothing to draw or a secret would be in it. */
export function imageSvg(nodes: readonly Node[], options: Omit<ImageOptions, 'format'>): { svg: string; width: number; height: number } {
  const design = options.secrets.pipeline;
  if (design.entities.length === 0) throw new Error('The design is empty: there is nothing to export.');
  const drawn = pipelineSvg(design, {
    palette: options.theme === 'dark' ? DARK : LIGHT,
    transparent: options.transparent,
    margin: IMAGE_MARGIN,
    boxes: measuredBoxes(nodes),
  });
  // Drawn from the redacted design; checked again so a new field can never leak.
  if (secretsInMarkup(drawn.svg, options.secrets).length > 0)
    throw new Error('a credential could not be removed from the image, so nothing was exported. Remove it from the design (or move it to a named collection) and try again.');
  return drawn;
}

/** Renders the image and returns it as a data URL. */
export async function renderImage(nodes: readonly Node[], options: ImageOptions): Promise<string> {
  const { svg, width, height } = imageSvg(nodes, options);
  const url = svgDataUrl(svg);
  if (options.format === 'svg') return url;
  const frame = imageFrame({ x: 0, y: 0, width: width - 2 * IMAGE_MARGIN, height: height - 2 * IMAGE_MARGIN });
  return rasterize(url, width, height, frame.pixelRatio);
}

export async function exportImage(nodes: readonly Node[], options: ImageOptions): Promise<void> {
  downloadUrl(IMAGE_FILE[options.format], await renderImage(nodes, options));
}
