import { describe, expect, it } from 'vitest';
import {
  addColumn,
  addEntity,
  connect,
  moveColumn,
  removeColumn,
  removeEntities,
  updateColumn,
  updateEntity,
} from './operations';
import { getEntity, tableColumns } from './query';
import { emptyPipeline, type KafkaTable, type MaterializedView, type MergeTreeTable, type Pipeline } from './types';

function build() {
  let p: Pipeline = emptyPipeline();
  const add = (kind: Parameters<typeof addEntity>[1]) => {
    const r = addEntity(p, kind, { x: 0, y: 0 });
    p = r.pipeline;
    return r.id;
  };
  const topic = add('kafkaTopic');
  const kafka = add('kafkaTable');
  const view = add('materializedView');
  const table = add('mergeTree');
  p = addColumn(p, kafka, { name: 'id', type: 'UInt64' });
  p = addColumn(p, kafka, { name: 'ts', type: "DateTime64(3, 'UTC')" });
  return { p, topic, kafka, view, table };
}

describe('operations', () => {
  it('gives new nodes unique names', () => {
    let p = emptyPipeline();
    p = addEntity(p, 'mergeTree', { x: 0, y: 0 }).pipeline;
    p = addEntity(p, 'mergeTree', { x: 0, y: 0 }).pipeline;
    expect(p.entities.map((e) => e.name)).toEqual(['events_store', 'events_store_2']);
  });

  it('a Kafka table takes its topic’s connection settings, and follows later edits', () => {
    let { p, topic, kafka } = build();
    p = updateEntity(p, topic, { brokers: 'b1:9092', topic: 'clicks', format: 'CSV', consumerGroup: 'g1' });
    p = connect(p, topic, kafka).pipeline;
    const k = getEntity(p, kafka) as KafkaTable;
    expect([k.brokers, k.topic, k.format, k.consumerGroup]).toEqual(['b1:9092', 'clicks', 'CSV', 'g1']);
    p = updateEntity(p, topic, { topic: 'clicks_v2' });
    expect((getEntity(p, kafka) as KafkaTable).topic).toBe('clicks_v2');
  });

  it('a new view maps every source column; its target takes the view’s output with types', () => {
    let { p, kafka, view, table } = build();
    p = connect(p, kafka, view).pipeline;
    expect((getEntity(p, view) as MaterializedView).mappings.map((m) => `${m.target}<-${m.expr}`)).toEqual(['id<-id', 'ts<-ts']);
    p = connect(p, view, table).pipeline;
    const t = getEntity(p, table) as MergeTreeTable;
    expect(t.columns.map((c) => `${c.name} ${c.type}`)).toEqual(['id UInt64', "ts DateTime64(3, 'UTC')"]);
    expect(t.orderBy).toBe('id');
  });

  it('a target that already has columns keeps them and the view gets one row per column', () => {
    let { p, kafka, view, table } = build();
    p = addColumn(p, table, { name: 'ts', type: 'DateTime' });
    p = addColumn(p, table, { name: 'ingested', type: 'DateTime', defaultKind: 'MATERIALIZED', defaultExpr: 'now()' });
    p = connect(p, kafka, view).pipeline;
    p = connect(p, view, table).pipeline;
    expect(tableColumns(getEntity(p, table)).map((c) => c.name)).toEqual(['ts', 'ingested']);
    // MATERIALIZED columns cannot be written by a view, so they get no row.
    expect((getEntity(p, view) as MaterializedView).mappings.map((m) => m.target)).toEqual(['ts']);
  });

  it('renaming a target column renames the view row that writes it', () => {
    let { p, kafka, view, table } = build();
    p = connect(connect(p, kafka, view).pipeline, view, table).pipeline;
    const col = (getEntity(p, table) as MergeTreeTable).columns[0]!;
    p = updateColumn(p, table, col.id, { name: 'event_id' });
    expect((getEntity(p, view) as MaterializedView).mappings[0]).toMatchObject({ target: 'event_id', expr: 'id' });
  });

  it('moves and removes columns, and removing a node removes its links', () => {
    let { p, kafka, view } = build();
    const [a, b] = (getEntity(p, kafka) as KafkaTable).columns;
    p = moveColumn(p, kafka, b!.id, 0);
    expect(tableColumns(getEntity(p, kafka)).map((c) => c.name)).toEqual(['ts', 'id']);
    p = removeColumn(p, kafka, a!.id);
    expect(tableColumns(getEntity(p, kafka)).map((c) => c.name)).toEqual(['ts']);
    p = connect(p, kafka, view).pipeline;
    p = removeEntities(p, [kafka]);
    expect(p.links).toEqual([]);
    expect(getEntity(p, kafka)).toBeUndefined();
  });

  it('a refused connection returns the reason and the same pipeline', () => {
    const { p, topic, view } = build();
    const r = connect(p, topic, view);
    expect(r.ok).toBe(false);
    expect(r.pipeline).toBe(p);
  });
});
