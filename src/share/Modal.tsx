// A small modal for the share and embed dialogs: Escape or the backdrop closes it.
import { useEffect, useRef, type ReactNode } from 'react';

export function Modal({ title, testId, onClose, children }: { title: string; testId: string; onClose: () => void; children: ReactNode }) {
  const box = useRef<HTMLDivElement>(null);
  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      if (e.key === 'Escape') onClose();
    };
    window.addEventListener('keydown', onKey);
    box.current?.querySelector<HTMLElement>('[data-autofocus]')?.focus();
    return () => window.removeEventListener('keydown', onKey);
  }, [onClose]);
  return (
    <div className="share-backdrop" onMouseDown={(e) => e.target === e.currentTarget && onClose()}>
      <div ref={box} className="share-dialog" role="dialog" aria-modal="true" aria-label={title} data-testid={testId}>
        <header className="share-dialog-head">
          <h2>{title}</h2>
          <button type="button" className="share-close" aria-label="Close" data-testid={`${testId}.close`} onClick={onClose}>
            ✕
          </button>
        </header>
        {children}
      </div>
    </div>
  );
}
