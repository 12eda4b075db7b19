// The right-hand end of the toolbar: layout and fit, image export, theme and the
// shortcuts sheet.
import { ExportMenu } from '../export/ExportMenu';
import { ThemeToggle } from '../theme/ThemeToggle';
import { ShortcutsHelp } from './ShortcutsHelp';
import { useCanvasCommands } from './useCanvasCommands';
import './shortcuts.css';

export function ViewTools() {
  const { layout, fit } = useCanvasCommands();
  return (
    <nav className="toolbar-actions view-tools" aria-label="View">
      <button type="button" className="toolbar-button" data-testid="toolbar.layout" title="Lay out left to right by stage (L)" onClick={layout}>
        Layout
      </button>
      <button type="button" className="toolbar-button" data-testid="toolbar.fit" title="Fit the design in view (F)" onClick={fit}>
        Fit
      </button>
      <span className="toolbar-separator" aria-hidden="true" />
      <ExportMenu />
      <ThemeToggle />
      <ShortcutsHelp />
    </nav>
  );
}
