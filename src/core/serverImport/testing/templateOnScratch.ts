// Test helper: a template as a local engine can hold it: its databases renamed
// into scratch ones (`<prefix>_0`, `_1`, …), Kafka brokers that go nowhere, and
// MergeTree tables without Replicated (no Keeper there).
import { EMBEDDED_BROKERS } from '../../../engine/checkPlan';
import type { Entity, Pipeline } from '../../model/types';
import { findTemplate } from '../../templates';

export function templateOnScratch(id: string, prefix: string): Pipeline {
  const template = findTemplate(id);
  if (!template) throw new Error(`no template ${id}`);
  const t = template.build();
  const dbs = [...new Set(t.entities.filter((e) => e.kind !== 'kafkaTopic').map((e) => e.database))].sort();
  const rename = new Map(dbs.map((d, i) => [d, `${prefix}_${i}`]));
  const entities = t.entities.map((e): Entity => {
    const moved = { ...e, database: e.kind === 'kafkaTopic' ? e.database : rename.get(e.database)! };
    if (moved.kind === 'kafkaTopic' || moved.kind === 'kafkaTable') return { ...moved, brokers: EMBEDDED_BROKERS };
    if (moved.kind === 'mergeTree') return { ...moved, engine: { ...moved.engine, replicated: false } };
    return moved;
  });
  return { ...t, entities, options: { ...t.options, createDatabases: true } };
}
