// Toolbar "Export" menu: PNG or SVG of the whole design, light or dark, with an
// optional transparent background.
import { useReactFlow } from '@xyflow/react';
import { useEffect, useRef, useState } from 'react';
import { removeSecrets } from '../core/share/secrets';
import { useDesign } from '../store/designStore';
import { useEffectiveTheme } from '../theme/useTheme';
import type { ImageFormat } from './exportImage';
import './export.css';

export function ExportMenu() {
  const [open, setOpen] = useState(false);
  const [busy, setBusy] = useState(false);
  const theme = useEffectiveTheme();
  const [dark, setDark] = useState<boolean | null>(null);
  const [transparent, setTransparent] = useState(false);
  const root = useRef<HTMLDivElement>(null);
  const { getNodes } = useReactFlow();
  const isDark = dark ?? theme === 'dark';

  useEffect(() => {
    if (!open) return;
    const away = (e: PointerEvent) => {
      if (!root.current?.contains(e.target as Node)) setOpen(false);
    };
    const esc = (e: KeyboardEvent) => {
      if (e.key === 'Escape') setOpen(false);
    };
    window.addEventListener('pointerdown', away);
    window.addEventListener('keydown', esc);
    return () => {
      window.removeEventListener('pointerdown', away);
      window.removeEventListener('keydown', esc);
    };
  }, [open]);

  const run = async (format: ImageFormat) => {
    setBusy(true);
    try {
      const { exportImage } = await import('./exportImage');
      const secrets = removeSecrets(useDesign.getState().pipeline);
      await exportImage(getNodes(), { format, theme: isDark ? 'dark' : 'light', transparent, secrets });
      setOpen(false);
      if (secrets.removed.length > 0)
        useDesign.getState().notify('info', `Secrets were left out of the image: ${secrets.removed.join('; ')}.`);
    } catch (err) {
      useDesign.getState().notify('error', `Image export failed: ${err instanceof Error ? err.message : String(err)}`);
    } finally {
      setBusy(false);
    }
  };

  return (
    <div className="toolbar-menu export-menu" ref={root}>
      <button
        type="button"
        className="toolbar-button"
        data-testid="toolbar.export"
        aria-haspopup="true"
        aria-expanded={open}
        onClick={() => setOpen((o) => !o)}
      >
        Export <span aria-hidden="true">▾</span>
      </button>
      {open && (
        <div className="export-panel" role="group" aria-label="Export image" data-testid="export.menu">
          <p className="export-hint">The whole design as an image, without credentials.</p>
          <label className="export-option">
            <input type="checkbox" data-testid="export.dark" checked={isDark} onChange={(e) => setDark(e.target.checked)} />
            Dark
          </label>
          <label className="export-option">
            <input type="checkbox" data-testid="export.transparent" checked={transparent} onChange={(e) => setTransparent(e.target.checked)} />
            Transparent background
          </label>
          <div className="export-buttons">
            <button type="button" className="toolbar-button" data-testid="export.png" disabled={busy} onClick={() => void run('png')}>
              PNG
            </button>
            <button type="button" className="toolbar-button" data-testid="export.svg" disabled={busy} onClick={() => void run('svg')}>
              SVG
            </button>
          </div>
        </div>
      )}
    </div>
  );
}
