import { describe, expect, it } from 'vitest';
import { addEntity, connect } from '../model/operations';
import { emptyPipeline, type NodeKind, type Pipeline } from '../model/types';
import { canConnect } from './connections';

function withNodes(...kinds: NodeKind[]): { p: Pipeline; ids: string[] } {
  let p = emptyPipeline();
  const ids: string[] = [];
  for (const k of kinds) {
    const r = addEntity(p, k, { x: 0, y: 0 });
    p = r.pipeline;
    ids.push(r.id);
  }
  return { p, ids };
}

const KINDS: NodeKind[] = ['kafkaTopic', 'kafkaTable', 'materializedView', 'mergeTree'];
const ALLOWED = new Set(['kafkaTopic>kafkaTable', 'kafkaTable>materializedView', 'materializedView>mergeTree', 'mergeTree>materializedView']);

describe('canConnect', () => {
  it('allows exactly the four pipeline edges between fresh nodes', () => {
    for (const a of KINDS)
      for (const b of KINDS) {
        const { p, ids } = withNodes(a, b);
        const r = canConnect(p, ids[0]!, ids[1]!);
        expect(r.ok, `${a} → ${b}`).toBe(ALLOWED.has(`${a}>${b}`));
        if (!r.ok) expect(r.reason.length).toBeGreaterThan(20);
      }
  });

  it('explains why a topic cannot feed a view directly', () => {
    const { p, ids } = withNodes('kafkaTopic', 'materializedView');
    const r = canConnect(p, ids[0]!, ids[1]!);
    expect(r).toEqual({ ok: false, reason: expect.stringContaining('Kafka engine table') });
  });

  it('allows one topic per Kafka table', () => {
    const { p, ids } = withNodes('kafkaTopic', 'kafkaTopic', 'kafkaTable');
    const first = connect(p, ids[0]!, ids[2]!);
    expect(first.ok).toBe(true);
    const second = canConnect(first.pipeline, ids[1]!, ids[2]!);
    expect(second).toEqual({ ok: false, reason: expect.stringContaining('one topic per Kafka table') });
  });

  it('gives a view one source and one target, but lets a Kafka table feed several views', () => {
    const { p, ids } = withNodes('kafkaTable', 'kafkaTable', 'materializedView', 'materializedView', 'mergeTree', 'mergeTree');
    const [k1, k2, v1, v2, t1, t2] = ids as [string, string, string, string, string, string];
    let q = connect(p, k1, v1).pipeline;
    expect(canConnect(q, k2, v1).ok).toBe(false);
    expect(canConnect(q, k1, v2).ok).toBe(true);
    q = connect(q, k1, v2).pipeline;
    q = connect(q, v1, t1).pipeline;
    expect(canConnect(q, v1, t2)).toEqual({ ok: false, reason: expect.stringContaining('exactly one table') });
    expect(canConnect(q, k1, v1)).toEqual({ ok: false, reason: expect.stringContaining('already connected') });
  });

  it('refuses self links, unknown nodes and loops', () => {
    const { p, ids } = withNodes('mergeTree', 'materializedView');
    const [t, v] = ids as [string, string];
    expect(canConnect(p, t, t).ok).toBe(false);
    expect(canConnect(p, t, 'nope').ok).toBe(false);
    const q = connect(p, t, v).pipeline;
    expect(canConnect(q, v, t)).toEqual({ ok: false, reason: expect.stringContaining('loop') });
  });
});
