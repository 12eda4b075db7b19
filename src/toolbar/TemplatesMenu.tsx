// The Templates button; it opens the gallery (src/gallery), where each template
// shows a preview of its graph.
import { useState } from 'react';
import { TemplatesGallery } from '../gallery/TemplatesGallery';

interface Props {
  onChoose(id: string): void;
}

export function TemplatesMenu({ onChoose }: Props) {
  const [open, setOpen] = useState(false);
  return (
    <>
      <button
        type="button"
        className="toolbar-button"
        data-testid="toolbar.templates"
        aria-haspopup="dialog"
        aria-expanded={open}
        onClick={() => setOpen(true)}
      >
        Templates
      </button>
      <TemplatesGallery open={open} onClose={() => setOpen(false)} onChoose={onChoose} />
    </>
  );
}
