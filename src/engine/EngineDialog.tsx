// A small modal frame shared by the engine dialogs; Escape and the backdrop close it.
import { useEffect, type ReactNode } from 'react';

export function EngineDialog({ title, testId, onClose, children }: { title: string; testId: string; onClose: () => void; children: ReactNode }) {
  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      if (e.key === 'Escape') onClose();
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [onClose]);
  return (
    <div className="engine-backdrop" onMouseDown={(e) => e.target === e.currentTarget && onClose()}>
      <div className="engine-dialog" role="dialog" aria-modal="true" aria-label={title} data-testid={testId}>
        <header className="engine-dialog-head">
          <h2>{title}</h2>
          <button type="button" className="engine-close" aria-label="Close" data-testid={`${testId}.close`} onClick={onClose}>
            ×
          </button>
        </header>
        <div className="engine-dialog-body">{children}</div>
      </div>
    </div>
  );
}
