// Small builders for SQL tests and the benchmark: the model's own factories
// with fixed ids, so outputs can be compared across runs.
import { createColumn } from '../core/model/columns';
import { createKafkaTable } from '../core/model/kinds/kafkaTable';
import { createKafkaTopic } from '../core/model/kinds/kafkaTopic';
import { createMapping, createMaterializedView } from '../core/model/kinds/materializedView';
import { createMergeTree } from '../core/model/kinds/mergeTree';
import type { Column, Entity, KafkaTable, KafkaTopic, Link, MaterializedView, MergeTreeTable, Pipeline, PipelineOptions } from '../core/model/types';

const AT = { x: 0, y: 0 };

export const col = (name: string, type = 'String', extra: Partial<Omit<Column, 'id'>> = {}): Column =>
  createColumn(name, type, extra);

export const topic = (id: string, name: string, init: Partial<KafkaTopic> = {}): KafkaTopic =>
  createKafkaTopic(name, AT, { id, ...init });

export const kafka = (id: string, name: string, columns: Column[], init: Partial<KafkaTable> = {}): KafkaTable =>
  createKafkaTable(name, AT, { id, columns, ...init });

export const mergeTree = (id: string, name: string, columns: Column[], init: Partial<MergeTreeTable> = {}): MergeTreeTable =>
  createMergeTree(name, AT, { id, columns, orderBy: columns[0]?.name ?? '', ...init });

/** A view; mappings as [target, expr] pairs (expr defaults to the target name). */
export const view = (id: string, name: string, mappings: (string | [string, string])[], init: Partial<MaterializedView> = {}): MaterializedView =>
  createMaterializedView(name, AT, {
    id,
    mappings: mappings.map((m) => (typeof m === 'string' ? createMapping(m) : createMapping(m[0], m[1]))),
    ...init,
  });

let linkSeq = 0;
export const link = (source: string, target: string): Link => ({ id: `l${++linkSeq}`, source, target });

export function pipeline(entities: Entity[], links: Link[] = [], options: Partial<PipelineOptions> = {}): Pipeline {
  return { entities, links, options: { cluster: '', createDatabases: true, ...options } };
}
