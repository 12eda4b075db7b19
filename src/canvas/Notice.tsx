// The store's notice as a toast: refusals and other one-off messages.
import { useStore } from '@xyflow/react';
import { useEffect } from 'react';
import { useDesign } from '../store/designStore';
import { centredOverVisible } from './visibleArea';

const DISMISS_AFTER_MS = 6000;

export function Notice() {
  const notice = useDesign((s) => s.notice);
  const domNode = useStore((s) => s.domNode);
  useEffect(() => {
    if (!notice) return;
    const timer = setTimeout(() => {
      // Only clear the notice this timer was started for, not a newer one.
      if (useDesign.getState().notice?.seq === notice.seq) useDesign.getState().clearNotice();
    }, DISMISS_AFTER_MS);
    return () => clearTimeout(timer);
  }, [notice]);
  if (!notice) return null;
  return (
    <div
      key={notice.seq}
      className={`notice notice--${notice.kind}`}
      role={notice.kind === 'error' ? 'alert' : 'status'}
      data-testid="notice"
      data-kind={notice.kind}
      style={centredOverVisible(domNode)}
    >
      <span className="notice-text" data-testid="notice.text">
        {notice.text}
      </span>
      <button
        type="button"
        className="notice-dismiss"
        data-testid="notice.dismiss"
        aria-label="Dismiss"
        onClick={() => useDesign.getState().clearNotice()}
      >
        ×
      </button>
    </div>
  );
}
