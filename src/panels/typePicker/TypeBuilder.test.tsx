import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import { parseType } from '../../core/types';
import { TypeBuilder } from './TypeBuilder';
import { TypePicker } from './TypePicker';

function tree(text: string) {
  const r = parseType(text);
  if (!r.ok) throw new Error(r.error);
  return r.type;
}

const noop = () => {};

describe('TypeBuilder markup (server render, no DOM needed)', () => {
  it('renders the nested editors with their test ids for a nested type', () => {
    const html = renderToStaticMarkup(
      <TypeBuilder
        initial={tree('Array(Tuple(a LowCardinality(String), b Nullable(Decimal(10, 2))))')}
        position="column"
        anchor={null}
        onApply={noop}
        onClose={noop}
      />,
    );
    for (const id of [
      'typePicker.family',
      'typePicker.wrap.Array',
      'typePicker.child.0.name',
      'typePicker.child.0.family',
      'typePicker.child.0.wrap.LowCardinality',
      'typePicker.child.1.param.precision',
      'typePicker.child.1.param.scale',
      'typePicker.apply',
      'typePicker.cancel',
      'typePicker.result',
    ]) {
      expect(html, id).toContain(`data-testid="${id}"`);
    }
    expect(html).toContain('Array(Tuple(a LowCardinality(String), b Nullable(Decimal(10, 2))))');
    expect(html).toMatch(/data-testid="typePicker.wrap.Array"[^>]*aria-pressed="true"|aria-pressed="true"[^>]*data-testid="typePicker.wrap.Array"/);
    expect(html).not.toContain('typePicker.problems');
  });

  it('shows checker problems for a bad tree', () => {
    const html = renderToStaticMarkup(
      <TypeBuilder initial={tree('Nullable(LowCardinality(String))')} position="column" anchor={null} onApply={noop} onClose={noop} />,
    );
    expect(html).toContain('data-testid="typePicker.problems"');
    expect(html).toContain('LowCardinality(Nullable(String))');
  });

  it('renders parameter inputs for DateTime64 and enums', () => {
    const dt = renderToStaticMarkup(<TypeBuilder initial={tree("DateTime64(3, 'UTC')")} position="column" anchor={null} onApply={noop} onClose={noop} />);
    expect(dt).toContain('data-testid="typePicker.param.precision"');
    expect(dt).toContain('data-testid="typePicker.param.timezone"');
    const en = renderToStaticMarkup(<TypeBuilder initial={tree("Enum8('a' = 1)")} position="column" anchor={null} onApply={noop} onClose={noop} />);
    expect(en).toContain('data-testid="typePicker.param.enum.0.name"');
    expect(en).toContain('data-testid="typePicker.param.enum.add"');
  });

  it('TypePicker shows the value, the open button and an inline error for unparsable text', () => {
    const ok = renderToStaticMarkup(<TypePicker value="UInt64" onChange={noop} testId="panel.columns.0.type" />);
    expect(ok).toContain('data-testid="panel.columns.0.type.open"');
    expect(ok).not.toContain('panel.columns.0.type.error');
    const bad = renderToStaticMarkup(<TypePicker value="Array(UInt8" onChange={noop} testId="t" />);
    expect(bad).toContain('value="Array(UInt8"');
    expect(bad).toContain('data-testid="t.error"');
  });
});
