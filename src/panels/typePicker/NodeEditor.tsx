import { FAMILY_GROUPS, hasWrapper, isCanonicalFamily, setCore, setCoreFamily, toggleWrapper, unwrap, type TypeNode, type Wrapper } from '../../core/types';
import { ParamEditor } from './params/ParamEditor';

interface Props {
  value: TypeNode;
  onChange(n: TypeNode): void;
  /** Test id prefix: `typePicker` at the root, `typePicker.child.<i>` below. */
  prefix: string;
  depth: number;
  autoFocus?: boolean;
}

const WRAPPERS: Wrapper[] = ['Nullable', 'LowCardinality', 'Array'];
const WRAP_FAMILIES = new Set<string>(WRAPPERS);

/** One type: wrapper toggles, the family of its core, and that family's parameters. */
export function NodeEditor({ value, onChange, prefix, depth, autoFocus }: Props) {
  const { core } = unwrap(value);
  const known = isCanonicalFamily(core.family);
  return (
    <div className={`tp-node${depth > 0 ? ' tp-node-nested' : ''}`}>
      <div className="tp-node-head">
        <select
          className="tp-input tp-family"
          data-testid={`${prefix}.family`}
          aria-label="Type family"
          value={core.family}
          autoFocus={autoFocus}
          onChange={(e) => onChange(setCoreFamily(value, e.target.value))}
        >
          {known ? null : <option value={core.family}>{core.family} (unknown)</option>}
          {FAMILY_GROUPS.map((g) => (
            <optgroup key={g.label} label={g.label}>
              {g.families.map((f) => (
                <option key={f} value={f}>
                  {WRAP_FAMILIES.has(f) ? `${f}(…) wrapper` : f}
                </option>
              ))}
            </optgroup>
          ))}
        </select>
        <div className="tp-wraps" role="group" aria-label="Wrappers">
          {WRAPPERS.map((w) => {
            const on = hasWrapper(value, w);
            return (
              <button
                key={w}
                type="button"
                className={`tp-wrap${on ? ' tp-wrap-on' : ''}`}
                aria-pressed={on}
                data-testid={`${prefix}.wrap.${w}`}
                onClick={() => onChange(toggleWrapper(value, w))}
              >
                {w}
              </button>
            );
          })}
        </div>
      </div>
      <ParamEditor node={core} prefix={prefix} depth={depth} onChange={(c) => onChange(setCore(value, c))} />
    </div>
  );
}
