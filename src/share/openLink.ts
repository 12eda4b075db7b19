// What happens when the page's fragment carries a design: at start and on
// every hashchange. The visitor's own design is never replaced without a
// choice; when it is, it stays one Undo away. Read-only views show the shared
// design without an undo step and without touching anything saved. Either way
// the design is someone else's: it runs nothing on an engine until allowed.
import { canonicalPipeline } from '../core/persistence/designFile';
import { decodeShare, hasSharedDesign } from '../core/share/shareLink';
import type { Pipeline } from '../core/model/types';
import { useDesign } from '../store/designStore';
import { trustFor } from '../store/trust';
import { useViewMode } from '../store/viewMode';
import { useLinkStore } from './linkStore';

export type LinkOutcome = 'none' | 'error' | 'shown' | 'opened' | 'asked' | 'same';

/** Removes the design from the address bar once it has been dealt with, so a reload does not ask again. */
export type ClearFragment = () => void;

const same = (a: Pipeline, b: Pipeline) => JSON.stringify(canonicalPipeline(a)) === JSON.stringify(canonicalPipeline(b));

function warn(warnings: string[]) {
  if (warnings.length > 0) useDesign.getState().notify('info', `The shared design was opened with fixes: ${warnings.join('; ')}`);
}

export function handleFragment(hash: string, clearFragment: ClearFragment): LinkOutcome {
  if (!hasSharedDesign(hash)) return 'none';
  const r = decodeShare(hash);
  useViewMode.getState().setFlags(r.flags);
  if (!r.ok) {
    useLinkStore.setState({ error: r.error, pending: null });
    useDesign.getState().notify('error', r.error);
    return 'error';
  }
  useLinkStore.setState({ error: null });
  const design = useDesign.getState();
  if (r.flags.readOnly) {
    design.replace(r.pipeline, { undoable: false, trust: trustFor('embed') });
    warn(r.warnings);
    return 'shown';
  }
  if (same(design.pipeline, r.pipeline)) {
    clearFragment();
    return 'same';
  }
  if (design.pipeline.entities.length === 0) {
    design.replace(r.pipeline, { trust: trustFor('link') });
    warn(r.warnings);
    clearFragment();
    return 'opened';
  }
  useLinkStore.setState({ pending: { pipeline: r.pipeline, warnings: r.warnings } });
  return 'asked';
}

/** The visitor chose the shared design: theirs becomes the step Undo returns to. */
export function openPending(clearFragment: ClearFragment): void {
  const pending = useLinkStore.getState().pending;
  if (!pending) return;
  useLinkStore.setState({ pending: null });
  useDesign.getState().replace(pending.pipeline, { trust: trustFor('link') });
  clearFragment();
  const fixes = pending.warnings.length > 0 ? ` Fixed on the way: ${pending.warnings.join('; ')}.` : '';
  useDesign.getState().notify('info', `Opened the shared design. Undo (Ctrl+Z) brings your previous design back.${fixes}`);
}

export function keepMine(clearFragment: ClearFragment): void {
  useLinkStore.setState({ pending: null });
  clearFragment();
}
