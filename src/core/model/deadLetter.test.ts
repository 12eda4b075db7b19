import { afterEach, describe, expect, it } from 'vitest';
import { closeNamespace, runInFreshNamespace } from '../../test/chdb';
import { col, kafka, link, mergeTree, pipeline, view } from '../../test/pipelines';
import { generateSql } from '../sql/generate';
import { addDeadLetter, BAD_ROWS, GOOD_ROWS, hasDeadLetter, withGoodRowsFilter } from './deadLetter';
import { viewTarget } from './query';
import type { MaterializedView, MergeTreeTable, Pipeline } from './types';

function design(settings: Record<string, string> = { kafka_handle_error_mode: 'stream' }, where = 'amount > 0'): Pipeline {
  const q = kafka('q', 'events_queue', [col('id', 'UInt64'), col('amount', 'Float64')], { settings });
  const v = view('v', 'events_mv', ['id', 'amount'], { where });
  const t = mergeTree('t', 'events', [col('id', 'UInt64'), col('amount', 'Float64')]);
  return pipeline([q, v, t], [link('q', 'v'), link('v', 't')]);
}

const entity = <T>(p: Pipeline, id: string) => p.entities.find((e) => e.id === id) as T;

describe('withGoodRowsFilter', () => {
  it('adds the filter, AND-s it after an existing condition, and never twice', () => {
    expect(withGoodRowsFilter('')).toBe(GOOD_ROWS);
    expect(withGoodRowsFilter('a = 1 OR b = 2')).toBe(`(a = 1 OR b = 2) AND ${GOOD_ROWS}`);
    expect(withGoodRowsFilter(`x AND ${GOOD_ROWS}`)).toBe(`x AND ${GOOD_ROWS}`);
  });
});

describe('addDeadLetter', () => {
  it('adds an errors view and table with the virtual columns’ types and filters the main view', () => {
    const r = addDeadLetter(design(), 'q');
    if (!r.ok) throw new Error(r.reason);
    const errView = entity<MaterializedView>(r.pipeline, r.viewId);
    const errTable = entity<MergeTreeTable>(r.pipeline, r.tableId);
    expect(errView.name).toBe('events_queue_errors_mv');
    expect(errView.where).toBe(BAD_ROWS);
    expect(errView.mappings.map((m) => [m.target, m.expr])).toEqual([
      ['kafka_topic', '_topic'],
      ['kafka_partition', '_partition'],
      ['kafka_offset', '_offset'],
      ['raw_message', '_raw_message'],
      ['error', '_error'],
    ]);
    expect(errTable.columns.map((c) => [c.name, c.type])).toEqual([
      ['kafka_topic', 'LowCardinality(String)'],
      ['kafka_partition', 'UInt64'],
      ['kafka_offset', 'UInt64'],
      ['raw_message', 'String'],
      ['error', 'String'],
    ]);
    expect(viewTarget(r.pipeline, r.viewId)?.id).toBe(r.tableId);
    expect(entity<MaterializedView>(r.pipeline, 'v').where).toBe(`(amount > 0) AND ${GOOD_ROWS}`);
    expect(hasDeadLetter(r.pipeline, 'q')).toBe(true);
  });

  it('switches a table without a mode to stream, refuses dead_letter_queue and a second run', () => {
    const r = addDeadLetter(design({}), 'q');
    expect(r.ok && entity<{ settings: Record<string, string> }>(r.pipeline, 'q').settings['kafka_handle_error_mode']).toBe('stream');
    expect(addDeadLetter(design({ kafka_handle_error_mode: 'dead_letter_queue' }), 'q').ok).toBe(false);
    const again = addDeadLetter(r.pipeline, 'q');
    expect(again.ok).toBe(false);
    expect(again.pipeline).toBe(r.pipeline);
    expect(addDeadLetter(design(), 'v').ok).toBe(false);
  });

  it('picks free names', () => {
    const p = design();
    p.entities.push(mergeTree('x', 'events_queue_errors', [col('a', 'UInt8')]));
    const r = addDeadLetter(p, 'q');
    expect(r.ok && entity<MergeTreeTable>(r.pipeline, r.tableId).name).toBe('events_queue_errors_2');
  });
});

describe('dead-letter design on chdb', () => {
  afterEach(() => closeNamespace());

  it('every statement is accepted, and the views keep their filters', () => {
    const r = addDeadLetter(design(), 'q');
    if (!r.ok) throw new Error(r.reason);
    const script = generateSql(r.pipeline);
    const { ns, results } = runInFreshNamespace(script.statements.filter((s) => s.runnable !== false).map((s) => s.text));
    for (const x of results) expect(x.error, x.sql).toBe('');
    const q = (name: string) =>
      ns.rows<{ q: string }>(`SELECT create_table_query AS q FROM system.tables WHERE database = 'default' AND name = '${name}'`)[0]!.q;
    expect(q('events_queue_errors_mv')).toContain('WHERE length(_error) > 0');
    expect(q('events_mv')).toContain('WHERE (amount > 0) AND (length(_error) = 0)');
    const cols = ns.rows<{ name: string; type: string }>(
      `SELECT name, type FROM system.columns WHERE database = 'default' AND table = 'events_queue_errors' ORDER BY position`,
    );
    expect(cols.map((c) => c.type)).toEqual(['LowCardinality(String)', 'UInt64', 'UInt64', 'String', 'String']);
    ns.close();
  });
});
