// Timing helpers shared by the node benchmarks (sql, validate).
import { performance } from 'node:perf_hooks';
import type { Pipeline } from '../src/core/model/types';

// Present when node runs with --expose-gc (as `npm run bench` does).
const collectGarbage = (globalThis as { gc?: () => void }).gc;

export function percentile(sorted: number[], p: number): number {
  return sorted[Math.min(sorted.length - 1, Math.floor(p * sorted.length))]!;
}

export interface Stats {
  median: number;
  p95: number;
}

/** Times `run` on inputs made by `prepare` (outside the timing), after a warm-up. */
export function measure<T>(runs: number, prepare: (i: number) => T, run: (x: T) => void): Stats {
  for (let i = 0; i < Math.max(50, runs / 4); i++) run(prepare(i)); // warm-up (JIT)
  const times: number[] = [];
  for (let i = 0; i < runs; i++) {
    const x = prepare(i);
    // Collect the garbage `prepare` made, so a pause it caused is not billed to the code under test.
    collectGarbage?.();
    const t0 = performance.now();
    run(x);
    times.push(performance.now() - t0);
  }
  times.sort((a, b) => a - b);
  return { median: percentile(times, 0.5), p95: percentile(times, 0.95) };
}

/** The design with one entity replaced by an edited copy (entity `i * 7` in turn), as the store makes an edit. */
export function editOne(p: Pipeline, i: number): Pipeline {
  const at = (i * 7) % p.entities.length;
  const entities = p.entities.slice();
  entities[at] = { ...entities[at]!, comment: `edit ${i}` };
  return { ...p, entities };
}

/** Counts of topics/Kafka tables/views/tables, for the report. */
export function kindMix(p: Pipeline): string {
  const kinds = p.entities.reduce<Record<string, number>>((acc, e) => ({ ...acc, [e.kind]: (acc[e.kind] ?? 0) + 1 }), {});
  return `${kinds.kafkaTopic}/${kinds.kafkaTable}/${kinds.materializedView}/${kinds.mergeTree}`;
}
