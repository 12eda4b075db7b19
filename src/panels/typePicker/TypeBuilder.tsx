import { useEffect, useRef, useState, type CSSProperties } from 'react';
import { checkNode, formatType, type TypePosition, type TypeNode } from '../../core/types';
import { NodeEditor } from './NodeEditor';
import { popoverPlace } from './popoverPlace';

interface Props {
  initial: TypeNode;
  position: TypePosition;
  /** The button that opened the popover: placement, and clicks on it are not "outside". */
  anchor: HTMLElement | null;
  onApply(type: string): void;
  onClose(): void;
}

const WIDTH = 440;

/** The structured editor: a TypeNode tree, the live result and its problems. */
export function TypeBuilder({ initial, position, anchor, onApply, onClose }: Props) {
  const [node, setNode] = useState<TypeNode>(initial);
  const root = useRef<HTMLDivElement>(null);
  const text = formatType(node);
  const problems = checkNode(node, position);
  const errors = problems.filter((p) => p.severity === 'error').length;

  useEffect(() => {
    const onDown = (e: MouseEvent) => {
      const t = e.target as Node;
      if (root.current && !root.current.contains(t) && !anchor?.contains(t)) onClose();
    };
    // Escape also works when focus has left the popover (e.g. after a click on its padding).
    const onKey = (e: KeyboardEvent) => {
      if (e.key === 'Escape') onClose();
    };
    document.addEventListener('mousedown', onDown);
    document.addEventListener('keydown', onKey);
    return () => {
      document.removeEventListener('mousedown', onDown);
      document.removeEventListener('keydown', onKey);
    };
  }, [onClose, anchor]);

  const [style] = useState<CSSProperties>(() => {
    const r = anchor?.getBoundingClientRect();
    if (!r) return { width: WIDTH };
    return popoverPlace(r, WIDTH, { width: window.innerWidth, height: window.innerHeight });
  });

  return (
    <div
      ref={root}
      className="tp-popover"
      role="dialog"
      aria-label="Build a column type"
      data-testid="typePicker"
      style={style}
      onKeyDown={(e) => {
        if (e.key === 'Enter' && (e.ctrlKey || e.metaKey)) {
          onApply(text);
        }
      }}
    >
      <div className="tp-body">
        <NodeEditor value={node} onChange={setNode} prefix="typePicker" depth={0} autoFocus />
      </div>
      <div className="tp-result">
        <code data-testid="typePicker.result">{text}</code>
      </div>
      {problems.length > 0 ? (
        <ul className="tp-problems" data-testid="typePicker.problems">
          {problems.map((p, i) => (
            <li key={i} className={p.severity === 'error' ? 'tp-error' : 'tp-warning'}>
              {p.message}
            </li>
          ))}
        </ul>
      ) : null}
      <div className="tp-actions">
        <button type="button" className="tp-button" data-testid="typePicker.cancel" onClick={onClose}>
          Cancel
        </button>
        <button
          type="button"
          className="tp-button tp-primary"
          data-testid="typePicker.apply"
          title={errors ? 'The type has problems; ClickHouse will reject it' : undefined}
          onClick={() => onApply(text)}
        >
          Apply
        </button>
      </div>
    </div>
  );
}
