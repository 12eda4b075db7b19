// The view and theme choices shared by the Share and Embed dialogs.
import type { ShareTheme, ShareView } from '../core/share/flags';

export function ViewOptions(p: {
  prefix: string;
  view: ShareView;
  theme: ShareTheme | null;
  onView: (v: ShareView) => void;
  onTheme: (t: ShareTheme | null) => void;
}) {
  return (
    <>
      <label className="share-option">
        <span>Show</span>
        <select data-testid={`${p.prefix}.view`} value={p.view} onChange={(e) => p.onView(e.target.value as ShareView)}>
          <option value="both">Canvas and SQL</option>
          <option value="canvas">Canvas only</option>
          <option value="sql">SQL only</option>
        </select>
      </label>
      <label className="share-option">
        <span>Theme</span>
        <select
          data-testid={`${p.prefix}.theme`}
          value={p.theme ?? ''}
          onChange={(e) => p.onTheme(e.target.value === '' ? null : (e.target.value as ShareTheme))}
        >
          <option value="">Viewer’s choice</option>
          <option value="light">Light</option>
          <option value="dark">Dark</option>
        </select>
      </label>
    </>
  );
}
