// The toolbar's Share and Embed buttons and their dialogs.
import { lazy, Suspense, useCallback, useState } from 'react';
import './share.css';

// The dialogs bring the deflater (fflate); they load when first opened.
const ShareDialog = lazy(() => import('./ShareDialog').then((m) => ({ default: m.ShareDialog })));
const EmbedDialog = lazy(() => import('./EmbedDialog').then((m) => ({ default: m.EmbedDialog })));

export function ShareButtons() {
  const [open, setOpen] = useState<'share' | 'embed' | null>(null);
  const close = useCallback(() => setOpen(null), []);
  return (
    <>
      <button type="button" className="toolbar-button" data-testid="toolbar.share" title="Share the design as a link" onClick={() => setOpen('share')}>
        Share
      </button>
      <button type="button" className="toolbar-button" data-testid="toolbar.embed" title="Embed a read-only view in a web page" onClick={() => setOpen('embed')}>
        Embed
      </button>
      <Suspense fallback={null}>
        {open === 'share' && <ShareDialog onClose={close} />}
        {open === 'embed' && <EmbedDialog onClose={close} />}
      </Suspense>
    </>
  );
}
