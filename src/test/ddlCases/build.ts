// A terse way to write a ddl-case as a design, using the same operations the
// canvas uses. Kafka tables carry their own connection (no topic node), so a
// case can leave out any of the four connection settings.
import { addColumn, addEntity, connect, updateEntity, type EntityPatch } from '../../core/model/operations';
import { createMapping } from '../../core/model/kinds/materializedView';
import { emptyPipeline, type Column, type Pipeline } from '../../core/model/types';

/** `[name, type]` or `[name, type, { defaultKind, defaultExpr, codec, comment, ttl }]`. */
export type Col = readonly [string, string, Partial<Omit<Column, 'id' | 'name' | 'type'>>?];

const AT = { x: 0, y: 0 };
export const KAFKA_CONNECTION = { brokers: 'kafka:9092', topic: 'events', consumerGroup: 'ch_events', format: 'JSONEachRow' };

export class CaseBuilder {
  p: Pipeline = emptyPipeline();

  private table(kind: 'kafkaTable' | 'mergeTree', name: string, cols: readonly Col[], patch: EntityPatch): string {
    const added = addEntity(this.p, kind, AT, name);
    this.p = updateEntity(added.pipeline, added.id, patch);
    for (const [n, type, extra] of cols) this.p = addColumn(this.p, added.id, { ...extra, name: n, type });
    return added.id;
  }

  kafka(name: string, cols: readonly Col[], patch: EntityPatch = {}): string {
    return this.table('kafkaTable', name, cols, { ...KAFKA_CONNECTION, ...patch });
  }

  mergeTree(name: string, cols: readonly Col[], patch: EntityPatch = {}): string {
    return this.table('mergeTree', name, cols, patch);
  }

  /** A view from `source` into `target` (either may be omitted) writing `expr AS target` rows. */
  view(name: string, source: string | undefined, target: string | undefined, rows: readonly (readonly [string, string])[], patch: EntityPatch = {}): string {
    const added = addEntity(this.p, 'materializedView', AT, name);
    this.p = added.pipeline;
    if (source) this.link(source, added.id);
    if (target) this.link(added.id, target);
    this.p = updateEntity(this.p, added.id, { ...patch, mappings: rows.map(([t, e]) => createMapping(t, e)) });
    return added.id;
  }

  private link(a: string, b: string): void {
    const r = connect(this.p, a, b);
    if (!r.ok) throw new Error(`connection refused: ${r.reason}`);
    this.p = r.pipeline;
  }
}

/** Builds a one-off design. */
export function design(f: (b: CaseBuilder) => void): Pipeline {
  const b = new CaseBuilder();
  f(b);
  return b.p;
}

export const kafkaSettings = (settings: Record<string, string>, cols: readonly Col[] = [['id', 'UInt64']]) =>
  design((b) => b.kafka('q', cols, { settings }));

export const table = (cols: readonly Col[], patch: EntityPatch) => design((b) => b.mergeTree('t', cols, patch));

export const column = (name: string, type: string, extra: Col[2] = {}): Col => [name, type, extra];
