// Engine parameters of the MergeTree family (docs/clickhouse.md §b.3, §b.4):
// required ones present, naming real stored columns of an accepted type.
import { ENGINE_PARAMS, splitParamColumns, type EngineParamKey, type EngineParamSpec } from '../../clickhouse/mergeTreeEngines';
import type { Column, MergeTreeTable } from '../../model/types';
import { columnsByName } from './columns';
import { error, listNames, warning, type Emit } from './diag';
import { sortingKeyColumns } from './keys';
import { quoted } from './names';
import { identifiers } from './ttl';
import { familyOf, isDateOrDateTime, isFloat, isInteger, isNullable, isNumeric } from './typeFacts';

const FIELD: Record<EngineParamKey, string> = {
  ver: 'engine.ver',
  isDeleted: 'engine.isDeleted',
  sign: 'engine.sign',
  version: 'engine.version',
  columns: 'engine.columns',
};

export function validateEngine(t: MergeTreeTable, emit: Emit): void {
  const { engine } = t;
  const family = engine.family;
  const specs = ENGINE_PARAMS[family] ?? [];
  const byName = columnsByName(t.columns);

  for (const spec of specs) {
    const raw = (engine.params[spec.key] ?? '').trim();
    const field = FIELD[spec.key];
    if (raw === '') {
      if (spec.required)
        emit(error(t.id, 'mergeTree.engine.param.missing', `${family} needs a ${spec.label} column (${spec.accepts}); pick one.`, field));
      continue;
    }
    if (spec.arity === 'columns') {
      checkColumnList(t, spec, splitParamColumns(raw), byName, emit);
      continue;
    }
    const col = byName.get(raw);
    if (!col) {
      emit(error(t.id, 'mergeTree.engine.param.unknownColumn', `The ${spec.label} column ${quoted(raw)} is not a column of this table; pick an existing column.`, field));
      continue;
    }
    if (col.defaultKind === 'ALIAS' || col.defaultKind === 'EPHEMERAL') {
      emit(error(t.id, 'mergeTree.engine.param.notStored', `The ${spec.label} column ${quoted(raw)} is ${col.defaultKind} and not stored; pick a stored column.`, field));
      continue;
    }
    checkParamType(t, spec, col, field, emit);
  }

  const same = (a: EngineParamKey, b: EngineParamKey) => {
    const x = (engine.params[a] ?? '').trim();
    return x !== '' && x === (engine.params[b] ?? '').trim();
  };
  if (family === 'VersionedCollapsingMergeTree' && same('sign', 'version'))
    emit(error(t.id, 'mergeTree.engine.param.same', 'The sign and version columns are the same column; ClickHouse refuses that. Pick two different columns.', 'engine.version'));
  if (family === 'ReplacingMergeTree' && same('ver', 'isDeleted'))
    emit(error(t.id, 'mergeTree.engine.param.same', 'The ver and is_deleted columns are the same column; ClickHouse refuses that. Pick two different columns.', 'engine.isDeleted'));
  const verSet = (engine.params['ver'] ?? '').trim() !== '';
  if (family === 'ReplacingMergeTree' && (engine.params['isDeleted'] ?? '').trim() !== '' && !verSet)
    emit(error(t.id, 'mergeTree.engine.isDeleted.needsVer', 'is_deleted only works together with a version column; pick a ver column as well or clear is_deleted.', 'engine.isDeleted'));

  if (engine.replicated && (engine.zooPath.trim() === '') !== (engine.replicaName.trim() === ''))
    emit(error(t.id, 'mergeTree.engine.replication.partial', 'Give both the Keeper path and the replica name, or leave both empty to use the server defaults.', 'engine.zooPath'));
}

function checkParamType(t: MergeTreeTable, spec: EngineParamSpec, col: Column, field: string, emit: Emit): void {
  const name = quoted(col.name);
  const bad = (why: string) =>
    emit(error(t.id, 'mergeTree.engine.param.type', `The ${spec.label} column ${name} is ${col.type}, but ${t.engine.family} needs ${why}; change its type or pick another column.`, field));
  if (spec.key === 'sign') {
    if (col.type.trim() !== 'Int8') bad('Int8');
    return;
  }
  if (spec.key === 'isDeleted') {
    if (!/^(UInt8|Bool)$/.test(col.type.trim())) bad('UInt8 (or Bool)');
    return;
  }
  // ver / version
  if (isNullable(col.type)) return bad('a non-Nullable integer, Date, DateTime or DateTime64');
  if (isInteger(col.type) || isDateOrDateTime(col.type)) return;
  if (isFloat(col.type) || familyOf(col.type) === 'Date32') {
    emit(warning(t.id, 'mergeTree.engine.param.typeUnusual', `The ${spec.label} column ${name} is ${col.type}; recent servers accept it, but the documented version types are integers, Date, DateTime and DateTime64.`, field));
    return;
  }
  bad('an integer, Date, DateTime or DateTime64');
}

function checkColumnList(t: MergeTreeTable, spec: EngineParamSpec, names: readonly string[], byName: ReadonlyMap<string, Column>, emit: Emit): void {
  const field = FIELD[spec.key];
  const family = t.engine.family;
  const unknown = names.filter((n) => !byName.has(n));
  if (unknown.length)
    emit(error(t.id, 'mergeTree.engine.param.unknownColumn', `The ${spec.label} list names ${listNames(unknown)}, not columns of this table; remove or rename them.`, field));
  // The partition key counts too: `Columns: a listed both in columns to sum and in partition key`;
  // so does a column a key expression reads (ORDER BY cityHash64(a) keeps `a` out of the sums).
  const keyClause = t.orderBy.trim() !== '' ? t.orderBy : t.primaryKey;
  const key = new Set([...sortingKeyColumns(t), ...identifiers(keyClause), ...identifiers(t.partitionBy)]);
  const inKey = names.filter((n) => key.has(n));
  if (inKey.length)
    emit(error(t.id, 'mergeTree.engine.param.keyColumn', `${listNames(inKey)} ${inKey.length > 1 ? 'are' : 'is'} in the sorting key and cannot also be in the ${spec.label} list; untick ${inKey.length > 1 ? 'them' : 'it'}.`, field));
  const notStored = names.filter((n) => {
    const k = byName.get(n)?.defaultKind;
    return k === 'ALIAS' || k === 'EPHEMERAL';
  });
  if (notStored.length)
    emit(error(t.id, 'mergeTree.engine.param.notStored', `${listNames(notStored)} ${notStored.length > 1 ? 'are' : 'is'} not stored (ALIAS or EPHEMERAL) and cannot be in the ${spec.label} list.`, field));
  if (family === 'SummingMergeTree') {
    const nonNumeric = names.filter((n) => {
      const c = byName.get(n);
      return c !== undefined && !isNumeric(c.type) && familyOf(c.type) !== 'Map';
    });
    if (nonNumeric.length)
      emit(error(t.id, 'mergeTree.engine.param.type', `SummingMergeTree can only sum numeric (or Map) columns; ${listNames(nonNumeric)} ${nonNumeric.length > 1 ? 'are' : 'is'} not numeric.`, field));
  }
}
