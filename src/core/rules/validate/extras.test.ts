// The smaller rules, each with a design that triggers it and one that does not.
import { describe, expect, it } from 'vitest';
import { addColumn, updateColumn, updateMapping } from '../../model/operations';
import { baseDesign, columnNamed, entity, found, patch } from './testDesign';

describe('smaller rules', () => {
  it('name.whitespace: leading or trailing spaces in a name', () => {
    const d = baseDesign();
    expect(found(patch(d.p, d.view, { name: ' events_mv' }), 'name.whitespace')).toHaveLength(1);
    expect(found(d.p, 'name.whitespace')).toEqual([]);
  });

  it('kafka.brokers.blankEntry: a stray comma in the broker list', () => {
    const d = baseDesign();
    expect(found(patch(d.p, d.topic, { brokers: 'a:9092,,b:9092' }), 'kafka.brokers.blankEntry')).toHaveLength(1);
    expect(found(patch(d.p, d.topic, { brokers: 'a:9092, b:9092' }), 'kafka.brokers.blankEntry')).toEqual([]);
  });

  it('kafka.setting.fromField: connection settings belong in their fields', () => {
    const d = baseDesign();
    expect(found(patch(d.p, d.kafka, { settings: { kafka_format: "'CSV'" } }), 'kafka.setting.fromField')).toEqual([
      expect.objectContaining({ field: 'setting.kafka_format', severity: 'warning' }),
    ]);
  });

  it('kafka.setting.deadLetterQueue: the mode needs server support', () => {
    const d = baseDesign();
    expect(found(patch(d.p, d.kafka, { settings: { kafka_handle_error_mode: 'dead_letter_queue' } }), 'kafka.setting.deadLetterQueue')).toHaveLength(1);
    expect(found(patch(d.p, d.kafka, { settings: { kafka_handle_error_mode: 'stream' } }), 'kafka.setting.deadLetterQueue')).toEqual([]);
  });

  it('view.mapping.emptyTarget: a row must say which column it writes', () => {
    const d = baseDesign();
    const m = entity(d.p, d.view, 'materializedView').mappings[0]!;
    expect(found(updateMapping(d.p, d.view, m.id, { target: '' }), 'view.mapping.emptyTarget')).toEqual([
      expect.objectContaining({ field: `mapping.${m.id}.target` }),
    ]);
  });

  it('mergeTree.setting.emptyValue: a known setting without a value', () => {
    const d = baseDesign();
    expect(found(patch(d.p, d.table, { settings: [{ name: 'index_granularity', value: ' ' }] }), 'mergeTree.setting.emptyValue')).toHaveLength(1);
  });

  it('mergeTree.engine.param.notStored: engine columns must be stored', () => {
    const d = baseDesign();
    const p = addColumn(d.p, d.table, { name: 'v', type: 'UInt64', defaultKind: 'ALIAS', defaultExpr: 'id' });
    const table = entity(p, d.table, 'mergeTree');
    const broken = patch(p, d.table, { engine: { ...table.engine, family: 'ReplacingMergeTree', params: { ver: 'v' } } });
    expect(found(broken, 'mergeTree.engine.param.notStored')).toEqual([expect.objectContaining({ field: 'engine.ver' })]);
    const stored = updateColumn(broken, d.table, columnNamed(broken, d.table, 'v').id, { defaultKind: 'DEFAULT' });
    expect(found(stored, 'mergeTree.engine.param.notStored')).toEqual([]);
  });

  it('column.type.invalid: unquoted time zones are refused by the type model', () => {
    const d = baseDesign();
    const ts = columnNamed(d.p, d.table, 'ts');
    expect(found(updateColumn(d.p, d.table, ts.id, { type: 'DateTime64(3, UTC)' }), 'column.type.invalid')).toHaveLength(1);
    expect(found(updateColumn(d.p, d.table, ts.id, { type: "DateTime64(3, 'UTC')" }), 'column.type.invalid')).toEqual([]);
  });

  it('mergeTree.key.type: aggregate states cannot be sorted', () => {
    const d = baseDesign();
    const p = addColumn(d.p, d.table, { name: 'agg', type: 'AggregateFunction(sum, UInt64)' });
    expect(found(patch(p, d.table, { orderBy: '(id, agg)' }), 'mergeTree.key.type')).toHaveLength(1);
  });
});
