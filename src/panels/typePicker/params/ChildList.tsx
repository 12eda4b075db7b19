import { addArg, node, setArg, typeArg, type TypeNode } from '../../../core/types';
import { NodeEditor } from '../NodeEditor';

interface Props {
  node: TypeNode;
  onChange(n: TypeNode): void;
  prefix: string;
  depth: number;
  /** 'required': every element has a name (Nested, JSON paths); 'optional': Tuple; 'none'. */
  names: 'required' | 'optional' | 'none';
  /** Fixed labels (Map's key and value) disable adding and removing. */
  labels?: string[];
  /** Argument indexes below this are not children (the function of AggregateFunction). */
  from?: number;
  addLabel?: string;
}

/** The nested types of a composite, each with its own editor. */
export function ChildList({ node: n, onChange, prefix, depth, names, labels, from = 0, addLabel = '+ type' }: Props) {
  const children = n.args.map((a, i) => ({ a, i })).filter(({ a, i }) => i >= from && a.kind === 'type');
  const fixed = labels !== undefined;
  const nextName = () => {
    const used = new Set(children.map(({ a }) => (a.kind === 'type' ? a.name : undefined)));
    let k = children.length + 1;
    while (used.has(`f${k}`)) k++;
    return `f${k}`;
  };
  return (
    <div className="tp-children">
      {children.map(({ a, i }, k) => {
        if (a.kind !== 'type') return null;
        const p = `${prefix}.child.${i}`;
        return (
          <div className="tp-child" key={i}>
            <div className="tp-child-head">
              {labels ? <span className="tp-child-label">{labels[k]}</span> : null}
              {names !== 'none' ? (
                <input
                  className="tp-input tp-name"
                  aria-label={`Name of element ${k + 1}`}
                  data-testid={`${p}.name`}
                  value={a.name ?? ''}
                  placeholder={names === 'optional' ? 'unnamed' : 'name'}
                  spellCheck={false}
                  onChange={(e) => {
                    const v = e.target.value;
                    onChange(setArg(n, i, typeArg(a.type, v === '' && names === 'optional' ? undefined : v)));
                  }}
                />
              ) : null}
              {!fixed ? (
                <button
                  type="button"
                  className="tp-icon"
                  aria-label={`Remove element ${k + 1}`}
                  data-testid={`${p}.remove`}
                  onClick={() => onChange(setArg(n, i, undefined))}
                >
                  ×
                </button>
              ) : null}
            </div>
            <NodeEditor
              value={a.type}
              prefix={p}
              depth={depth + 1}
              onChange={(t) => onChange(setArg(n, i, a.name === undefined ? typeArg(t) : typeArg(t, a.name)))}
            />
          </div>
        );
      })}
      {!fixed ? (
        <button
          type="button"
          className="tp-add"
          data-testid={`${prefix}.param.add`}
          onClick={() => {
            const named = names === 'required' || (names === 'optional' && children.some(({ a }) => a.kind === 'type' && a.name));
            onChange(addArg(n, typeArg(node('String'), named ? nextName() : undefined)));
          }}
        >
          {addLabel}
        </button>
      ) : null}
    </div>
  );
}
