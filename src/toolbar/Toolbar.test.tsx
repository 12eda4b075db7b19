import { ReactFlowProvider } from '@xyflow/react';
import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import { Toolbar } from './Toolbar';

const buttonTag = (html: string, testId: string): string =>
  html.match(new RegExp(`<button[^>]*data-testid="${testId.replace('.', '\\.')}"[^>]*>`))?.[0] ?? '';

describe('Toolbar (server render)', () => {
  const html = renderToStaticMarkup(
    <ReactFlowProvider>
      <Toolbar />
    </ReactFlowProvider>,
  );

  it('renders the name and every command with its test id', () => {
    expect(html).toContain('class="toolbar"');
    expect(html).toContain('>chflow<');
    for (const id of ['toolbar.templates', 'toolbar.new', 'toolbar.open', 'toolbar.save', 'toolbar.saveClean', 'toolbar.open.input', 'toolbar.undo', 'toolbar.redo'])
      expect(html).toContain(`data-testid="${id}"`);
  });

  it('starts with Undo and Redo disabled and no Recover menu', () => {
    expect(buttonTag(html, 'toolbar.undo')).toContain('disabled=""');
    expect(buttonTag(html, 'toolbar.redo')).toContain('disabled=""');
    expect(html).not.toContain('toolbar.recover');
  });

  it('accepts design files in the open dialog and starts with the menu closed', () => {
    expect(html).toMatch(/accept="\.json,\.chflow\.json"/);
    expect(html).toContain('aria-expanded="false"');
    expect(html).not.toContain('toolbar.templates.menu');
  });
});
