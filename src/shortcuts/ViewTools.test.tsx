import { ReactFlowProvider } from '@xyflow/react';
import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import { TEMPLATES } from '../core/templates';
import { TemplatesGallery } from '../gallery/TemplatesGallery';
import { ViewTools } from './ViewTools';

describe('view tools (server render)', () => {
  const html = renderToStaticMarkup(
    <ReactFlowProvider>
      <ViewTools />
    </ReactFlowProvider>,
  );

  it('renders layout, fit, export, theme and shortcuts with their test ids', () => {
    for (const id of ['toolbar.layout', 'toolbar.fit', 'toolbar.export', 'toolbar.theme', 'toolbar.shortcuts'])
      expect(html).toContain(`data-testid="${id}"`);
    // The shortcuts sheet and the export options exist only while they are open.
    expect(html).not.toContain('shortcuts.dialog');
    expect(html).not.toContain('export.png');
    expect(html).toContain('data-theme-preference="system"');
  });
});

describe('templates gallery (server render)', () => {
  it('shows one card per template with its preview, and the read-back query where there is one', () => {
    const html = renderToStaticMarkup(<TemplatesGallery open onClose={() => {}} onChoose={() => {}} />);
    expect(html).toContain('data-testid="templates.gallery"');
    for (const t of TEMPLATES) expect(html).toContain(`data-testid="template.${t.id}"`);
    expect(html.match(/class="template-preview"/g)).toHaveLength(TEMPLATES.length);
    const withReadBack = TEMPLATES.filter((t) => t.readBack);
    expect(withReadBack.length).toBeGreaterThan(0);
    for (const t of withReadBack) expect(html).toContain(`data-testid="template.${t.id}.readBack"`);
    expect(html).toContain('countMerge(payments)');
  });

  it('renders no cards while closed', () => {
    const html = renderToStaticMarkup(<TemplatesGallery open={false} onClose={() => {}} onChoose={() => {}} />);
    expect(html).not.toContain('data-testid="template.');
  });
});
