import { describe, expect, it } from 'vitest';
import { col, kafka, link, mergeTree, pipeline, topic, view } from '../../test/pipelines';
import { statementOrder } from './shape';

const names = (p: ReturnType<typeof pipeline>) => statementOrder(p).map((e) => e.name);

describe('statementOrder', () => {
  it('puts tables before views and leaves topics out', () => {
    const p = pipeline(
      [view('v', 'a_mv', ['x']), mergeTree('m', 'b_target', [col('x')]), topic('t', 'events'), kafka('k', 'c_queue', [col('x')])],
      [link('t', 'k'), link('k', 'v'), link('v', 'm')],
    );
    expect(names(p)).toEqual(['c_queue', 'b_target', 'a_mv']);
  });

  it('orders a chain upstream first even when names sort the other way', () => {
    // queue → z_first → raw → a_second → rollup → m_third → final
    const p = pipeline(
      [
        view('v3', 'm_third', ['x']),
        view('v2', 'a_second', ['x']),
        view('v1', 'z_first', ['x']),
        kafka('k', 'queue', [col('x')]),
        mergeTree('raw', 'raw', [col('x')]),
        mergeTree('roll', 'rollup', [col('x')]),
        mergeTree('fin', 'final', [col('x')]),
      ],
      [link('k', 'v1'), link('v1', 'raw'), link('raw', 'v2'), link('v2', 'roll'), link('roll', 'v3'), link('v3', 'fin')],
    );
    expect(names(p).slice(-3)).toEqual(['z_first', 'a_second', 'm_third']);
  });

  it('orders fan-out siblings by database, then name, then id', () => {
    const p = pipeline(
      [
        kafka('k', 'queue', [col('x')]),
        view('v3', 'b_mv', ['x']),
        view('v2', 'a_mv', ['x'], { database: 'zz' }),
        view('v1', 'b_mv', ['x'], { database: 'default' }),
        view('v0', 'c_mv', ['x']),
      ],
      [link('k', 'v0'), link('k', 'v1'), link('k', 'v2'), link('k', 'v3')],
    );
    expect(statementOrder(p).map((e) => e.id)).toEqual(['k', 'v1', 'v3', 'v0', 'v2']);
  });

  it('sorts tables by kind (Kafka first), database and name', () => {
    const p = pipeline([
      mergeTree('m2', 'b', [col('x')]),
      mergeTree('m1', 'a', [col('x')], { database: 'z' }),
      kafka('k2', 'b', [col('x')]),
      kafka('k1', 'c', [col('x')], { database: 'a' }),
    ]);
    expect(statementOrder(p).map((e) => e.id)).toEqual(['k1', 'k2', 'm2', 'm1']);
  });

  it('terminates on a loop a hand-edited file could contain', () => {
    const p = pipeline(
      [view('v1', 'one', ['x']), view('v2', 'two', ['x']), mergeTree('a', 'a', [col('x')]), mergeTree('b', 'b', [col('x')])],
      [link('a', 'v1'), link('v1', 'b'), link('b', 'v2'), link('v2', 'a')],
    );
    expect(names(p).sort()).toEqual(['a', 'b', 'one', 'two']);
  });
});
