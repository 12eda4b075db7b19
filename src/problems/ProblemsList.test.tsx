// Rendered to static markup: the store-free view gets real diagnostics from validate().
import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import type { Pipeline } from '../core/model/types';
import { validate } from '../core/rules/validate';
import { baseDesign, patch } from '../core/rules/validate/testDesign';
import { ProblemsView } from './ProblemsList';

function render(p: Pipeline, selectedId: string | null = null): string {
  return renderToStaticMarkup(<ProblemsView diagnostics={validate(p)} entities={p.entities} selectedId={selectedId} onPick={() => {}} />);
}

describe('ProblemsView', () => {
  it('shows "No problems" and zero counts for a clean design', () => {
    const html = render(baseDesign().p);
    expect(html).toContain('No problems');
    expect(html).toContain('data-errors="0"');
    expect(html).not.toContain('problems.item');
  });

  it('lists one row per diagnostic with its code, entity and the node name', () => {
    const d = baseDesign();
    const html = render(patch(patch(d.p, d.table, { orderBy: 'nope' }), d.view, { name: 'bad-view' }), d.table);
    expect(html).toContain('data-errors="1"');
    expect(html).toContain('data-warnings="1"');
    expect(html).toMatch(new RegExp(`data-code="mergeTree.orderBy.unknownColumn" data-entity-id="${d.table}"`));
    expect(html).toMatch(new RegExp(`data-code="name.needsQuoting" data-entity-id="${d.view}"`));
    expect(html).toContain('bad-view');
    expect(html.match(/data-testid="problems.item"/g)).toHaveLength(2);
    expect(html.match(/problems-item-selected/g)).toHaveLength(1);
  });
});
