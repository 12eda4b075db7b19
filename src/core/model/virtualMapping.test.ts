import { describe, expect, it } from 'vitest';
import { col, kafka, link, mergeTree, pipeline, view } from '../../test/pipelines';
import { addVirtualMapping, viewVirtualColumns, virtualTargetName } from './virtualMapping';
import type { MaterializedView } from './types';

function design(mode?: string) {
  const q = kafka('q', 'queue', [col('id', 'UInt64')], { settings: mode ? { kafka_handle_error_mode: mode } : {} });
  const v = view('v', 'mv', ['id', ['kafka_offset', 'kafka_offset']]);
  const t = mergeTree('t', 'store', [col('id', 'UInt64'), col('kafka_offset', 'UInt64')]);
  return pipeline([q, v, t], [link('q', 'v'), link('v', 't')]);
}

describe('virtual column mapping', () => {
  it('offers _raw_message and _error only in stream mode', () => {
    expect(viewVirtualColumns(design(), 'v').map((x) => x.name)).not.toContain('_error');
    expect(viewVirtualColumns(design('stream'), 'v').map((x) => x.name)).toContain('_error');
    expect(addVirtualMapping(design(), 'v', '_error')).toBeUndefined();
  });

  it('adds a row and reports the target column to create with the exact type', () => {
    const r = addVirtualMapping(design(), 'v', '_timestamp_ms')!;
    const v = r.pipeline.entities.find((e) => e.id === 'v') as MaterializedView;
    expect(v.mappings.at(-1)).toMatchObject({ target: 'kafka_timestamp_ms', expr: '_timestamp_ms' });
    expect(r.missing).toEqual({ targetId: 't', name: 'kafka_timestamp_ms', type: 'Nullable(DateTime64(3))' });
    expect(virtualTargetName('_headers.value')).toBe('kafka_header_values');
  });

  it('reuses the row of an existing target column and asks for nothing', () => {
    const r = addVirtualMapping(design(), 'v', '_offset')!;
    const v = r.pipeline.entities.find((e) => e.id === 'v') as MaterializedView;
    expect(v.mappings.map((m) => [m.target, m.expr])).toEqual([
      ['id', 'id'],
      ['kafka_offset', '_offset'],
    ]);
    expect(r.missing).toBeUndefined();
  });
});
