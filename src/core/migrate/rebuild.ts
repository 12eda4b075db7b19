// A table whose engine or keys changed cannot be ALTERed into shape: it is
// rebuilt beside the old one, filled from it, and swapped in. Every step is
// destructive (the old table is dropped at the end) and says what else the
// user could do instead.
import type { Column, MergeTreeTable } from '../model/types';
import type { SqlContext } from '../sql/context';
import { emitMergeTree } from '../sql/emit/mergeTree';
import { qualify, quoteIdent } from '../sql/quote';
import { pairColumns } from './mergeTreeAlter';

export interface RebuildStep {
  sql: string;
  comment: string;
}

/** Suffix of the table built beside the old one before the swap. */
export const REBUILD_SUFFIX = '__chflow_new';

const ALTERNATIVES =
  'Alternatives: keep the old table and create the new one under another name (point the views at it, read both); ' +
  'or, when only columns are appended to the sorting key, ALTER TABLE … ADD COLUMN … , MODIFY ORDER BY … by hand.';

const written = (c: Column) => c.defaultKind !== 'ALIAS' && c.defaultKind !== 'MATERIALIZED' && c.defaultKind !== 'EPHEMERAL';
const readable = (c: Column) => c.defaultKind !== 'ALIAS' && c.defaultKind !== 'EPHEMERAL';

export function rebuildSteps(before: MergeTreeTable, after: MergeTreeTable, reason: string, ctx: SqlContext): RebuildStep[] {
  const oldName = qualify(before.database, before.name);
  const sameName = before.database === after.database && before.name === after.name;
  const building = sameName ? { ...after, name: after.name + REBUILD_SUFFIX } : after;
  const buildName = qualify(building.database, building.name);
  const steps: RebuildStep[] = [
    {
      sql: emitMergeTree(building, ctx),
      comment: `ClickHouse cannot ALTER ${reason}, so ${qualify(after.database, after.name)} is rebuilt: a new table first. ${ALTERNATIVES}`,
    },
  ];
  const pairs = [...pairColumns(before.columns, after.columns)].filter(([c, o]) => written(c) && readable(o));
  if (pairs.length > 0) {
    const into = pairs.map(([c]) => quoteIdent(c.name)).join(', ');
    const from = pairs.map(([c, o]) => (o.name === c.name ? quoteIdent(o.name) : `${quoteIdent(o.name)} AS ${quoteIdent(c.name)}`)).join(', ');
    const onCluster = ctx.onCluster === '' ? '' : ' On a cluster, run it once per shard (replicas receive the rows by replication).';
    steps.push({
      sql: `INSERT INTO ${buildName} (${into})\nSELECT ${from}\nFROM ${oldName};`,
      comment: `Backfill: copy the stored rows into the new table (the consumers are paused, so nothing arrives meanwhile).${onCluster}`,
    });
  }
  if (sameName) {
    steps.push({
      sql: `EXCHANGE TABLES ${oldName} AND ${buildName}${ctx.onCluster};`,
      comment: 'Swap the two tables atomically: the new one takes the name.',
    });
    steps.push({ sql: `DROP TABLE ${buildName}${ctx.onCluster} SYNC;`, comment: 'Drop the old table (now under the temporary name) and its data.' });
  } else {
    steps.push({ sql: `DROP TABLE ${oldName}${ctx.onCluster} SYNC;`, comment: `Drop the old table ${oldName} and its data.` });
  }
  return steps;
}
