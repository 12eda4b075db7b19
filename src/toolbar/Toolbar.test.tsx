import { ReactFlowProvider } from '@xyflow/react';
import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import { Toolbar } from './Toolbar';

describe('Toolbar (server render)', () => {
  const html = renderToStaticMarkup(
    <ReactFlowProvider>
      <Toolbar />
    </ReactFlowProvider>,
  );

  it('renders the name and every command with its test id', () => {
    expect(html).toContain('class="toolbar"');
    expect(html).toContain('>chflow<');
    for (const id of ['toolbar.templates', 'toolbar.new', 'toolbar.open', 'toolbar.save', 'toolbar.open.input'])
      expect(html).toContain(`data-testid="${id}"`);
  });

  it('accepts design files in the open dialog and starts with the menu closed', () => {
    expect(html).toMatch(/accept="\.json,\.chflow\.json"/);
    expect(html).toContain('aria-expanded="false"');
    expect(html).not.toContain('toolbar.templates.menu');
  });
});
