// A thumbnail of a template: the same vector drawing as an exported image (each
// node with its kind, name and rows, links as curves), scaled into the card and
// coloured by the page's theme. The markup is built by pipelineSvg from our own
// templates, with every text escaped.
import { useMemo } from 'react';
import { pipelineSvg } from '../core/image/pipelineSvg';
import { CSS_VARS } from '../core/image/palette';
import type { Template } from '../core/templates';

const SIZE = { width: 240, height: 120 };

export function TemplatePreview({ template }: { template: Template }) {
  const svg = useMemo(() => pipelineSvg(template.build(), { palette: CSS_VARS, transparent: true, margin: 12, scaleTo: SIZE }).svg, [template]);
  return <span className="template-preview" aria-hidden="true" dangerouslySetInnerHTML={{ __html: svg }} />;
}
