// A toolbar row that never clips or wraps visibly: the items that do not fit on
// the line flow onto hidden rows below it, and a "More" button shows them as a
// drop-down panel. The items stay mounted where they are (a dialog opened from
// one keeps its state), they are only hidden and made inert while folded away.
import { useEffect, useLayoutEffect, useRef, useState, type ReactNode } from 'react';

const PAD = 8;
/** Where the drop-down panel starts, just under the bar (layout.css). */
const PANEL_TOP = 30;

export function OverflowNav({ label, testId, children }: { label: string; testId: string; children: ReactNode }) {
  const nav = useRef<HTMLElement>(null);
  const root = useRef<HTMLDivElement>(null);
  const [hidden, setHidden] = useState(0);
  const [panelHeight, setPanelHeight] = useState(0);
  const [open, setOpen] = useState(false);
  const openRef = useRef(open);
  openRef.current = open;

  useLayoutEffect(() => {
    const el = nav.current;
    if (!el) return;
    const measure = () => {
      // Dialogs (top layer) and hidden inputs are children too, but take no place on the line.
      const items = ([...el.children] as HTMLElement[]).filter((it) => it.tagName !== 'DIALOG' && it.offsetParent !== null);
      const firstTop = items[0]?.offsetTop ?? 0;
      let count = 0;
      let bottom = 0;
      for (const it of items) {
        const over = it.offsetTop > firstTop + 4;
        it.classList.toggle('is-overflowed', over);
        it.inert = over && !openRef.current;
        if (over && !it.classList.contains('toolbar-separator')) count++;
        if (over) bottom = Math.max(bottom, it.offsetTop + it.offsetHeight);
      }
      setHidden(count);
      setPanelHeight(bottom);
      if (count === 0) setOpen(false);
    };
    // Items change width on their own (the engine chip's text), so each is watched, not only the row.
    const resize = new ResizeObserver(measure);
    const watch = () => {
      resize.disconnect();
      resize.observe(el);
      for (const it of el.children) resize.observe(it);
      measure();
    };
    watch();
    const added = new MutationObserver(watch);
    added.observe(el, { childList: true });
    return () => {
      resize.disconnect();
      added.disconnect();
    };
  }, []);

  useEffect(() => {
    for (const it of nav.current?.querySelectorAll<HTMLElement>(':scope > .is-overflowed') ?? []) it.inert = !open;
    if (!open) return;
    const away = (e: PointerEvent) => {
      const target = e.target as Element;
      // Dialogs opened from an item live in the top layer; using them does not close the panel.
      if (!root.current?.contains(target) && !target.closest?.('dialog')) setOpen(false);
    };
    const esc = (e: KeyboardEvent) => e.key === 'Escape' && !document.querySelector('dialog[open]') && setOpen(false);
    window.addEventListener('pointerdown', away);
    window.addEventListener('keydown', esc);
    return () => {
      window.removeEventListener('pointerdown', away);
      window.removeEventListener('keydown', esc);
    };
  }, [open]);

  return (
    <div ref={root} className={open ? 'overflow-nav is-open' : 'overflow-nav'}>
      {open && <div className="overflow-nav-panel" style={{ height: panelHeight - PANEL_TOP + PAD }} aria-hidden="true" />}
      <nav ref={nav} className="toolbar-actions overflow-nav-items" aria-label={label} data-testid={testId}>
        {children}
      </nav>
      {hidden > 0 && (
        <button
          type="button"
          className="toolbar-button overflow-nav-more"
          data-testid={`${testId}.more`}
          aria-expanded={open}
          title={`${hidden} more command${hidden === 1 ? '' : 's'}`}
          onClick={() => setOpen((o) => !o)}
        >
          More <span aria-hidden="true">▾</span>
        </button>
      )}
    </div>
  );
}
