// Renaming a node where its name is drawn (double-click the node): Enter or
// leaving the field keeps the name, Escape keeps the old one; an empty name is
// refused under the field.
import { useLayoutEffect, useRef, useState } from 'react';
import { renameEntity } from '../../core/model/rename';
import { getEntity } from '../../core/model/query';
import { useDesign } from '../../store/designStore';

interface Box {
  left: number;
  top: number;
  width: number;
  height: number;
}

function nameBox(id: string): Box | null {
  const node = document.querySelector(`.react-flow__node[data-id="${CSS.escape(id)}"]`);
  const el = node?.querySelector('.node-name') ?? node;
  if (!el || !node) return null;
  const r = el.getBoundingClientRect();
  const n = node.getBoundingClientRect();
  // The field spans the node's title line, however short the current name is.
  return { left: r.left, top: r.top, width: Math.max(120, n.right - r.left - 8), height: Math.max(22, r.height + 4) };
}

export function InlineRename({ id, onDone }: { id: string; onDone(): void }) {
  const original = useDesign((s) => getEntity(s.pipeline, id)?.name ?? null);
  const [value, setValue] = useState(original ?? '');
  const [error, setError] = useState<string | null>(null);
  const [box, setBox] = useState<Box | null>(null);
  const input = useRef<HTMLInputElement>(null);
  const finished = useRef(false);

  useLayoutEffect(() => {
    setBox(nameBox(id));
  }, [id]);
  useLayoutEffect(() => {
    input.current?.focus();
    input.current?.select();
  }, [box]);

  if (original === null) {
    if (!finished.current) queueMicrotask(onDone);
    finished.current = true;
    return null;
  }
  if (!box) return null;

  const commit = () => {
    if (finished.current) return;
    const r = renameEntity(useDesign.getState().pipeline, id, value);
    if (!r.ok) {
      setError(r.error);
      input.current?.focus();
      return;
    }
    finished.current = true;
    useDesign.getState().change(() => r.pipeline);
    onDone();
  };
  const cancel = () => {
    finished.current = true;
    onDone();
  };

  return (
    <div className="inline-rename" style={{ left: box.left, top: box.top - 2, width: box.width }}>
      <input
        ref={input}
        className={error ? 'inline-rename-input is-invalid' : 'inline-rename-input'}
        data-testid="node.rename"
        aria-label="Node name"
        aria-invalid={error !== null}
        spellCheck={false}
        value={value}
        style={{ height: box.height }}
        onChange={(e) => {
          setValue(e.target.value);
          setError(null);
        }}
        onKeyDown={(e) => {
          if (e.key === 'Enter') commit();
          else if (e.key === 'Escape') cancel();
          else return;
          e.preventDefault();
          e.stopPropagation();
        }}
        onBlur={() => {
          // Leaving with an empty name keeps the old one rather than trapping the user.
          if (renameEntity(useDesign.getState().pipeline, id, value).ok) commit();
          else cancel();
        }}
      />
      {error && (
        <p className="inline-rename-error" role="alert" data-testid="node.rename.error">
          {error}
        </p>
      )}
    </div>
  );
}
