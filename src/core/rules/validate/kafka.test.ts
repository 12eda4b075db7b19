import { describe, expect, it } from 'vitest';
import { removeLinks, updateColumn } from '../../model/operations';
import { baseDesign, columnNamed, found, patch } from './testDesign';

describe('Kafka topic', () => {
  it('empty brokers and topic are errors on the topic node', () => {
    const d = baseDesign();
    const broken = patch(d.p, d.topic, { brokers: '', topic: '' });
    expect(found(broken, 'kafka.brokers.empty').map((x) => [x.entityId, x.field])).toEqual([[d.topic, 'brokers']]);
    expect(found(broken, 'kafka.topic.empty').map((x) => [x.entityId, x.field])).toEqual([[d.topic, 'topic']]);
    expect(found(patch(broken, d.topic, { brokers: 'k:9092', topic: 't' }), 'kafka.brokers.empty')).toEqual([]);
  });

  it('an unknown format is an error; a wrongly cased one is a warning naming the canonical spelling', () => {
    const d = baseDesign();
    expect(found(patch(d.p, d.topic, { format: 'NoSuchFormat' }), 'kafka.format.unknown')).toEqual([
      expect.objectContaining({ entityId: d.topic, field: 'format', severity: 'error' }),
    ]);
    const [w] = found(patch(d.p, d.topic, { format: 'jsoneachrow' }), 'kafka.format.case');
    expect(w).toMatchObject({ severity: 'warning' });
    expect(w!.message).toContain('JSONEachRow');
    expect(found(patch(d.p, d.topic, { format: 'CSV' }), 'kafka.format.unknown')).toEqual([]);
  });

  it('an empty format is an error', () => {
    const d = baseDesign();
    expect(found(patch(d.p, d.topic, { format: '' }), 'kafka.format.empty')).toHaveLength(1);
  });

  it('topic names with characters Kafka does not allow are a warning', () => {
    const d = baseDesign();
    expect(found(patch(d.p, d.topic, { topic: 'my topic' }), 'kafka.topic.invalidName')).toHaveLength(1);
    expect(found(patch(d.p, d.topic, { topic: 'a.b-c_d,e' }), 'kafka.topic.invalidName')).toEqual([]);
  });
});

describe('Kafka table', () => {
  it('reports connection problems on the table only when no topic feeds it', () => {
    const d = baseDesign();
    const linked = patch(d.p, d.kafka, { brokers: '' });
    expect(found(linked, 'kafka.brokers.empty')).toEqual([]);
    const free = patch(removeLinks(d.p, d.p.links.filter((l) => l.source === d.topic).map((l) => l.id)), d.kafka, { brokers: '', format: 'Nope' });
    expect(found(free, 'kafka.brokers.empty').map((x) => x.entityId)).toEqual([d.kafka]);
    expect(found(free, 'kafka.format.unknown').map((x) => x.entityId)).toEqual([d.kafka]);
  });

  it('an empty consumer group is an error on whichever node owns it', () => {
    const d = baseDesign();
    // Linked: the topic owns the group (the table shows it read-only).
    const linked = patch(d.p, d.topic, { consumerGroup: '' });
    expect(found(linked, 'kafka.consumerGroup.empty')).toEqual([expect.objectContaining({ entityId: d.topic, field: 'consumerGroup' })]);
    const free = patch(removeLinks(d.p, d.p.links.filter((l) => l.source === d.topic).map((l) => l.id)), d.kafka, { consumerGroup: '' });
    expect(found(free, 'kafka.consumerGroup.empty')).toEqual([expect.objectContaining({ entityId: d.kafka, field: 'consumerGroup' })]);
  });

  it('a topic that feeds no table needs no consumer group', () => {
    const d = baseDesign();
    const alone = removeLinks(d.p, d.p.links.filter((l) => l.source === d.topic).map((l) => l.id));
    expect(found(patch(alone, d.topic, { consumerGroup: '' }), 'kafka.consumerGroup.empty').map((x) => x.entityId)).not.toContain(d.topic);
  });

  it('a table without columns is an error', () => {
    const d = baseDesign();
    expect(found(patch(d.p, d.kafka, { columns: [] }), 'kafka.columns.empty')).toHaveLength(1);
    expect(found(d.p, 'kafka.columns.empty')).toEqual([]);
  });

  it('DEFAULT, MATERIALIZED and EPHEMERAL columns are errors; ALIAS is fine', () => {
    const d = baseDesign();
    const col = columnNamed(d.p, d.kafka, 'name');
    for (const kind of ['DEFAULT', 'MATERIALIZED', 'EPHEMERAL'] as const) {
      const broken = updateColumn(d.p, d.kafka, col.id, { defaultKind: kind, defaultExpr: "'x'" });
      expect(found(broken, 'kafka.column.default'), kind).toEqual([expect.objectContaining({ field: `columns.${col.id}.defaultExpr` })]);
    }
    expect(found(updateColumn(d.p, d.kafka, col.id, { defaultKind: 'ALIAS', defaultExpr: "'x'" }), 'kafka.column.default')).toEqual([]);
  });

  it('setting values outside their type or range are errors on that setting', () => {
    const d = baseDesign();
    const cases: [string, string][] = [
      ['kafka_num_consumers', '0'],
      ['kafka_num_consumers', '17'],
      ['kafka_num_consumers', 'two'],
      ['kafka_max_block_size', '0'],
      ['kafka_thread_per_consumer', 'maybe'],
      ['kafka_handle_error_mode', 'skip'],
      ['kafka_commit_every_batch', '2'],
      ['kafka_poll_timeout_ms', '-1'],
      ['kafka_schema_registry_skip_bytes', '256'],
    ];
    for (const [name, value] of cases) {
      const broken = patch(d.p, d.kafka, { settings: { [name]: value } });
      expect(found(broken, 'kafka.setting.range'), `${name}=${value}`).toEqual([expect.objectContaining({ field: `setting.${name}`, severity: 'error' })]);
    }
    const fine = { kafka_num_consumers: '4', kafka_thread_per_consumer: 'true', kafka_handle_error_mode: "'stream'", kafka_commit_every_batch: '1' };
    expect(found(patch(d.p, d.kafka, { settings: fine }), 'kafka.setting.range')).toEqual([]);
  });

  it('unknown setting names are errors; format settings are accepted', () => {
    const d = baseDesign();
    expect(found(patch(d.p, d.kafka, { settings: { kafka_topics: 'x' } }), 'kafka.setting.unknown')).toHaveLength(1);
    expect(found(patch(d.p, d.kafka, { settings: { index_granularity: '8192' } }), 'kafka.setting.unknown')).toHaveLength(1);
    expect(found(patch(d.p, d.kafka, { settings: { input_format_skip_unknown_fields: '1' } }), 'kafka.setting.unknown')).toEqual([]);
  });

  it('query-level settings are a warning because they are dropped', () => {
    const d = baseDesign();
    expect(found(patch(d.p, d.kafka, { settings: { kafka_max_wait_ms: '100' } }), 'kafka.setting.queryLevel')).toEqual([
      expect.objectContaining({ severity: 'warning' }),
    ]);
  });

  it('Keeper path and replica name must come together', () => {
    const d = baseDesign();
    expect(found(patch(d.p, d.kafka, { settings: { kafka_keeper_path: "'/k'" } }), 'kafka.setting.keeperPair')).toHaveLength(1);
    expect(found(patch(d.p, d.kafka, { settings: { kafka_keeper_path: "'/k'", kafka_replica_name: "'r'" } }), 'kafka.setting.keeperPair')).toEqual([]);
  });
});
