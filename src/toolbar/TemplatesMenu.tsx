// The Templates button and its drop-down list: title and one line per template.
import { useEffect, useRef, useState, type KeyboardEvent } from 'react';
import { TEMPLATES } from '../core/templates';

interface Props {
  onChoose(id: string): void;
}

export function TemplatesMenu({ onChoose }: Props) {
  const [open, setOpen] = useState(false);
  const root = useRef<HTMLDivElement>(null);
  const menu = useRef<HTMLUListElement>(null);

  useEffect(() => {
    if (!open) return;
    menu.current?.querySelector<HTMLButtonElement>('[role="menuitem"]')?.focus();
    const away = (e: PointerEvent) => {
      if (!root.current?.contains(e.target as Node)) setOpen(false);
    };
    window.addEventListener('pointerdown', away);
    return () => window.removeEventListener('pointerdown', away);
  }, [open]);

  const onKeyDown = (e: KeyboardEvent) => {
    if (e.key === 'Escape') {
      setOpen(false);
      root.current?.querySelector<HTMLButtonElement>('.toolbar-button')?.focus();
      return;
    }
    if (e.key !== 'ArrowDown' && e.key !== 'ArrowUp') return;
    e.preventDefault();
    const items = [...(menu.current?.querySelectorAll<HTMLButtonElement>('[role="menuitem"]') ?? [])];
    const at = items.indexOf(document.activeElement as HTMLButtonElement);
    const step = e.key === 'ArrowDown' ? 1 : -1;
    items[(at + step + items.length) % items.length]?.focus();
  };

  return (
    <div className="toolbar-menu" ref={root} onKeyDown={onKeyDown}>
      <button
        type="button"
        className="toolbar-button"
        data-testid="toolbar.templates"
        aria-haspopup="menu"
        aria-expanded={open}
        onClick={() => setOpen((o) => !o)}
      >
        Templates <span aria-hidden="true">▾</span>
      </button>
      {open && (
        <ul className="toolbar-menu-list" role="menu" ref={menu} data-testid="toolbar.templates.menu">
          {TEMPLATES.map((t) => (
            <li key={t.id} role="none">
              <button
                type="button"
                role="menuitem"
                className="toolbar-menu-item"
                data-testid={`template.${t.id}`}
                onClick={() => {
                  setOpen(false);
                  onChoose(t.id);
                }}
              >
                <span className="toolbar-menu-title">{t.title}</span>
                <span className="toolbar-menu-description">{t.description}</span>
              </button>
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
