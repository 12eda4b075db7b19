// The app's one dialog: every modal (templates, shortcuts, share, embed, import,
// engine, consent, confirmations) is this component. It is a native <dialog>
// opened with showModal(), so the page behind is inert, focus stays inside and
// Escape closes the topmost one only; a click on the backdrop closes it too.
import { useEffect, useRef, type ReactNode } from 'react';
import './dialog.css';

export interface DialogProps {
  title: string;
  testId: string;
  onClose(): void;
  children: ReactNode;
  /** Buttons at the bottom, outside the scrolling body. */
  footer?: ReactNode;
  /** `wide` for grids (the templates gallery), `narrow` for questions. */
  size?: 'narrow' | 'normal' | 'wide';
  /** Test id of the × button; `${testId}.close` unless given. */
  closeTestId?: string;
  className?: string;
}

export function Dialog({ title, testId, onClose, children, footer, size = 'normal', closeTestId, className }: DialogProps) {
  const ref = useRef<HTMLDialogElement>(null);
  const close = useRef(onClose);
  close.current = onClose;

  useEffect(() => {
    const d = ref.current;
    if (!d) return;
    if (!d.open) d.showModal();
    // showModal focuses the first focusable element (the ×); prefer the one the content asks for.
    d.querySelector<HTMLElement>('[data-autofocus]')?.focus();
    return () => {
      if (d.open) d.close();
    };
  }, []);

  const titleId = `${testId}-title`;
  return (
    <dialog
      ref={ref}
      className={['ui-dialog', `ui-dialog--${size}`, className].filter(Boolean).join(' ')}
      data-testid={testId}
      aria-labelledby={titleId}
      // Escape: the parent decides (it unmounts us), the browser must not close on its own.
      onCancel={(e) => {
        e.preventDefault();
        close.current();
      }}
      // The frame has no padding of its own, so only the backdrop hits the <dialog> itself.
      onMouseDown={(e) => e.target === e.currentTarget && close.current()}
    >
      <div className="ui-dialog-frame">
        <header className="ui-dialog-head">
          <h2 id={titleId}>{title}</h2>
          <button type="button" className="ui-dialog-close" aria-label="Close" data-testid={closeTestId ?? `${testId}.close`} onClick={() => close.current()}>
            ×
          </button>
        </header>
        <div className="ui-dialog-body">{children}</div>
        {footer && <footer className="ui-dialog-foot">{footer}</footer>}
      </div>
    </dialog>
  );
}
