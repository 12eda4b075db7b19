// Embed: an iframe snippet showing the design read-only, for documentation pages.
import { useMemo, useState } from 'react';
import type { ShareTheme, ShareView } from '../core/share/flags';
import { encodeShareDetailed, shareUrl, topicsWithSamples } from '../core/share/shareLink';
import { useDesign } from '../store/designStore';
import { embedPageBase, iframeSnippet, lengthNote } from './linkText';
import { Dialog } from '../ui/Dialog';
import { SamplesOption } from './SamplesOption';
import { SecretsNote } from './SecretsNote';
import { pageBase } from './ShareDialog';
import { useCopy } from './useCopy';
import { ViewOptions } from './ViewOptions';

export function EmbedDialog({ onClose }: { onClose: () => void }) {
  const pipeline = useDesign((s) => s.pipeline);
  const [view, setView] = useState<ShareView>('both');
  const [theme, setTheme] = useState<ShareTheme | null>(null);
  const [width, setWidth] = useState('100%');
  const [height, setHeight] = useState('480');
  const [samples, setSamples] = useState(false);
  const [status, copy] = useCopy();
  const sampleTopics = useMemo(() => topicsWithSamples(pipeline), [pipeline]);
  const { url, removed } = useMemo(() => {
    const enc = encodeShareDetailed(pipeline, { readOnly: true, view, theme }, { samples });
    // ro=1 stays in the fragment too, for copies of chflow that predate the embed page.
    return { url: shareUrl(embedPageBase(pageBase()), enc.fragment), removed: enc.removed };
  }, [pipeline, view, theme, samples]);
  const snippet = iframeSnippet(url, { width, height });

  return (
    <Dialog title="Embed this design" testId="embed.dialog" onClose={onClose}>
      <p className="share-lead">Paste this into a documentation page. Readers can pan, zoom, select and copy the SQL, but not edit.</p>
      <textarea className="share-snippet" readOnly rows={5} value={snippet} data-testid="embed.snippet" aria-label="Embed code" onFocus={(e) => e.currentTarget.select()} />
      <div className="share-meta">
        <button type="button" className="share-button share-button--primary" data-testid="embed.copy" data-autofocus onClick={() => copy(snippet)}>
          Copy snippet
        </button>
        <span data-testid="embed.length">Link: {lengthNote(url.length)}</span>
        {status && (
          <span className="share-status" role="status" data-testid="embed.copied">
            {status}
          </span>
        )}
      </div>
      <SecretsNote removed={removed} />
      <fieldset className="share-options">
        <legend>Options</legend>
        <label className="share-option">
          <span>Width</span>
          <input data-testid="embed.width" value={width} size={6} onChange={(e) => setWidth(e.target.value)} />
        </label>
        <label className="share-option">
          <span>Height</span>
          <input data-testid="embed.height" value={height} size={6} onChange={(e) => setHeight(e.target.value)} />
        </label>
        <ViewOptions prefix="embed" view={view} theme={theme} onView={setView} onTheme={setTheme} />
        <SamplesOption prefix="embed" topics={sampleTopics} checked={samples} onChange={setSamples} />
      </fieldset>
    </Dialog>
  );
}
