// Share: the whole design in a link, with the view options and a note on
// what was left out.
import { useMemo, useState } from 'react';
import type { ShareTheme, ShareView } from '../core/share/flags';
import { encodeShareDetailed, shareUrl, topicsWithSamples } from '../core/share/shareLink';
import { useDesign } from '../store/designStore';
import { lengthNote } from './linkText';
import { Dialog } from '../ui/Dialog';
import { SamplesOption } from './SamplesOption';
import { SecretsNote } from './SecretsNote';
import { useCopy } from './useCopy';
import { ViewOptions } from './ViewOptions';

export const pageBase = () => window.location.href.split('#')[0]!;

export function ShareDialog({ onClose }: { onClose: () => void }) {
  const pipeline = useDesign((s) => s.pipeline);
  const [readOnly, setReadOnly] = useState(false);
  const [view, setView] = useState<ShareView>('both');
  const [theme, setTheme] = useState<ShareTheme | null>(null);
  const [samples, setSamples] = useState(false);
  const [status, copy] = useCopy();
  const sampleTopics = useMemo(() => topicsWithSamples(pipeline), [pipeline]);
  const { url, removed } = useMemo(() => {
    const enc = encodeShareDetailed(pipeline, { readOnly, view: readOnly ? view : 'both', theme }, { samples });
    return { url: shareUrl(pageBase(), enc.fragment), removed: enc.removed };
  }, [pipeline, readOnly, view, theme, samples]);

  return (
    <Dialog title="Share this design" testId="share.dialog" onClose={onClose}>
      <p className="share-lead">
        The whole design travels inside the link; nothing is uploaded. Anyone with the link can open it.
      </p>
      <div className="share-row">
        <input className="share-link" readOnly value={url} data-testid="share.link" aria-label="Share link" onFocus={(e) => e.currentTarget.select()} />
        <button type="button" className="share-button share-button--primary" data-testid="share.copy" data-autofocus onClick={() => copy(url)}>
          Copy
        </button>
      </div>
      <div className="share-meta">
        <span data-testid="share.length">{lengthNote(url.length)}</span>
        {status && (
          <span className="share-status" role="status" data-testid="share.copied">
            {status}
          </span>
        )}
      </div>
      <SecretsNote removed={removed} />
      <fieldset className="share-options">
        <legend>Options</legend>
        <label className="share-option">
          <input type="checkbox" data-testid="share.readOnly" checked={readOnly} onChange={(e) => setReadOnly(e.target.checked)} />
          <span>Read-only view (for documentation)</span>
        </label>
        <ViewOptions prefix="share" view={view} theme={theme} onView={setView} onTheme={setTheme} />
        {!readOnly && view !== 'both' && <p className="share-hint">“Show” applies to read-only views.</p>}
        <SamplesOption prefix="share" topics={sampleTopics} checked={samples} onChange={setSamples} />
      </fieldset>
    </Dialog>
  );
}
