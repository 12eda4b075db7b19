import { setArg, setNumberParam, setSetting, setTimeZone, settingOf, timeZoneOf, typeArg, node as mk, type TypeNode } from '../../../core/types';
import { AggregateParams } from './AggregateParams';
import { ChildList } from './ChildList';
import { EnumParams } from './EnumParams';
import { NumberParam } from './NumberParam';
import { TimeZoneParam } from './TimeZoneParam';

interface Props {
  node: TypeNode;
  onChange(n: TypeNode): void;
  prefix: string;
  depth: number;
}

const QBIT_ELEMENTS = ['Int8', 'BFloat16', 'Float32', 'Float64'];

function numText(n: TypeNode, i: number): string {
  const a = n.args[i];
  return a?.kind === 'number' ? a.text : '';
}

/** Parameter inputs for the family of `node` (the core, wrappers already removed). */
export function ParamEditor({ node: n, onChange, prefix, depth }: Props) {
  const num = (i: number, label: string, optional = false) => (
    <NumberParam
      label={label}
      value={numText(n, i)}
      optional={optional}
      testId={`${prefix}.param.${label}`}
      onChange={(t) => onChange(setNumberParam(n, i, t))}
    />
  );
  const setting = (name: string, label: string) => (
    <NumberParam
      label={label}
      value={settingOf(n, name)}
      optional
      placeholder="default"
      testId={`${prefix}.param.${label}`}
      onChange={(t) => onChange(setSetting(n, name, t))}
    />
  );
  const zone = <TimeZoneParam value={timeZoneOf(n)} testId={`${prefix}.param.timezone`} onChange={(tz) => onChange(setTimeZone(n, tz))} />;
  const children = (names: 'required' | 'optional' | 'none', extra: Partial<Parameters<typeof ChildList>[0]> = {}) => (
    <ChildList node={n} onChange={onChange} prefix={prefix} depth={depth} names={names} {...extra} />
  );

  switch (n.family) {
    case 'Decimal':
      return <div className="tp-params">{num(0, 'precision')}{num(1, 'scale')}</div>;
    case 'Decimal32':
    case 'Decimal64':
    case 'Decimal128':
    case 'Decimal256':
      return <div className="tp-params">{num(0, 'scale')}</div>;
    case 'DateTime':
      return <div className="tp-params">{zone}</div>;
    case 'DateTime64':
      return <div className="tp-params">{num(0, 'precision')}{zone}</div>;
    case 'Time64':
      return <div className="tp-params">{num(0, 'precision')}</div>;
    case 'FixedString':
      return <div className="tp-params">{num(0, 'length')}</div>;
    case 'Enum':
    case 'Enum8':
    case 'Enum16':
      return <EnumParams node={n} onChange={onChange} prefix={prefix} />;
    case 'Map':
      return children('none', { labels: ['key', 'value'] });
    case 'Tuple':
      return children('optional', { addLabel: '+ element' });
    case 'Nested':
      return children('required', { addLabel: '+ element' });
    case 'Variant':
      return children('none');
    case 'JSON':
      return (
        <>
          <div className="tp-params">{setting('max_dynamic_paths', 'maxDynamicPaths')}{setting('max_dynamic_types', 'maxDynamicTypes')}</div>
          {children('required', { addLabel: '+ typed path' })}
        </>
      );
    case 'Dynamic':
      return <div className="tp-params">{setting('max_types', 'maxTypes')}</div>;
    case 'AggregateFunction':
      return (
        <>
          <AggregateParams node={n} onChange={onChange} prefix={prefix} />
          {children('none', { from: 1, addLabel: '+ argument type' })}
        </>
      );
    case 'SimpleAggregateFunction':
      return (
        <>
          <AggregateParams node={n} onChange={onChange} prefix={prefix} />
          {children('none', { from: 1, labels: ['value'] })}
        </>
      );
    case 'QBit': {
      const el = n.args[0]?.kind === 'type' ? n.args[0].type.family : 'Float32';
      return (
        <div className="tp-params">
          <label className="tp-param">
            <span>element</span>
            <select className="tp-input" data-testid={`${prefix}.param.element`} value={el} onChange={(e) => onChange(setArg(n, 0, typeArg(mk(e.target.value))))}>
              {QBIT_ELEMENTS.map((f) => (
                <option key={f}>{f}</option>
              ))}
            </select>
          </label>
          {num(1, 'dimension')}
        </div>
      );
    }
    default:
      return null;
  }
}
