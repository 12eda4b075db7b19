import { describe, expect, it } from 'vitest';
import { addColumn, updateColumn } from '../../model/operations';
import { baseDesign, columnNamed, found, patch } from './testDesign';

describe('entity names', () => {
  it('an empty name is an error on the name field; naming it fixes it', () => {
    const d = baseDesign();
    const broken = patch(d.p, d.table, { name: '' });
    expect(found(broken, 'name.empty')).toEqual([expect.objectContaining({ entityId: d.table, field: 'name', severity: 'error' })]);
    expect(found(patch(broken, d.table, { name: 'events_store' }), 'name.empty')).toEqual([]);
  });

  it('an empty database is an error on the database field', () => {
    const d = baseDesign();
    const broken = patch(d.p, d.view, { database: ' ' });
    expect(found(broken, 'database.empty')).toEqual([expect.objectContaining({ entityId: d.view, field: 'database' })]);
    expect(found(patch(broken, d.view, { database: 'analytics' }), 'database.empty')).toEqual([]);
  });

  it('two DDL nodes with one qualified name are both flagged, whatever their kinds', () => {
    const d = baseDesign();
    const broken = patch(d.p, d.view, { name: 'events_store' });
    const dup = found(broken, 'name.duplicate');
    expect(dup.map((x) => x.entityId).sort()).toEqual([d.view, d.table].sort());
    expect(dup.every((x) => x.severity === 'error' && x.field === 'name')).toBe(true);
    // Another database is another namespace.
    expect(found(patch(broken, d.view, { database: 'other' }), 'name.duplicate')).toEqual([]);
  });

  it('names are case-sensitive, so Events and events do not clash', () => {
    const d = baseDesign();
    expect(found(patch(d.p, d.view, { name: 'Events_Store' }), 'name.duplicate')).toEqual([]);
  });

  it('a topic shares no namespace and its name is only a label', () => {
    const d = baseDesign();
    const p = patch(d.p, d.topic, { name: 'events_store' });
    expect(found(p, 'name.duplicate')).toEqual([]);
    expect(found(patch(d.p, d.topic, { name: 'my topic!' }), 'name.needsQuoting')).toEqual([]);
    expect(found(patch(d.p, d.topic, { name: '' }), 'name.empty')).toEqual([]);
  });

  it('a name that needs backquotes is a warning quoting the name as it will be written', () => {
    const d = baseDesign();
    const broken = patch(d.p, d.table, { name: 'my-name' });
    const [w] = found(broken, 'name.needsQuoting');
    expect(w).toMatchObject({ severity: 'warning', field: 'name', entityId: d.table });
    expect(w!.message).toContain('`my-name`');
    expect(found(patch(d.p, d.table, { name: 'my_name' }), 'name.needsQuoting')).toEqual([]);
  });

  it('hazard words from the lexicon need quoting too, in any case', () => {
    const d = baseDesign();
    expect(found(patch(d.p, d.table, { name: 'Index' }), 'name.needsQuoting')).toHaveLength(1);
    expect(found(patch(d.p, d.table, { name: 'order' }), 'name.needsQuoting')).toEqual([]);
  });

  it('a digit-leading database needs quoting', () => {
    const d = baseDesign();
    expect(found(patch(d.p, d.table, { database: '1db' }), 'database.needsQuoting')).toHaveLength(1);
  });

  it('Aiven-reserved databases are flagged for tables and views but not Kafka tables', () => {
    const d = baseDesign();
    let p = patch(d.p, d.kafka, { database: 'service_kaf' });
    expect(found(p, 'database.reserved')).toEqual([]);
    p = patch(p, d.table, { database: 'aiven_stuff' });
    p = patch(p, d.view, { database: 'endpoint_x' });
    expect(found(p, 'database.reserved').map((x) => x.entityId).sort()).toEqual([d.table, d.view].sort());
    expect(found(patch(p, d.table, { database: 'default' }), 'database.reserved').map((x) => x.entityId)).toEqual([d.view]);
  });
});

describe('column names and types', () => {
  it('an empty column name is an error on that column', () => {
    const d = baseDesign();
    const col = columnNamed(d.p, d.table, 'name');
    const broken = updateColumn(d.p, d.table, col.id, { name: '' });
    expect(found(broken, 'column.name.empty')).toEqual([expect.objectContaining({ entityId: d.table, field: `columns.${col.id}.name` })]);
  });

  it('a duplicate column name flags every copy; renaming one fixes it', () => {
    const d = baseDesign();
    const broken = addColumn(d.p, d.kafka, { name: 'id', type: 'String' });
    const dup = found(broken, 'column.name.duplicate');
    expect(dup).toHaveLength(2);
    expect(new Set(dup.map((x) => x.field)).size).toBe(2);
    const second = dup[1]!.field!.split('.')[1]!;
    expect(found(updateColumn(broken, d.kafka, second, { name: 'id2' }), 'column.name.duplicate')).toEqual([]);
  });

  it('a column name needing quotes is a warning', () => {
    const d = baseDesign();
    const broken = addColumn(d.p, d.kafka, { name: 'user id', type: 'String' });
    expect(found(broken, 'column.name.needsQuoting')).toEqual([expect.objectContaining({ severity: 'warning' })]);
  });

  it('an empty or unknown type is an error on the type field', () => {
    const d = baseDesign();
    const col = columnNamed(d.p, d.table, 'name');
    for (const bad of ['', 'Strin', 'string', 'Array(Strin)', 'Array(String']) {
      const broken = updateColumn(d.p, d.table, col.id, { type: bad });
      expect(found(broken, 'column.type.invalid'), bad).toEqual([expect.objectContaining({ field: `columns.${col.id}.type` })]);
    }
    for (const good of ['LowCardinality(Nullable(String))', 'Tuple(a UInt8, b String)', 'BIGINT', "DateTime64(3, 'UTC')"])
      expect(found(updateColumn(d.p, d.table, col.id, { type: good }), 'column.type.invalid'), good).toEqual([]);
  });

  it('a DEFAULT column without an expression is an error', () => {
    const d = baseDesign();
    const col = columnNamed(d.p, d.table, 'name');
    const broken = updateColumn(d.p, d.table, col.id, { defaultKind: 'DEFAULT', defaultExpr: '' });
    expect(found(broken, 'column.defaultExpr.empty')).toHaveLength(1);
    expect(found(updateColumn(broken, d.table, col.id, { defaultExpr: "'x'" }), 'column.defaultExpr.empty')).toEqual([]);
  });
});
