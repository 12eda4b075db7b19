// Projections and constraints of a table that stays: ALTER … DROP / ADD steps.
// ClickHouse appends what ALTER adds, so to end with the design's order (what a
// fresh CREATE gives, and what SHOW CREATE compares) everything from the first
// difference on is dropped and added again; rows before it are left alone.
import { TABLE_PARTS, tableParts, tablePartDefinition, type TablePartList } from '../model/tableParts';
import type { MergeTreeTable } from '../model/types';
import { quoteIdent } from '../sql/quote';
import type { AlterStep } from './mergeTreeAlter';

const WORDS: Record<TablePartList, { one: string; dropped: string; added: string; build?: string }> = {
  projections: {
    one: 'Projection',
    dropped: 'its stored copy of the rows is deleted',
    added: 'new parts get it at once',
    build: 'Build projection {name} for the parts already stored (a background mutation).',
  },
  constraints: { one: 'Constraint', dropped: 'inserts are no longer checked against it', added: 'checked on inserts from now on; rows already stored are not checked' },
};

/** The rows ClickHouse holds for a table: the complete ones, in order. */
function written(t: MergeTreeTable, list: TablePartList): { name: string; sql: string }[] {
  return tableParts(t, list).flatMap((x) => {
    const sql = tablePartDefinition(list, x);
    return sql ? [{ name: x.name.trim(), sql }] : [];
  });
}

/**
 * The drops and the additions, apart: drops go before the column steps (a column a
 * projection or constraint reads cannot be dropped or changed under it), additions after.
 */
export function tablePartSteps(table: string, before: MergeTreeTable, after: MergeTreeTable, onCluster: string): { drops: AlterStep[]; adds: AlterStep[] } {
  const drops: AlterStep[] = [];
  const adds: AlterStep[] = [];
  const alter = (body: string) => `ALTER TABLE ${table}${onCluster} ${body};`;
  for (const list of Object.keys(TABLE_PARTS) as TablePartList[]) {
    const keyword = TABLE_PARTS[list].keyword;
    const w = WORDS[list];
    const a = written(before, list);
    const b = written(after, list);
    let same = 0;
    while (same < a.length && same < b.length && a[same]!.sql === b[same]!.sql) same++;
    const kept = new Set(b.map((x) => x.sql));
    for (const x of a.slice(same)) {
      const how = kept.has(x.sql) ? 'dropped to be added again in the design’s order' : b.some((y) => y.name === x.name) ? 'redefined' : 'gone';
      drops.push({ sql: alter(`DROP ${keyword} ${quoteIdent(x.name)}`), comment: `${w.one} ${x.name} is ${how}: ${w.dropped}.`, destructive: false });
    }
    for (const x of b.slice(same)) {
      adds.push({ sql: alter(`ADD ${x.sql}`), comment: `${w.one} ${x.name}: ${w.added}.`, destructive: false });
      if (w.build) adds.push({ sql: alter(`MATERIALIZE ${keyword} ${quoteIdent(x.name)}`), comment: w.build.replace('{name}', x.name), destructive: false });
    }
  }
  return { drops, adds };
}
