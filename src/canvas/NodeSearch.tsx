// Jump to a node by name: Ctrl/Cmd+K (or the Find button) opens a box over the
// canvas; arrows move through the matches, Enter selects the node and brings it
// into view at a readable zoom, Escape closes.
import { useReactFlow } from '@xyflow/react';
import { useEffect, useId, useMemo, useRef, useState, type KeyboardEvent } from 'react';
import { estimateSize } from '../core/layout';
import { useDesign } from '../store/designStore';
import { READABLE_ZOOM } from './fit';
import { searchNodes } from './nodeSearch';

/** Zoom a jump lands at when the view is zoomed out further than this. */
const JUMP_ZOOM = 1;

export function NodeSearch() {
  const [open, setOpen] = useState(false);
  useEffect(() => {
    const onKey = (e: globalThis.KeyboardEvent) => {
      if ((e.ctrlKey || e.metaKey) && !e.altKey && !e.shiftKey && e.key.toLowerCase() === 'k') {
        e.preventDefault();
        setOpen(true);
      }
    };
    // Capture phase: Monaco and text fields would otherwise keep the keystroke.
    window.addEventListener('keydown', onKey, true);
    return () => window.removeEventListener('keydown', onKey, true);
  }, []);
  return open ? (
    <SearchBox onClose={() => setOpen(false)} />
  ) : (
    <button type="button" className="canvas-find" data-testid="canvas.find" title="Find a node by name (Ctrl/Cmd+K)" onClick={() => setOpen(true)}>
      Find…
    </button>
  );
}

function SearchBox({ onClose }: { onClose(): void }) {
  const [query, setQuery] = useState('');
  const [active, setActive] = useState(0);
  const input = useRef<HTMLInputElement>(null);
  const listId = useId();
  const pipeline = useDesign((s) => s.pipeline);
  const hits = useMemo(() => searchNodes(pipeline, query), [pipeline, query]);
  const { setCenter, getZoom } = useReactFlow();

  useEffect(() => input.current?.focus(), []);

  const jump = (id: string) => {
    const e = useDesign.getState().pipeline.entities.find((x) => x.id === id);
    if (!e) return;
    useDesign.getState().select(id);
    const { width, height } = estimateSize(e);
    const zoom = getZoom() >= READABLE_ZOOM ? Math.max(getZoom(), 0.75) : JUMP_ZOOM;
    void setCenter(e.position.x + width / 2, e.position.y + height / 2, { zoom, duration: 200 });
    onClose();
  };

  const onKeyDown = (e: KeyboardEvent<HTMLInputElement>) => {
    if (e.key === 'ArrowDown' || e.key === 'ArrowUp') {
      e.preventDefault();
      if (hits.length) setActive((a) => (a + (e.key === 'ArrowDown' ? 1 : hits.length - 1)) % hits.length);
    } else if (e.key === 'Enter') {
      e.preventDefault();
      const hit = hits[Math.min(active, hits.length - 1)];
      if (hit) jump(hit.id);
    } else if (e.key === 'Escape') {
      e.preventDefault();
      onClose();
    }
  };

  const current = hits[Math.min(active, hits.length - 1)];
  return (
    <div className="canvas-search nodrag nopan" data-testid="canvas.search">
      <input
        ref={input}
        type="search"
        role="combobox"
        aria-label="Find a node by name"
        aria-expanded={hits.length > 0}
        aria-controls={listId}
        aria-activedescendant={current ? `${listId}-${current.id}` : undefined}
        placeholder="Find a node by name"
        data-testid="canvas.search.input"
        value={query}
        onChange={(e) => {
          setQuery(e.currentTarget.value);
          setActive(0);
        }}
        onKeyDown={onKeyDown}
        onBlur={(e) => {
          // Clicking a match moves focus into the list first; anything else closes.
          if (!e.currentTarget.parentElement?.contains(e.relatedTarget as Node | null)) onClose();
        }}
      />
      {query.trim() !== '' && (
        <ul id={listId} role="listbox" className="canvas-search-list" aria-label="Matching nodes">
          {hits.length === 0 && <li className="canvas-search-empty">No node is named like that</li>}
          {hits.map((h, i) => (
            <li
              key={h.id}
              id={`${listId}-${h.id}`}
              role="option"
              tabIndex={-1}
              aria-selected={h === current}
              className={h === current ? 'canvas-search-hit is-active' : 'canvas-search-hit'}
              data-testid="canvas.search.hit"
              onMouseEnter={() => setActive(i)}
              onMouseDown={(e) => e.preventDefault()}
              onClick={() => jump(h.id)}
            >
              <span className="canvas-search-name">{h.name}</span>
              <span className="canvas-search-detail">{h.detail}</span>
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
