// Opens designs that arrive in the URL fragment, at start and on hashchange,
// and asks before replacing the visitor's own design.
import { useEffect } from 'react';
import { fragmentParams, hasSharedDesign, readFlags } from '../core/share/flags';
import { effectiveReadOnly, useViewMode } from '../store/viewMode';
import { useLinkStore } from './linkStore';
import './share.css';

// Decoding needs the inflater (fflate): it is fetched only when a link carries a design.
const openLink = () => import('./openLink');

const clearFragment = () => {
  const { pathname, search } = window.location;
  // replaceState does not fire hashchange and adds no history entry.
  window.history.replaceState(window.history.state, '', `${pathname}${search}`);
};

export function ShareLinkGate() {
  useEffect(() => {
    const check = () => {
      const hash = window.location.hash;
      // Switching between editable and read-only is a different app: start it afresh.
      // (An embed page or a foreign frame stays read-only whatever the link says: no reload for those.)
      const mode = useViewMode.getState();
      if (hasSharedDesign(hash) && effectiveReadOnly(readFlags(fragmentParams(hash)).readOnly, mode) !== mode.readOnly) {
        window.location.reload();
        return;
      }
      if (hasSharedDesign(hash)) void openLink().then((m) => m.handleFragment(hash, clearFragment));
    };
    // After the first render's effects, so a design restored from the autosave is in place to compare with.
    const t = window.setTimeout(check, 0);
    window.addEventListener('hashchange', check);
    return () => {
      window.clearTimeout(t);
      window.removeEventListener('hashchange', check);
    };
  }, []);
  return <LinkBanner />;
}

function LinkBanner() {
  const pending = useLinkStore((s) => s.pending);
  if (!pending) return null;
  const n = pending.pipeline.entities.length;
  return (
    <div className="share-banner" role="alertdialog" aria-label="Shared design" data-testid="share.banner">
      <span className="share-banner-text">
        This link contains a design ({n} {n === 1 ? 'node' : 'nodes'}). Open it? Your current design stays one Undo away.
      </span>
      <button type="button" className="share-button share-button--primary" data-testid="share.banner.open" onClick={() => void openLink().then((m) => m.openPending(clearFragment))}>
        Open it
      </button>
      <button type="button" className="share-button" data-testid="share.banner.keep" onClick={() => void openLink().then((m) => m.keepMine(clearFragment))}>
        Keep mine
      </button>
    </div>
  );
}
