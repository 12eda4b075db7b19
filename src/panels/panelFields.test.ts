import { describe, expect, it } from 'vitest';
import { createColumn } from '../core/model/columns';
import { createKafkaTable } from '../core/model/kinds/kafkaTable';
import { createMergeTree, defaultEngine } from '../core/model/kinds/mergeTree';
import { panelFieldKeys } from './panelFields';

const at = { x: 0, y: 0 };

describe('panelFieldKeys', () => {
  it('offers DEFAULT and CODEC fields on MergeTree columns only', () => {
    const col = createColumn('a');
    const kafka = panelFieldKeys(createKafkaTable('q', at, { columns: [col] }));
    const mt = panelFieldKeys(createMergeTree('t', at, { columns: [col] }));
    expect(kafka.has(`columns.${col.id}.type`)).toBe(true);
    expect(kafka.has(`columns.${col.id}.codec`)).toBe(false);
    expect(mt.has(`columns.${col.id}.codec`)).toBe(true);
  });

  it('follows the engine family and replication', () => {
    const plain = panelFieldKeys(createMergeTree('t', at));
    expect(plain.has('engine.ver')).toBe(false);
    expect(plain.has('engine.zooPath')).toBe(false);
    const replacing = panelFieldKeys(
      createMergeTree('t', at, { engine: { ...defaultEngine('ReplacingMergeTree'), replicated: true } }),
    );
    expect(replacing.has('engine.ver')).toBe(true);
    expect(replacing.has('engine.isDeleted')).toBe(true);
    expect(replacing.has('engine.zooPath')).toBe(true);
  });

  it('names MergeTree settings by position and by name', () => {
    const keys = panelFieldKeys(createMergeTree('t', at, { settings: [{ name: 'index_granularity', value: '0' }] }));
    expect(keys.has('settings.0.value')).toBe(true);
    expect(keys.has('setting.index_granularity')).toBe(true);
  });
});
