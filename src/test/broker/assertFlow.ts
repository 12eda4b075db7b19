// The assertions every end-to-end run makes: each target fed by a view and each
// Kafka table read directly holds exactly the independently computed rows,
// types included, and no expectation is empty (an empty one would prove nothing).
import { expect } from 'vitest';
import type { Entity } from '../../core/model/types';
import type { FlowResult } from './flow';

function label(e: Entity | undefined): string {
  return e ? `${e.database}.${e.name}` : '(unknown)';
}

export function assertFlow(r: FlowResult, allowEmpty: readonly string[] = []): void {
  const byId = new Map(r.pipeline.entities.map((e) => [e.id, e]));
  expect(r.expected.targets.size + r.expected.direct.size, 'something to consume').toBeGreaterThan(0);
  const groups = [
    ['target', r.expected.targets, r.actual.targets],
    ['direct read of', r.expected.direct, r.actual.direct],
  ] as const;
  for (const [what, expected, actual] of groups) {
    for (const [id, rows] of expected) {
      const name = label(byId.get(id));
      if (!allowEmpty.includes(byId.get(id)?.name ?? '')) expect(rows.rows.length, `expected rows for ${name}`).toBeGreaterThan(0);
      expect(actual.get(id), `${what} ${name}\n${r.report}`).toEqual(rows);
    }
  }
  expect(r.ms, `every row arrived\n${r.report}`).not.toBeNaN();
}
