// The slim bar of a read-only view: what this is, and a way to edit a copy.
import type { ReactNode } from 'react';
import { useViewMode } from '../store/viewMode';
import { useLinkStore } from './linkStore';
import { editableUrl } from './linkText';
import './share.css';

export function ReadOnlyHeader() {
  const error = useLinkStore((s) => s.error);
  // The editable designer inside another site's frame (a host without frame headers): say why it is read-only.
  // A link that asked for read-only (an old embed link) needs no explanation.
  const foreignFrame = useViewMode((s) => s.framed && !s.embed && !s.linkReadOnly);
  return (
    <header className="readonly-header" data-testid="readonly.header">
      <span className="readonly-brand">chflow</span>
      <span className="readonly-sep" aria-hidden="true">
        —
      </span>
      <span className="readonly-label">read-only view</span>
      {foreignFrame && (
        <span className="readonly-framed" role="status" data-testid="readonly.framed">
          This page is shown inside another site, so chflow is read-only here and runs nothing. Open it in its own tab to edit.
        </span>
      )}
      {error && (
        <span className="readonly-error" role="alert" data-testid="readonly.error">
          {error}
        </span>
      )}
      <a className="readonly-open" data-testid="readonly.open" href={editableUrl(window.location.href)} target="_blank" rel="noopener">
        Open in chflow
      </a>
    </header>
  );
}

/** Panels under this are shown but cannot be changed. */
export function ReadOnlyFieldset({ readOnly, children }: { readOnly: boolean; children: ReactNode }) {
  if (!readOnly) return <>{children}</>;
  return (
    <fieldset className="readonly-fieldset" disabled data-testid="panel.readOnly">
      {children}
    </fieldset>
  );
}
