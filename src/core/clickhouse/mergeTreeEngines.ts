// The parameters each MergeTree family takes in its ENGINE clause (docs/clickhouse.md §b.3),
// described once so panels, validation and the SQL emitter agree on names and arity.
import type { MergeTreeFamily } from '../model/types';

export type EngineParamKey = 'ver' | 'isDeleted' | 'sign' | 'version' | 'columns';

export interface EngineParamSpec {
  key: EngineParamKey;
  /** The argument name ClickHouse uses in its docs and error messages. */
  label: string;
  /** One column, or a set of columns (stored comma-separated). */
  arity: 'column' | 'columns';
  required: boolean;
  /** Types ClickHouse accepts for the column, as a short human phrase. */
  accepts: string;
  help: string;
}

const VER: EngineParamSpec = {
  key: 'ver',
  label: 'ver',
  arity: 'column',
  required: false,
  accepts: 'integer, Date, DateTime or DateTime64',
  help: 'Among rows with the same sorting key, the one with the highest version survives merges (the last inserted one without it).',
};

const IS_DELETED: EngineParamSpec = {
  key: 'isDeleted',
  label: 'is_deleted',
  arity: 'column',
  required: false,
  accepts: 'UInt8',
  help: 'A surviving row with 1 here counts as deleted. Needs a version column.',
};

const SIGN: EngineParamSpec = {
  key: 'sign',
  label: 'sign',
  arity: 'column',
  required: true,
  accepts: 'Int8',
  help: '1 marks a state row, -1 cancels an earlier row with the same key.',
};

const VERSION: EngineParamSpec = {
  key: 'version',
  label: 'version',
  arity: 'column',
  required: true,
  accepts: 'integer, Date, DateTime or DateTime64',
  help: 'Lets a cancel row find its state row even when they arrive out of order.',
};

const SUM_COLUMNS: EngineParamSpec = {
  key: 'columns',
  label: 'columns to sum',
  arity: 'columns',
  required: false,
  accepts: 'numeric, not in the sorting key',
  help: 'Leave all unticked to sum every numeric column outside the sorting key.',
};

const COALESCE_COLUMNS: EngineParamSpec = {
  key: 'columns',
  label: 'columns to coalesce',
  arity: 'columns',
  required: false,
  accepts: 'any column outside the sorting key (usually Nullable)',
  help: 'Merges keep the latest non-NULL value of these columns per sorting key; none ticked means every value column.',
};

export const ENGINE_PARAMS: Record<MergeTreeFamily, readonly EngineParamSpec[]> = {
  MergeTree: [],
  ReplacingMergeTree: [VER, IS_DELETED],
  SummingMergeTree: [SUM_COLUMNS],
  AggregatingMergeTree: [],
  CollapsingMergeTree: [SIGN],
  VersionedCollapsingMergeTree: [SIGN, VERSION],
  CoalescingMergeTree: [COALESCE_COLUMNS],
};

/** One-line summary of what a family does on merge. */
export const ENGINE_SUMMARY: Record<MergeTreeFamily, string> = {
  MergeTree: 'Keeps every row.',
  ReplacingMergeTree: 'Keeps one row per sorting key (deduplication on merge).',
  SummingMergeTree: 'Adds up numeric columns of rows with the same sorting key.',
  AggregatingMergeTree: 'Combines AggregateFunction states of rows with the same sorting key.',
  CollapsingMergeTree: 'Cancels pairs of rows with sign 1 and -1.',
  VersionedCollapsingMergeTree: 'Cancels pairs of rows with sign 1 and -1 and the same version.',
  CoalescingMergeTree: 'Keeps the latest non-NULL value per column and sorting key.',
};

/** The parameters kept when switching family: those the new family also takes. */
export function paramsForFamily(family: MergeTreeFamily, params: Readonly<Record<string, string>>): Record<string, string> {
  const out: Record<string, string> = {};
  for (const spec of ENGINE_PARAMS[family]) {
    const v = params[spec.key];
    if (v !== undefined && v !== '') out[spec.key] = v;
  }
  return out;
}

/** Column names of a `columns` parameter (comma-separated, blanks dropped). */
export function splitParamColumns(value: string | undefined): string[] {
  return (value ?? '')
    .split(',')
    .map((s) => s.trim())
    .filter((s) => s !== '');
}
