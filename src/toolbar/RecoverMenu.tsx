// Shown only while unreadable autosaves are set aside in the browser's storage:
// each can be downloaded (to repair by hand or send to us) or discarded.
import { useEffect, useRef, useState } from 'react';
import { corruptKeyTime } from '../core/persistence/autosave';
import { discardKeptCopy, keptCopyText, useAutosaveStatus } from '../store/autosave';
import { useDesign } from '../store/designStore';
import { downloadText } from '../browser/download';
import { askConfirm } from '../ui/confirm';

export function recoveryFileName(key: string): string {
  return `${key.replace(/^chflow\./, 'chflow-').replace(/\./g, '-')}.json`;
}

function download(key: string): void {
  const text = keptCopyText(key);
  if (text === null) {
    useDesign.getState().notify('error', `The copy "${key}" is no longer in this browser's storage.`);
    return;
  }
  downloadText(recoveryFileName(key), text, 'application/json');
}

export function RecoverMenu() {
  const kept = useAutosaveStatus((s) => s.kept);
  const [open, setOpen] = useState(false);
  const root = useRef<HTMLDivElement>(null);

  useEffect(() => {
    if (!open) return;
    const away = (e: PointerEvent) => {
      if (!root.current?.contains(e.target as Node)) setOpen(false);
    };
    window.addEventListener('pointerdown', away);
    return () => window.removeEventListener('pointerdown', away);
  }, [open]);

  if (kept.length === 0) return null;
  return (
    <div className="toolbar-menu" ref={root} onKeyDown={(e) => e.key === 'Escape' && setOpen(false)}>
      <button
        type="button"
        className="toolbar-button toolbar-button--attention"
        data-testid="toolbar.recover"
        aria-haspopup="menu"
        aria-expanded={open}
        title="Autosaves that could not be read are kept here"
        onClick={() => setOpen((o) => !o)}
      >
        Recover… <span aria-hidden="true">▾</span>
      </button>
      {open && (
        <ul className="toolbar-menu-list" role="menu" data-testid="toolbar.recover.menu">
          {kept.map((key, i) => (
            <li key={key} role="none" className="toolbar-recover-row">
              <button
                type="button"
                role="menuitem"
                className="toolbar-menu-item"
                data-testid={`recover.${i}.download`}
                onClick={() => download(key)}
              >
                <span className="toolbar-menu-title">Download unreadable autosave</span>
                <span className="toolbar-menu-description">Set aside {corruptKeyTime(key)}</span>
              </button>
              <button
                type="button"
                role="menuitem"
                className="toolbar-menu-item toolbar-recover-discard"
                data-testid={`recover.${i}.discard`}
                onClick={() => {
                  void askConfirm({ title: 'Discard the kept copy', message: 'Delete this copy from the browser for good?', confirmLabel: 'Delete', danger: true }).then((yes) => yes && discardKeptCopy(key));
                }}
              >
                Discard
              </button>
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
