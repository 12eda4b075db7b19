// The option fields added after the first file version (column TTL, indexes, named
// collection) read with defaults from older files and survive save and open.
import { describe, expect, it } from 'vitest';
import { col, kafka, mergeTree, pipeline } from '../../test/pipelines';
import { parseDesign, serializeDesign } from './designFile';
import type { KafkaTable, MergeTreeTable } from '../model/types';

describe('option fields in design files', () => {
  it('fills defaults when a file leaves them out', () => {
    const q = kafka('q', 'queue', [col('id', 'UInt64')]);
    const t = mergeTree('t', 'store', [col('id', 'UInt64')]);
    const doc = JSON.parse(serializeDesign(pipeline([q, t])));
    for (const e of doc.pipeline.entities) {
      delete e.namedCollection;
      delete e.indexes;
      for (const c of e.columns ?? []) delete c.ttl;
    }
    const r = parseDesign(JSON.stringify(doc));
    if (!r.ok) throw new Error(r.error);
    const [rq, rt] = r.pipeline.entities as [KafkaTable, MergeTreeTable];
    expect(rq.namedCollection).toBe('');
    expect(rt.indexes).toEqual([]);
    expect(rt.columns[0]!.ttl).toBe('');
  });

  it('keeps set values through save and open', () => {
    const q = kafka('q', 'queue', [col('id', 'UInt64')], { namedCollection: 'nc' });
    const t = mergeTree('t', 'store', [col('id', 'UInt64', { ttl: 'ts + INTERVAL 1 DAY' })], {
      indexes: [{ id: 'i1', name: 'idx', expr: 'id', type: 'set(10)', granularity: '2' }],
    });
    const r = parseDesign(serializeDesign(pipeline([q, t])));
    if (!r.ok) throw new Error(r.error);
    const [rq, rt] = r.pipeline.entities as [KafkaTable, MergeTreeTable];
    expect(rq.namedCollection).toBe('nc');
    expect(rt.columns[0]!.ttl).toBe('ts + INTERVAL 1 DAY');
    expect(rt.indexes).toEqual([{ id: 'i1', name: 'idx', expr: 'id', type: 'set(10)', granularity: '2' }]);
  });

  it('refuses an index without a name with a path', () => {
    const t = mergeTree('t', 'store', [col('id', 'UInt64')]);
    const doc = JSON.parse(serializeDesign(pipeline([t])));
    doc.pipeline.entities[0].indexes = [{ expr: 'id' }];
    const r = parseDesign(JSON.stringify(doc));
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.error).toContain('indexes[0].name');
  });
});
