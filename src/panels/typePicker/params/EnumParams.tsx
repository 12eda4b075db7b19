import { enumEntries, setEnumEntries, type EnumEntry, type TypeNode } from '../../../core/types';

interface Props {
  node: TypeNode;
  onChange(n: TypeNode): void;
  prefix: string;
}

/** Name/value rows of an Enum; an empty value lets ClickHouse number the element. */
export function EnumParams({ node, onChange, prefix }: Props) {
  const entries = enumEntries(node);
  const set = (next: EnumEntry[]) => onChange(setEnumEntries(node, next));
  const edit = (i: number, patch: Partial<EnumEntry>) => set(entries.map((e, j) => (j === i ? { ...e, ...patch } : e)));
  const nextValue = () => {
    const nums = entries.map((e) => Number(e.value)).filter(Number.isFinite);
    return String(nums.length ? Math.max(...nums) + 1 : 1);
  };
  return (
    <div className="tp-list">
      {entries.map((e, i) => (
        <div className="tp-list-row" key={i}>
          <input
            className="tp-input"
            aria-label={`Element ${i + 1} name`}
            data-testid={`${prefix}.param.enum.${i}.name`}
            value={e.name}
            spellCheck={false}
            onChange={(ev) => edit(i, { name: ev.target.value })}
          />
          <span className="tp-eq">=</span>
          <input
            className="tp-input tp-number"
            aria-label={`Element ${i + 1} value`}
            data-testid={`${prefix}.param.enum.${i}.value`}
            value={e.value}
            placeholder="auto"
            onChange={(ev) => edit(i, { value: ev.target.value })}
          />
          <button
            type="button"
            className="tp-icon"
            aria-label={`Remove element ${e.name}`}
            data-testid={`${prefix}.param.enum.${i}.remove`}
            onClick={() => set(entries.filter((_, j) => j !== i))}
          >
            ×
          </button>
        </div>
      ))}
      <button
        type="button"
        className="tp-add"
        data-testid={`${prefix}.param.enum.add`}
        onClick={() => set([...entries, { name: `v${entries.length + 1}`, value: nextValue() }])}
      >
        + element
      </button>
    </div>
  );
}
