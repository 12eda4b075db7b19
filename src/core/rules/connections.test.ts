import { describe, expect, it } from 'vitest';
import { addEntity, connect } from '../model/operations';
import { emptyPipeline, type NodeKind, type Pipeline } from '../model/types';
import { canConnect, linkChecker } from './connections';

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

describe('linkChecker', () => {
  // Random designs with any links at all (duplicates, self-links, loops, fan-in), as a
  // hand-edited file may hold: every verdict must be canConnect's with the link left out.
  function randomDesign(seed: number, duplicateIds: boolean): Pipeline {
    let state = seed;
    const rand = (n: number) => {
      state = (state * 1103515245 + 12345) % 2 ** 31;
      return (state >>> 12) % n;
    };
    const { p, ids } = withNodes(...Array.from({ length: 3 + rand(10) }, () => KINDS[rand(4)]!));
    const links = Array.from({ length: rand(16) }, (_, i) => ({
      id: duplicateIds && i % 3 === 0 ? 'same' : `l${i}`,
      source: ids[rand(ids.length)]!,
      target: ids[rand(ids.length)]!,
    }));
    return { ...p, links };
  }

  it('gives canConnect’s verdict for every link of 600 random designs', () => {
    const reasons = new Set<string>();
    for (let seed = 1; seed <= 600; seed++) {
      const p = randomDesign(seed, seed % 5 === 0);
      const check = linkChecker(p);
      for (const l of p.links) {
        const expected = canConnect(p, l.source, l.target, l.id);
        expect(check(l), `seed ${seed} link ${l.id}`).toEqual(expected);
        if (!expected.ok) reasons.add(expected.reason.replace(/(Kafka table|View) \S+/, '$1'));
      }
    }
    // The designs run into every rule: kinds, self, duplicate, one input, one target, loop.
    for (const words of ['itself', 'already connected', 'one topic per', 'exactly one table', 'TO target', 'loop', 'can only connect'])
      expect([...reasons].some((r) => r.includes(words)), words).toBe(true);
  });

  it('finds a loop through several views and tables', () => {
    const { p, ids } = withNodes('materializedView', 'mergeTree', 'materializedView', 'mergeTree');
    const [v1, t1, v2, t2] = ids as [string, string, string, string];
    const loop = { ...p, links: [
      { id: 'a', source: v1, target: t1 },
      { id: 'b', source: t1, target: v2 },
      { id: 'c', source: v2, target: t2 },
      { id: 'd', source: t2, target: v1 },
    ] };
    const check = linkChecker(loop);
    expect(loop.links.map((l) => check(l).ok)).toEqual([false, false, false, false]);
    expect(check(loop.links[0]!)).toEqual({ ok: false, reason: expect.stringContaining('loop') });
  });
});
