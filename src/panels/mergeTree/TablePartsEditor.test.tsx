// The Projections and Constraints sections show each row's name and definition,
// and a validator's problem under the row's own field, not only at the panel top.
import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import type { MergeTreeTable } from '../../core/model/types';
import { validate } from '../../core/rules/validate';
import { col, mergeTree, pipeline } from '../../test/pipelines';
import { DiagnosticsContext } from '../diagnosticsContext';
import { panelFieldKeys } from '../panelFields';
import { TablePartsEditor } from './TablePartsEditor';

const table = (): MergeTreeTable =>
  mergeTree('t', 'events', [col('id', 'UInt64')], {
    orderBy: 'id',
    projections: [
      { id: 'p1', name: 'by_id', definition: '(SELECT * ORDER BY id)' },
      { id: 'p2', name: 'by_id', definition: '(SELECT id, count() GROUP BY id)' },
    ],
  });

function render(t: MergeTreeTable, list: 'projections' | 'constraints') {
  const problems = validate(pipeline([t])).filter((d) => d.entityId === t.id);
  return renderToStaticMarkup(
    <DiagnosticsContext.Provider value={problems}>
      <TablePartsEditor table={t} list={list} />
    </DiagnosticsContext.Provider>,
  );
}

describe('the Projections and Constraints sections of the MergeTree panel', () => {
  it('list each row with its name and definition', () => {
    const html = render(table(), 'projections');
    expect(html).toContain('Projections (2)');
    expect(html).toMatch(/data-testid="panel\.projections\.0\.name"[^>]*value="by_id"/);
    expect(html).toContain('(SELECT id, count() GROUP BY id)</textarea>');
    expect(html).toContain('data-testid="panel.projections.add"');
  });

  it('show a duplicate name under the second row, on a field the panel knows', () => {
    const t = table();
    const html = render(t, 'projections');
    expect(html).toContain('Projection by_id is defined twice');
    const fields = validate(pipeline([t])).filter((d) => d.code.startsWith('mergeTree.projection')).map((d) => d.field!);
    expect(fields).toEqual(['projections.p2.name']);
    for (const f of fields) expect(panelFieldKeys(t).has(f)).toBe(true);
  });

  it('say when a table has no constraints', () => {
    expect(render(table(), 'constraints')).toContain('Constraints (0)');
  });
});
