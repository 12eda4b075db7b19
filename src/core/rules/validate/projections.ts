// A MergeTree table's projections and constraints: each needs a name of its own
// and a definition of the shape ClickHouse reads. The definition itself is kept
// as written and left to ClickHouse (Check runs it). Rules measured on 26.7.
import { TABLE_PARTS, tableParts, type TablePartList } from '../../model/tableParts';
import type { MergeTreeTable } from '../../model/types';
import { error, warning, type Emit } from './diag';

const WORDS: Record<TablePartList, { one: string; code: string; shape: RegExp; expected: string; duplicate: (name: string) => string; duplicateRefused: boolean }> = {
  projections: {
    one: 'Projection',
    code: 'mergeTree.projection',
    shape: /^(\(|INDEX\b)/i,
    expected: 'a query in parentheses, `(SELECT … GROUP BY …)` or `(SELECT * ORDER BY …)`, or `INDEX expr TYPE type`',
    duplicate: (n) => `Projection ${n} is defined twice; ClickHouse refuses the table. Rename or remove one.`,
    duplicateRefused: true,
  },
  constraints: {
    one: 'Constraint',
    code: 'mergeTree.constraint',
    shape: /^(CHECK|ASSUME)\b/i,
    expected: '`CHECK expr` or `ASSUME expr`',
    // Accepted at CREATE, but DROP CONSTRAINT then removes only the first of them.
    duplicate: (n) => `Constraint ${n} is defined twice; ClickHouse accepts it, but ALTER TABLE … DROP CONSTRAINT ${n} removes only the first. Rename one.`,
    duplicateRefused: false,
  },
};

/** Value of the last `deduplicate_merge_projection_mode` setting; 'throw' (the default) when absent. */
function projectionMode(t: MergeTreeTable): string {
  const s = t.settings.filter((x) => x.name.trim() === 'deduplicate_merge_projection_mode').pop();
  return (s?.value.trim() ?? '').replace(/^'(.*)'$/, '$1').toLowerCase() || 'throw';
}

function validateList(t: MergeTreeTable, list: TablePartList, emit: Emit): void {
  const w = WORDS[list];
  const seen = new Set<string>();
  tableParts(t, list).forEach((x, i) => {
    const field = `${list}.${x.id}`;
    const name = x.name.trim();
    const label = name === '' ? `${w.one} ${i + 1}` : `${w.one} ${name}`;
    if (name === '') emit(error(t.id, `${w.code}.emptyName`, `${w.one} ${i + 1} has no name; enter one or remove the row.`, `${field}.name`));
    else if (seen.has(name)) emit((w.duplicateRefused ? error : warning)(t.id, `${w.code}.duplicate`, w.duplicate(name), `${field}.name`));
    seen.add(name);
    const def = x.definition.trim();
    if (def === '') emit(warning(t.id, `${w.code}.empty`, `${label} has no definition yet, so it is not written to the SQL.`, `${field}.definition`));
    else if (!w.shape.test(def)) emit(error(t.id, `${w.code}.shape`, `${label}: after the name ClickHouse expects ${w.expected}.`, `${field}.definition`));
  });
}

export function validateProjections(t: MergeTreeTable, emit: Emit): void {
  for (const list of Object.keys(TABLE_PARTS) as TablePartList[]) validateList(t, list, emit);
  // Every family but plain MergeTree removes or combines rows in merges, which a projection cannot follow by default.
  const first = tableParts(t, 'projections')[0];
  if (first && t.engine.family !== 'MergeTree' && projectionMode(t) === 'throw')
    emit(
      error(
        t.id,
        'mergeTree.projection.mode',
        `ClickHouse refuses projections on a ${t.engine.family} table unless the table setting deduplicate_merge_projection_mode says what a merge that removes or combines rows does to them: 'drop' (the merged part loses them) or 'rebuild' (they are built again). Add that setting.`,
        'projections',
      ),
    );
}
