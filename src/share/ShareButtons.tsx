// The toolbar's Share and Embed buttons and their dialogs.
import { useCallback, useState } from 'react';
import { EmbedDialog } from './EmbedDialog';
import { ShareDialog } from './ShareDialog';
import './share.css';

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
      {open === 'share' && <ShareDialog onClose={close} />}
      {open === 'embed' && <EmbedDialog onClose={close} />}
    </>
  );
}
