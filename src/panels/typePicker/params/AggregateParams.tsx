import { useEffect, useId, useState } from 'react';
import {
  AGGREGATE_FUNCTIONS,
  formatArg,
  parseFunctionParams,
  setArg,
  SIMPLE_AGGREGATE_FUNCTIONS,
  type TypeArg,
  type TypeNode,
} from '../../../core/types';

interface Props {
  node: TypeNode;
  onChange(n: TypeNode): void;
  prefix: string;
}

function paramsText(params: TypeArg[]): string {
  return params.map(formatArg).join(', ');
}

/** The function (with parameters) of AggregateFunction / SimpleAggregateFunction. */
export function AggregateParams({ node: n, onChange, prefix }: Props) {
  const listId = useId();
  const f = n.args[0]?.kind === 'func' ? n.args[0] : { kind: 'func' as const, name: '', params: [] };
  const simple = n.family === 'SimpleAggregateFunction';
  const [draft, setDraft] = useState(paramsText(f.params));
  const shown = paramsText(f.params);
  useEffect(() => setDraft(shown), [shown]);
  const setFunc = (name: string, params: TypeArg[]) => onChange(setArg(n, 0, { kind: 'func', name, params }));
  const parsedDraft = parseFunctionParams(draft);

  return (
    <div className="tp-params">
      <label className="tp-param tp-param-wide">
        <span>function</span>
        {simple ? (
          <select className="tp-input" data-testid={`${prefix}.param.function`} value={f.name} onChange={(e) => setFunc(e.target.value, [])}>
            {SIMPLE_AGGREGATE_FUNCTIONS.includes(f.name) ? null : <option value={f.name}>{f.name || '(choose)'}</option>}
            {SIMPLE_AGGREGATE_FUNCTIONS.map((name) => (
              <option key={name} value={name}>
                {name}
              </option>
            ))}
          </select>
        ) : (
          <>
            <input
              className="tp-input"
              data-testid={`${prefix}.param.function`}
              list={listId}
              value={f.name}
              spellCheck={false}
              onChange={(e) => setFunc(e.target.value.trim(), f.params)}
            />
            <datalist id={listId}>
              {AGGREGATE_FUNCTIONS.map((name) => (
                <option key={name} value={name} />
              ))}
            </datalist>
          </>
        )}
      </label>
      {simple ? null : (
        <label className="tp-param tp-param-wide">
          <span>parameters</span>
          <input
            className="tp-input"
            data-testid={`${prefix}.param.functionParams`}
            value={draft}
            placeholder="e.g. 0.5, 0.9"
            aria-invalid={parsedDraft === undefined || undefined}
            spellCheck={false}
            onChange={(e) => {
              setDraft(e.target.value);
              const parsed = parseFunctionParams(e.target.value);
              if (parsed) setFunc(f.name, parsed);
            }}
          />
        </label>
      )}
    </div>
  );
}
