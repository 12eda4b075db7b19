import { newId } from '../ids';
import type { EngineSpec, MergeTreeFamily, MergeTreeTable, Position } from '../types';

export const MERGE_TREE_FAMILIES: readonly MergeTreeFamily[] = [
  'MergeTree',
  'ReplacingMergeTree',
  'SummingMergeTree',
  'AggregatingMergeTree',
  'CollapsingMergeTree',
  'VersionedCollapsingMergeTree',
  'CoalescingMergeTree',
];

export function defaultEngine(family: MergeTreeFamily = 'MergeTree'): EngineSpec {
  return { family, replicated: false, zooPath: '', replicaName: '', params: {} };
}

export function createMergeTree(name: string, position: Position, init: Partial<MergeTreeTable> = {}): MergeTreeTable {
  return {
    id: newId('mt'),
    kind: 'mergeTree',
    name,
    database: 'default',
    comment: '',
    position,
    columns: [],
    engine: defaultEngine(),
    orderBy: '',
    partitionBy: '',
    primaryKey: '',
    sampleBy: '',
    ttl: '',
    settings: [],
    indexes: [],
    ...init,
  };
}
