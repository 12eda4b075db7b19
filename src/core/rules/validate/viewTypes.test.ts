import { describe, expect, it } from 'vitest';
import { addColumn, addMapping, updateColumn, updateMapping } from '../../model/operations';
import { validate } from '../validate';
import { baseDesign, columnNamed, entity, found, patch } from './testDesign';

function mapping(p: ReturnType<typeof baseDesign>['p'], viewId: string, target: string) {
  return entity(p, viewId, 'materializedView').mappings.find((m) => m.target === target)!;
}

describe('view expression vs target column types', () => {
  it('the base design has no type problems', () => {
    expect(validate(baseDesign().p).filter((d) => d.code.startsWith('view.type.'))).toEqual([]);
  });

  it('narrowing UInt64 into UInt8 is a warning on the view expression and on the target column type', () => {
    const d = baseDesign();
    const col = columnNamed(d.p, d.table, 'id');
    const p = updateColumn(d.p, d.table, col.id, { type: 'UInt8' });
    const m = mapping(p, d.view, 'id');
    const list = found(p, 'view.type.narrowing');
    expect(list).toHaveLength(2);
    expect(list).toEqual(expect.arrayContaining([
      expect.objectContaining({ entityId: d.view, field: `mapping.${m.id}.expr`, severity: 'warning' }),
      expect.objectContaining({ entityId: d.table, field: `columns.${col.id}.type`, severity: 'warning' }),
    ]));
    expect(list[0]!.message).toMatch(/wrap/);
    expect(found(updateColumn(p, d.table, col.id, { type: 'UInt64' }), 'view.type.narrowing')).toEqual([]);
  });

  it('String into a number or date is a parse warning; Nullable into non-Nullable is a warning', () => {
    const d = baseDesign();
    const nameCol = columnNamed(d.p, d.table, 'name');
    expect(found(updateColumn(d.p, d.table, nameCol.id, { type: 'UInt32' }), 'view.type.parse')).toHaveLength(2);
    const m = mapping(d.p, d.view, 'ts');
    const p = updateMapping(d.p, d.view, m.id, { expr: '_timestamp' });
    expect(found(p, 'view.type.nullable')).toHaveLength(2);
    expect(found(updateMapping(p, d.view, m.id, { expr: 'ifNull(_timestamp, now())' }), 'view.type.nullable')).toEqual([]);
  });

  it('a conversion ClickHouse refuses (number into Array) is an error', () => {
    const d = baseDesign();
    const col = columnNamed(d.p, d.table, 'name');
    const p = updateColumn(d.p, d.table, col.id, { type: 'Array(String)' });
    const m = mapping(p, d.view, 'name');
    const moved = updateMapping(p, d.view, m.id, { expr: 'id' });
    const list = found(moved, 'view.type.incompatible');
    expect(list.map((x) => [x.entityId, x.severity]).sort()).toEqual([[d.view, 'error'], [d.table, 'error']].sort());
  });

  it('-State into AggregateFunction: a plain value, or a state of another argument type, is an error', () => {
    let { p, view, table } = baseDesign();
    p = patch(p, table, { engine: { family: 'AggregatingMergeTree', replicated: false, zooPath: '', replicaName: '', params: {} } });
    p = addColumn(p, table, { name: 'users', type: 'AggregateFunction(uniq, UInt32)' });
    p = addMapping(p, view, 'users', 'uniq(id)');
    expect(found(p, 'view.type.missingState')).toHaveLength(2);
    const m = mapping(p, view, 'users');
    p = updateMapping(p, view, m.id, { expr: 'uniqState(id)' });
    const [e] = found(p, 'view.type.stateMismatch');
    expect(e!.message).toContain('AggregateFunction(uniq, UInt64)');
    const col = columnNamed(p, table, 'users');
    expect(found(updateColumn(p, table, col.id, { type: 'AggregateFunction(uniq, UInt64)' }), 'view.type.stateMismatch')).toEqual([]);
    // A plain column reference into an AggregateFunction column: the same slip.
    expect(found(updateMapping(p, view, m.id, { expr: 'id' }), 'view.type.missingState')).toHaveLength(2);
  });

  it('expressions of unknown type are not checked', () => {
    const d = baseDesign();
    const col = columnNamed(d.p, d.table, 'id');
    const p = updateColumn(d.p, d.table, col.id, { type: 'UInt8' });
    const m = mapping(p, d.view, 'id');
    expect(validate(updateMapping(p, d.view, m.id, { expr: 'id * 2' })).filter((x) => x.code.startsWith('view.type.'))).toEqual([]);
  });
});
