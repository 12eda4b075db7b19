import { MERGE_TREE_FAMILIES } from '../../model/kinds/mergeTree';
import { newId } from '../../model/ids';
import { TABLE_PARTS, type TablePartList } from '../../model/tableParts';
import type { DataSkippingIndex, EngineSpec, MergeTreeTable, SettingEntry, TablePart } from '../../model/types';
import { assertUniqueIds, canonicalBase, canonicalColumn, readColumns, sortedRecord } from '../parts';
import { at, bool, child, eachOf, list, oneOf, str, stringRecord, type Obj } from '../readers';
import type { KindCodec } from './codec';

function readEngine(o: Obj, path: string, base: EngineSpec): EngineSpec {
  const e = child(o, 'engine', path);
  if (!e) return { ...base, params: { ...base.params } };
  const here = at(path, 'engine');
  return {
    family: oneOf(e, 'family', here, MERGE_TREE_FAMILIES, base.family),
    replicated: bool(e, 'replicated', here, base.replicated),
    zooPath: str(e, 'zooPath', here, base.zooPath),
    replicaName: str(e, 'replicaName', here, base.replicaName),
    params: stringRecord(e, 'params', here, base.params),
  };
}

// Table settings are an ordered list: ClickHouse keeps the order they are written in.
const readSetting = (o: Obj, path: string): SettingEntry => ({ name: str(o, 'name', path), value: str(o, 'value', path) });

const readIndex = (o: Obj, path: string): DataSkippingIndex => ({
  // Like column ids, a hand-written file may leave index ids out.
  id: str(o, 'id', path, newId('idx')),
  name: str(o, 'name', path),
  expr: str(o, 'expr', path, ''),
  type: str(o, 'type', path, 'minmax'),
  granularity: str(o, 'granularity', path, ''),
});

function readIndexes(o: Obj, path: string): DataSkippingIndex[] {
  const here = at(path, 'indexes');
  const indexes = eachOf(list(o, 'indexes', path), here, readIndex);
  assertUniqueIds(indexes, here);
  return indexes;
}

/** Projections or constraints; a table without any has no such key (files from before them load unchanged). */
function readParts(o: Obj, path: string, key: TablePartList): Partial<Pick<MergeTreeTable, TablePartList>> {
  const here = at(path, key);
  const parts = eachOf(list(o, key, path), here, (x, p): TablePart => ({
    id: str(x, 'id', p, newId(TABLE_PARTS[key].idPrefix)),
    name: str(x, 'name', p),
    definition: str(x, 'definition', p, ''),
  }));
  assertUniqueIds(parts, here);
  return parts.length > 0 ? { [key]: parts } : {};
}

function canonicalParts(e: MergeTreeTable, key: TablePartList): Partial<Pick<MergeTreeTable, TablePartList>> {
  const parts = e[key] ?? [];
  return parts.length > 0 ? { [key]: parts.map((x) => ({ id: x.id, name: x.name, definition: x.definition })) } : {};
}

export const mergeTreeCodec: KindCodec<MergeTreeTable> = {
  read: (o, path, base) => ({
    ...base,
    columns: readColumns(o, path),
    engine: readEngine(o, path, base.engine),
    orderBy: str(o, 'orderBy', path, base.orderBy),
    partitionBy: str(o, 'partitionBy', path, base.partitionBy),
    primaryKey: str(o, 'primaryKey', path, base.primaryKey),
    sampleBy: str(o, 'sampleBy', path, base.sampleBy),
    ttl: str(o, 'ttl', path, base.ttl),
    settings: eachOf(list(o, 'settings', path), at(path, 'settings'), readSetting),
    indexes: readIndexes(o, path),
    ...readParts(o, path, 'projections'),
    ...readParts(o, path, 'constraints'),
  }),
  canonical: (e) => ({
    ...canonicalBase(e),
    columns: e.columns.map(canonicalColumn),
    engine: {
      family: e.engine.family,
      replicated: e.engine.replicated,
      zooPath: e.engine.zooPath,
      replicaName: e.engine.replicaName,
      params: sortedRecord(e.engine.params),
    },
    orderBy: e.orderBy,
    partitionBy: e.partitionBy,
    primaryKey: e.primaryKey,
    sampleBy: e.sampleBy,
    ttl: e.ttl,
    settings: e.settings.map((s) => ({ name: s.name, value: s.value })),
    indexes: (e.indexes ?? []).map((x) => ({ id: x.id, name: x.name, expr: x.expr, type: x.type, granularity: x.granularity })),
    // In ClickHouse's order: constraints before projections.
    ...canonicalParts(e, 'constraints'),
    ...canonicalParts(e, 'projections'),
  }),
};
