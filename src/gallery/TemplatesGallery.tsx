// The templates gallery: a modal grid of cards, each with a preview of the
// design, its title and description, and the read-back query where it has one.
import { TEMPLATES, type Template } from '../core/templates';
import { Dialog } from '../ui/Dialog';
import { TemplatePreview } from './TemplatePreview';
import './gallery.css';

interface Props {
  open: boolean;
  onClose(): void;
  onChoose(template: Template): void;
}

export function TemplatesGallery({ open, onClose, onChoose }: Props) {
  if (!open) return null;
  return (
    <Dialog title="Start from a template" testId="templates.gallery" closeTestId="templates.close" size="wide" className="templates-gallery" onClose={onClose}>
      <ul className="templates-gallery-grid" data-testid="toolbar.templates.menu">
        {TEMPLATES.map((t, i) => (
          <li key={t.id} className="template-card">
            <button
              type="button"
              className="template-card-choose"
              data-testid={`template.${t.id}`}
              {...(i === 0 ? { 'data-autofocus': true } : {})}
              onClick={() => {
                onClose();
                onChoose(t);
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
    </Dialog>
  );
}
