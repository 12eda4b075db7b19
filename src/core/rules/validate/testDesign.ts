// A small valid pipeline built with the real operations, for validator tests:
// topic → Kafka table → view → MergeTree table. Tests break one thing at a time.
import { addColumn, addEntity, connect, updateEntity, type EntityPatch } from '../../model/operations';
import { emptyPipeline, type Column, type Entity, type Pipeline } from '../../model/types';
import { validate } from '../validate';
import type { Diagnostic } from '../diagnostics';

export interface Design {
  p: Pipeline;
  topic: string;
  kafka: string;
  view: string;
  table: string;
}

const AT = { x: 0, y: 0 };

export function baseDesign(): Design {
  let p = emptyPipeline();
  const topic = addEntity(p, 'kafkaTopic', AT, 'events');
  p = topic.pipeline;
  const kafka = addEntity(p, 'kafkaTable', AT, 'events_queue');
  p = kafka.pipeline;
  for (const [name, type] of [['id', 'UInt64'], ['name', 'String'], ['ts', 'DateTime']] as const)
    p = addColumn(p, kafka.id, { name, type });
  const table = addEntity(p, 'mergeTree', AT, 'events_store');
  p = table.pipeline;
  for (const [name, type] of [['id', 'UInt64'], ['name', 'String'], ['ts', 'DateTime']] as const)
    p = addColumn(p, table.id, { name, type });
  p = updateEntity(p, table.id, { orderBy: 'id' });
  const view = addEntity(p, 'materializedView', AT, 'events_mv');
  p = view.pipeline;
  p = mustConnect(p, topic.id, kafka.id);
  p = mustConnect(p, view.id, table.id);
  p = mustConnect(p, kafka.id, view.id);
  return { p, topic: topic.id, kafka: kafka.id, view: view.id, table: table.id };
}

function mustConnect(p: Pipeline, a: string, b: string): Pipeline {
  const r = connect(p, a, b);
  if (!r.ok) throw new Error(r.reason);
  return r.pipeline;
}

export function patch(p: Pipeline, id: string, change: EntityPatch): Pipeline {
  return updateEntity(p, id, change);
}

export function entity<K extends Entity['kind']>(p: Pipeline, id: string, kind: K): Extract<Entity, { kind: K }> {
  const e = p.entities.find((x) => x.id === id);
  if (!e || e.kind !== kind) throw new Error(`no ${kind} ${id}`);
  return e as Extract<Entity, { kind: K }>;
}

export function columnNamed(p: Pipeline, id: string, name: string): Column {
  const e = p.entities.find((x) => x.id === id);
  const c = e && 'columns' in e ? e.columns.find((x) => x.name === name) : undefined;
  if (!c) throw new Error(`no column ${name}`);
  return c;
}

/** Diagnostics with the given code. */
export function found(p: Pipeline, code: string): Diagnostic[] {
  return validate(p).filter((d) => d.code === code);
}
