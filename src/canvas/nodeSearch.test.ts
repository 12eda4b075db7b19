import { describe, expect, it } from 'vitest';
import { design } from '../../bench/design';
import { col, kafka, mergeTree, pipeline, topic } from '../test/pipelines';
import { designBounds, fitTarget, READABLE_ZOOM } from './fit';
import { searchNodes } from './nodeSearch';

describe('searchNodes', () => {
  const p = pipeline([
    topic('t', 'orders'),
    kafka('k', 'orders_queue', [col('id')], { database: 'ingest' }),
    mergeTree('m', 'all_orders', [col('id')], { database: 'shop' }),
    mergeTree('x', 'clicks', [col('id')], { database: 'orders_db' }),
  ]);

  it('ranks names that start with the query first, then names containing it, then database matches', () => {
    expect(searchNodes(p, 'ORDERS').map((h) => h.id)).toEqual(['t', 'k', 'm', 'x']);
    expect(searchNodes(p, 'queue')).toEqual([{ id: 'k', name: 'orders_queue', detail: 'ingest · Kafka engine table' }]);
  });

  it('finds nothing for a blank query or a name nobody has, and honours the limit', () => {
    expect(searchNodes(p, '   ')).toEqual([]);
    expect(searchNodes(p, 'zzz')).toEqual([]);
    expect(searchNodes(p, 'o', 2)).toHaveLength(2);
  });
});

describe('fit target', () => {
  const p = design(500);

  it('frames the whole design while it is readable, else the pipeline around the selection or the first one', () => {
    expect(fitTarget(p, null, READABLE_ZOOM)).toBeNull();
    expect(fitTarget(p, 'm7', 0.1)!.sort()).toEqual(['k7', 'm7', 't7', 'v7']);
    // Every entity of the generated design sits at 0,0: the first in design order wins.
    expect(fitTarget(p, null, 0.1)!.sort()).toEqual(['k0', 'm0', 't0', 'v0']);
    expect(fitTarget(pipeline([]), null, 0.1)).toBeNull();
  });

  it('measures the design from positions and sizes, preferring measured ones', () => {
    const two = pipeline([{ ...topic('a', 'a'), position: { x: -100, y: 50 } }, { ...topic('b', 'b'), position: { x: 400, y: 300 } }]);
    expect(designBounds(two, new Map([['b', { width: 100, height: 40 }]]))).toEqual({ x: -100, y: 50, width: 600, height: 290 });
  });
});
