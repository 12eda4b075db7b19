import { describe, expect, it } from 'vitest';
import { col, kafka, link, mergeTree, pipeline, view } from '../../../test/pipelines';
import { buildContext } from '../context';
import { skipReason } from '../skip';
import { emitMaterializedView, selectItem } from './materializedView';

describe('selectItem', () => {
  const source = ['x', 'my col', 'null'].map((name) => ({ name }));
  it.each([
    ['x', 'x', 'x'],
    [' x ', 'x', 'x'],
    ['x', 'y', 'x AS y'],
    ['x + 1', 'x', 'x + 1 AS x'],
    ['my col', 'my col', '`my col`'],
    ['`my col`', 'my col', '`my col`'],
    ['my col', 'other', '`my col` AS other'],
    ['null', 'null', '`null`'],
    ['toString(x)', 'it`s', 'toString(x) AS `it\\`s`'],
  ])('%j into %j → %s', (expr, target, sql) => {
    expect(selectItem(expr, target, source)).toBe(sql);
  });
});

describe('emitMaterializedView', () => {
  const k = kafka('k', 'queue', [col('x', 'UInt64'), col('y')], { database: 'service_kaf' });
  const d = mergeTree('d', 'destination', [col('x', 'UInt64'), col('y')]);

  it('writes the TO form with every output aliased to its target column', () => {
    const v = view('v', 'my_view', ['x', ['y', 'upper(y)']], { where: ' x > 0 ', groupBy: 'x, y', comment: 'note' });
    const p = pipeline([k, v, d], [link('k', 'v'), link('v', 'd')]);
    expect(emitMaterializedView(v, buildContext(p))).toBe(
      [
        'CREATE MATERIALIZED VIEW default.my_view TO default.destination',
        "COMMENT 'note'",
        'AS SELECT',
        '    x,',
        '    upper(y) AS y',
        'FROM service_kaf.queue',
        'WHERE x > 0',
        'GROUP BY x, y;',
      ].join('\n'),
    );
  });

  it('never writes ENGINE and puts ON CLUSTER before TO', () => {
    const v = view('v', 'my_view', ['x']);
    const sql = emitMaterializedView(v, buildContext(pipeline([k, v, d], [link('k', 'v'), link('v', 'd')], { cluster: 'c1' })));
    expect(sql.split('\n')[0]).toBe('CREATE MATERIALIZED VIEW default.my_view ON CLUSTER c1 TO default.destination');
    expect(sql).not.toContain('ENGINE');
  });

  it('explains why a view cannot be written', () => {
    const reason = (links: ReturnType<typeof link>[], v = view('v', 'mv', ['x']), target = d) =>
      skipReason(v, buildContext(pipeline([k, v, target], links)));
    expect(reason([link('v', 'd')])).toBe('it has no source table');
    expect(reason([link('k', 'v')])).toBe('it has no TO target');
    expect(reason([link('k', 'v'), link('v', 'd')], view('v', 'mv', [['x', ' '], ['', 'x']]))).toBe('it has no column mappings');
    // In SQL mode an empty query is what is missing, even when the grid's rows are still there.
    expect(reason([link('k', 'v'), link('v', 'd')], { ...view('v', 'mv', [['x', 'x']]), rawSelect: ' ' })).toBe('its query is empty');
    expect(reason([link('k', 'v'), link('v', 'd')], undefined, mergeTree('d', 'empty', []))).toBe(
      'its TO target default.empty is not created (it has no columns)',
    );
    expect(reason([link('k', 'v'), link('v', 'd')])).toBeUndefined();
  });
});
