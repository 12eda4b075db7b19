// The slim bar of a read-only view: what this is, and a way to edit a copy.
import type { ReactNode } from 'react';
import { useLinkStore } from './linkStore';
import { editableUrl } from './linkText';
import './share.css';

export function ReadOnlyHeader() {
  const error = useLinkStore((s) => s.error);
  return (
    <header className="readonly-header" data-testid="readonly.header">
      <span className="readonly-brand">chflow</span>
      <span className="readonly-sep" aria-hidden="true">
        —
      </span>
      <span className="readonly-label">read-only view</span>
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
