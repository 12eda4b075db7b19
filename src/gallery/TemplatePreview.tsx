// A thumbnail of a template's graph, in the app's colours.
import { useMemo } from 'react';
import { PREVIEW_KIND_VAR, templatePreview } from '../core/templates/preview';
import type { Template } from '../core/templates';

export function TemplatePreview({ template }: { template: Template }) {
  const pv = useMemo(() => templatePreview(template.build()), [template]);
  return (
    <svg className="template-preview" viewBox={`0 0 ${pv.width} ${pv.height}`} width={pv.width} height={pv.height} aria-hidden="true">
      {pv.links.map((l) => (
        <path key={l.id} d={l.d} className="template-preview-link" />
      ))}
      {pv.boxes.map((b) => (
        <g key={b.id}>
          <rect x={b.x} y={b.y} width={b.width} height={b.height} rx={2} className="template-preview-node" style={{ stroke: `var(${PREVIEW_KIND_VAR[b.kind]})` }} />
          <rect x={b.x} y={b.y} width={b.width} height={Math.min(3, b.height)} style={{ fill: `var(${PREVIEW_KIND_VAR[b.kind]})` }} />
        </g>
      ))}
    </svg>
  );
}
