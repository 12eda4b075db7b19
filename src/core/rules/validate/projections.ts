// A MergeTree table's projections and constraints: each needs a name of its own
// and a definition of the shape ClickHouse reads. The definition itself is kept
// as written and left to ClickHouse (Check runs it).
import { TABLE_PARTS, tableParts, type TablePartList } from '../../model/tableParts';
import type { MergeTreeTable } from '../../model/types';
import { error, warning, type Emit } from './diag';

const WORDS: Record<TablePartList, { one: string; code: string; shape: RegExp; expected: string }> = {
  projections: {
    one: 'Projection',
    code: 'mergeTree.projection',
    shape: /^(\(|INDEX\b)/i,
    expected: 'a query in parentheses, `(SELECT … GROUP BY …)` or `(SELECT * ORDER BY …)`, or `INDEX expr TYPE type`',
  },
  constraints: { one: 'Constraint', code: 'mergeTree.constraint', shape: /^(CHECK|ASSUME)\b/i, expected: '`CHECK expr` or `ASSUME expr`' },
};

function validateList(t: MergeTreeTable, list: TablePartList, emit: Emit): void {
  const w = WORDS[list];
  const seen = new Set<string>();
  tableParts(t, list).forEach((x, i) => {
    const field = `${list}.${x.id}`;
    const name = x.name.trim();
    const label = name === '' ? `${w.one} ${i + 1}` : `${w.one} ${name}`;
    if (name === '') emit(error(t.id, `${w.code}.emptyName`, `${w.one} ${i + 1} has no name; enter one or remove the row.`, `${field}.name`));
    else if (seen.has(name)) emit(error(t.id, `${w.code}.duplicate`, `${w.one} ${name} is defined twice; ClickHouse refuses the table. Rename or remove one.`, `${field}.name`));
    seen.add(name);
    const def = x.definition.trim();
    if (def === '') emit(warning(t.id, `${w.code}.empty`, `${label} has no definition yet, so it is not written to the SQL.`, `${field}.definition`));
    else if (!w.shape.test(def)) emit(error(t.id, `${w.code}.shape`, `${label}: after the name ClickHouse expects ${w.expected}.`, `${field}.definition`));
  });
}

export function validateProjections(t: MergeTreeTable, emit: Emit): void {
  for (const list of Object.keys(TABLE_PARTS) as TablePartList[]) validateList(t, list, emit);
}
