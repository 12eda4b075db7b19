// The field keys the panel of an entity shows, so a diagnostic whose field has no
// input on screen is listed at the top of the panel instead of disappearing.
import { KAFKA_SETTINGS } from '../core/clickhouse/kafkaSettings';
import { ENGINE_PARAMS } from '../core/clickhouse/mergeTreeEngines';
import type { Column, Entity } from '../core/model/types';

const CONNECTION = ['brokers', 'topic', 'format', 'consumerGroup'];

function columnKeys(columns: readonly Column[], detail: readonly string[]): string[] {
  return ['columns', ...columns.flatMap((c) => [`columns.${c.id}`, ...['name', 'type', ...detail].map((f) => `columns.${c.id}.${f}`)])];
}

export function panelFieldKeys(e: Entity): Set<string> {
  const keys = ['name', 'database', 'comment'];
  switch (e.kind) {
    case 'kafkaTopic':
      keys.push(...CONNECTION);
      break;
    case 'kafkaTable':
      keys.push(...CONNECTION, 'namedCollection', ...columnKeys(e.columns, ['comment']), ...KAFKA_SETTINGS.map((s) => `setting.${s.name}`));
      keys.push(...Object.keys(e.settings).map((name) => `setting.${name}`));
      break;
    case 'materializedView':
      keys.push('mapping', 'mappings', 'where', 'groupBy', 'rawSelect');
      for (const m of e.mappings) keys.push(`mapping.${m.id}`, `mapping.${m.id}.target`, `mapping.${m.id}.expr`);
      break;
    case 'mergeTree':
      keys.push(...columnKeys(e.columns, ['defaultKind', 'defaultExpr', 'codec', 'ttl', 'comment']));
      keys.push('indexes');
      for (const x of e.indexes ?? []) keys.push(`indexes.${x.id}`, ...['name', 'expr', 'type', 'granularity'].map((f) => `indexes.${x.id}.${f}`));
      for (const list of ['projections', 'constraints'] as const) keys.push(list, ...(e[list] ?? []).flatMap((x) => [`${list}.${x.id}.name`, `${list}.${x.id}.definition`]));
      keys.push('engine', 'engine.family', 'engine.replicated', ...(ENGINE_PARAMS[e.engine.family] ?? []).map((p) => `engine.${p.key}`));
      if (e.engine.replicated) keys.push('engine.zooPath', 'engine.replicaName');
      keys.push('orderBy', 'partitionBy', 'primaryKey', 'ttl', 'sampleBy');
      e.settings.forEach((s, i) => {
        keys.push(`settings.${i}`, `settings.${i}.name`, `settings.${i}.value`);
        if (s.name) keys.push(`setting.${s.name}`);
      });
      break;
  }
  return new Set(keys);
}
