// The "?" toolbar button, the help sheet it opens, and the single-key canvas
// shortcuts (F fit, L layout, ? help). Keys with Ctrl/Cmd belong to their own
// features (save, undo); this only lists them.
import { useEffect, useState } from 'react';
import { Dialog } from '../ui/Dialog';
import { isTypingTarget, keyLabel, SHORTCUTS } from './shortcutList';
import { useCanvasCommands } from './useCanvasCommands';
import './shortcuts.css';

const isMac = () => typeof navigator !== 'undefined' && /Mac|iPhone|iPad/.test(navigator.platform || navigator.userAgent);

export function ShortcutsHelp() {
  const [open, setOpen] = useState(false);
  const commands = useCanvasCommands();

  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      if (e.ctrlKey || e.metaKey || e.altKey || e.defaultPrevented || e.repeat) return;
      if (isTypingTarget(e.target) || document.querySelector('dialog[open]')) return;
      const key = e.key;
      if (key === '?') setOpen(true);
      else if (key === 'f' || key === 'F') commands.fit();
      else if (key === 'l' || key === 'L') commands.layout();
      else return;
      e.preventDefault();
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [commands]);

  const mac = isMac();
  return (
    <>
      <button
        type="button"
        className="toolbar-button"
        data-testid="toolbar.shortcuts"
        title="Keyboard shortcuts (?)"
        aria-label="Keyboard shortcuts"
        onClick={() => setOpen(true)}
      >
        ?
      </button>
      {open && (
      <Dialog title="Keyboard shortcuts" testId="shortcuts.dialog" closeTestId="shortcuts.close" size="narrow" className="shortcuts-dialog" onClose={() => setOpen(false)}>
        {SHORTCUTS.map((g) => (
          <section key={g.title}>
            <h3>{g.title}</h3>
            <dl className="shortcuts-list">
              {g.entries.map((s) => (
                <div key={s.what} className="shortcuts-row">
                  <dt>
                    {s.keys.map((k, i) => (
                      <span key={k}>
                        {i > 0 && <span className="shortcuts-plus">+</span>}
                        <kbd>{keyLabel(k, mac)}</kbd>
                      </span>
                    ))}
                  </dt>
                  <dd>{s.what}</dd>
                </div>
              ))}
            </dl>
          </section>
        ))}
        <p className="shortcuts-note">F, L and ? work when the cursor is not in a text field or the SQL editor.</p>
      </Dialog>
      )}
    </>
  );
}
