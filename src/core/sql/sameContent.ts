// Content equality of two entities as far as SQL can see: every field except
// ids (entity, column, mapping and row ids never reach the script) and the
// canvas position. A design opened again, a baseline read back from storage or
// a structuredClone has new objects with the same content; comparing their
// strings costs a fraction of writing the statement again, and nothing is
// allocated. Written field by field (not a generic deep walk, which was as slow
// as generating): sameContent.test.ts fails to compile when the model gains a
// field its fixture lacks, and then checks that each field is compared.
import type { Column, DataSkippingIndex, Entity, KafkaTable, Mapping, MaterializedView, MergeTreeTable, SettingEntry, TablePart } from '../model/types';

export function sameContent(a: Entity, b: Entity): boolean {
  if (a === b) return true;
  if (a.kind !== b.kind || a.name !== b.name || a.database !== b.database || a.comment !== b.comment) return false;
  switch (a.kind) {
    case 'kafkaTable':
      return sameKafkaTable(a, b as KafkaTable);
    case 'mergeTree':
      return sameMergeTree(a, b as MergeTreeTable);
    case 'materializedView':
      return sameView(a, b as MaterializedView);
    case 'kafkaTopic': {
      const t = b as typeof a;
      return a.brokers === t.brokers && a.topic === t.topic && a.format === t.format && a.consumerGroup === t.consumerGroup && a.samples === t.samples;
    }
  }
}

function sameKafkaTable(a: KafkaTable, b: KafkaTable): boolean {
  return (
    a.brokers === b.brokers &&
    a.topic === b.topic &&
    a.format === b.format &&
    a.consumerGroup === b.consumerGroup &&
    a.namedCollection === b.namedCollection &&
    sameColumns(a.columns, b.columns) &&
    sameRecord(a.settings, b.settings)
  );
}

function sameMergeTree(a: MergeTreeTable, b: MergeTreeTable): boolean {
  if (a.orderBy !== b.orderBy || a.partitionBy !== b.partitionBy || a.primaryKey !== b.primaryKey || a.sampleBy !== b.sampleBy || a.ttl !== b.ttl) return false;
  const x = a.engine;
  const y = b.engine;
  if (x !== y && (x.family !== y.family || x.replicated !== y.replicated || x.zooPath !== y.zooPath || x.replicaName !== y.replicaName || !sameRecord(x.params, y.params)))
    return false;
  return (
    sameColumns(a.columns, b.columns) &&
    sameList(a.settings, b.settings, sameSetting) &&
    sameList(a.indexes, b.indexes, sameIndex) &&
    sameList(a.projections, b.projections, samePart) &&
    sameList(a.constraints, b.constraints, samePart)
  );
}

function sameView(a: MaterializedView, b: MaterializedView): boolean {
  return a.where === b.where && a.groupBy === b.groupBy && a.rawSelect === b.rawSelect && sameList(a.mappings, b.mappings, sameMapping);
}

function sameColumns(a: readonly Column[], b: readonly Column[]): boolean {
  if (a === b) return true;
  if (a.length !== b.length) return false;
  for (let i = 0; i < a.length; i++) {
    const x = a[i]!;
    const y = b[i]!;
    if (
      x !== y &&
      (x.name !== y.name ||
        x.type !== y.type ||
        x.defaultKind !== y.defaultKind ||
        x.defaultExpr !== y.defaultExpr ||
        x.codec !== y.codec ||
        x.comment !== y.comment ||
        x.ttl !== y.ttl)
    )
      return false;
  }
  return true;
}

/** Lists compared element by element; absent and absent are equal, absent and empty are not (kept apart to stay exact). */
function sameList<T>(a: readonly T[] | undefined, b: readonly T[] | undefined, same: (x: T, y: T) => boolean): boolean {
  if (a === b) return true;
  if (a === undefined || b === undefined || a.length !== b.length) return false;
  for (let i = 0; i < a.length; i++) if (a[i] !== b[i] && !same(a[i]!, b[i]!)) return false;
  return true;
}

function sameSetting(x: SettingEntry, y: SettingEntry): boolean {
  return x.name === y.name && x.value === y.value;
}

function sameIndex(x: DataSkippingIndex, y: DataSkippingIndex): boolean {
  return x.name === y.name && x.expr === y.expr && x.type === y.type && x.granularity === y.granularity;
}

function samePart(x: TablePart, y: TablePart): boolean {
  return x.name === y.name && x.definition === y.definition;
}

function sameMapping(x: Mapping, y: Mapping): boolean {
  return x.target === y.target && x.expr === y.expr;
}

/** Same keys with the same values (the emitters order settings themselves). */
function sameRecord(a: Readonly<Record<string, string>>, b: Readonly<Record<string, string>>): boolean {
  if (a === b) return true;
  let n = 0;
  for (const k in a) {
    if (a[k] !== b[k]) return false;
    n++;
  }
  for (const _ in b) n--;
  return n === 0;
}
