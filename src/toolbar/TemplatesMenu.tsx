// The Templates button; it opens the gallery (src/gallery), where each template
// shows a preview of its graph. The gallery, the templates and the drawing of their
// previews load on first use (prefetched once the canvas is up).
import { Suspense, useState } from 'react';
import { lazyPrefetched } from '../app/lazyPrefetched';
import type { Template } from '../core/templates';
// Its style sheet stays in the first one, where the cascade had it.
import '../gallery/gallery.css';

const TemplatesGallery = lazyPrefetched(() => import('../gallery/TemplatesGallery').then((m) => m.TemplatesGallery));

interface Props {
  onChoose(template: Template): void;
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
      <Suspense fallback={null}>{open && <TemplatesGallery open onClose={() => setOpen(false)} onChoose={onChoose} />}</Suspense>
    </>
  );
}
