// The templates gallery: a modal grid of cards, each with a preview of the
// design, its title and description, and the read-back query where it has one.
import { useEffect, useRef } from 'react';
import { TEMPLATES } from '../core/templates';
import { TemplatePreview } from './TemplatePreview';
import './gallery.css';

interface Props {
  open: boolean;
  onClose(): void;
  onChoose(id: string): void;
}

export function TemplatesGallery({ open, onClose, onChoose }: Props) {
  const dialog = useRef<HTMLDialogElement>(null);

  useEffect(() => {
    const d = dialog.current;
    if (!d) return;
    if (open && !d.open) {
      d.showModal();
      d.querySelector<HTMLButtonElement>('.template-card-choose')?.focus();
    }
    if (!open && d.open) d.close();
  }, [open]);

  return (
    <dialog
      ref={dialog}
      className="app-dialog templates-gallery"
      data-testid="templates.gallery"
      aria-labelledby="templates-gallery-title"
      onClose={onClose}
      // A click on the backdrop lands on the dialog element itself.
      onClick={(e) => e.target === e.currentTarget && onClose()}
    >
      <header className="app-dialog-header">
        <h2 id="templates-gallery-title">Start from a template</h2>
        <button type="button" className="app-dialog-close" data-testid="templates.close" aria-label="Close" onClick={onClose}>
          ×
        </button>
      </header>
      {open && (
        <ul className="templates-gallery-grid" data-testid="toolbar.templates.menu">
          {TEMPLATES.map((t) => (
            <li key={t.id} className="template-card">
              <button
                type="button"
                className="template-card-choose"
                data-testid={`template.${t.id}`}
                onClick={() => {
                  onClose();
                  onChoose(t.id);
                }}
              >
                <TemplatePreview template={t} />
                <span className="template-card-title">{t.title}</span>
                <span className="template-card-description">{t.description}</span>
              </button>
              {t.readBack && (
                <details className="template-card-readback">
                  <summary>Read-back query</summary>
                  <pre data-testid={`template.${t.id}.readBack`}>{t.readBack}</pre>
                </details>
              )}
            </li>
          ))}
        </ul>
      )}
    </dialog>
  );
}
