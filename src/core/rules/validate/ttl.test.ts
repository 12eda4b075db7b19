import { describe, expect, it } from 'vitest';
import { addColumn, updateColumn } from '../../model/operations';
import { baseDesign, columnNamed, found, patch } from './testDesign';

describe('TTL', () => {
  it('a Date/DateTime expression from a column passes', () => {
    const d = baseDesign();
    for (const ttl of ['ts + INTERVAL 30 DAY', 'toDate(ts) + toIntervalDay(7) DELETE', 'ts + INTERVAL 1 DAY, ts + INTERVAL 1 YEAR DELETE WHERE id > 10'])
      expect(found(patch(d.p, d.table, { ttl }), 'mergeTree.ttl.type'), ttl).toEqual([]);
  });

  it('a non-date expression, a Nullable one, and one without columns are errors on the TTL field', () => {
    const d = baseDesign();
    expect(found(patch(d.p, d.table, { ttl: 'id + 1' }), 'mergeTree.ttl.type')).toEqual([expect.objectContaining({ field: 'ttl', severity: 'error' })]);
    const nullable = updateColumn(d.p, d.table, columnNamed(d.p, d.table, 'ts').id, { type: 'Nullable(DateTime)' });
    expect(found(patch(nullable, d.table, { ttl: 'ts + INTERVAL 1 DAY' }), 'mergeTree.ttl.nullable')).toHaveLength(1);
    expect(found(patch(d.p, d.table, { ttl: 'now() - INTERVAL 1 DAY' }), 'mergeTree.ttl.noColumn')).toHaveLength(1);
  });

  it('TTL moving data to a disk or volume warns about the storage policy', () => {
    const d = baseDesign();
    expect(found(patch(d.p, d.table, { ttl: "ts + INTERVAL 1 DAY TO VOLUME 'cold'" }), 'mergeTree.ttl.storage')).toHaveLength(1);
  });

  it('a column TTL on a key column is an error; elsewhere it is type-checked', () => {
    const d = baseDesign();
    let p = patch(d.p, d.table, { orderBy: '(id, ts)' });
    const ts = columnNamed(p, d.table, 'ts');
    p = updateColumn(p, d.table, ts.id, { ttl: 'ts + INTERVAL 1 DAY' });
    expect(found(p, 'column.ttl.keyColumn')).toEqual([expect.objectContaining({ field: `columns.${ts.id}.ttl` })]);
    p = addColumn(p, d.table, { name: 'note', type: 'String', ttl: 'ts + INTERVAL 1 DAY' });
    expect(found(p, 'column.ttl.type')).toEqual([]);
    p = updateColumn(p, d.table, columnNamed(p, d.table, 'note').id, { ttl: 'id' });
    expect(found(p, 'column.ttl.type')).toHaveLength(1);
  });

  it('a column TTL on a Kafka table is an error', () => {
    const d = baseDesign();
    const p = updateColumn(d.p, d.kafka, columnNamed(d.p, d.kafka, 'ts').id, { ttl: 'ts + INTERVAL 1 DAY' });
    expect(found(p, 'kafka.column.ttl')).toHaveLength(1);
  });
});
