import { describe, expect, it } from 'vitest';
import { addColumn, addEntity, addMapping, connect } from '../../model/operations';
import { kafka, pipeline, topic, link } from '../../../test/pipelines';
import { validate } from '../validate';
import { baseDesign, found, patch } from './testDesign';

describe('Kafka checks across tables', () => {
  it('two Kafka tables with one consumer group warn on each owner', () => {
    const d = baseDesign();
    let p = d.p;
    const other = addEntity(p, 'kafkaTable', { x: 0, y: 0 }, 'other_queue');
    p = addColumn(other.pipeline, other.id, { name: 'id', type: 'UInt64' });
    const kafkaGroup = p.entities.find((e) => e.id === d.kafka && e.kind === 'kafkaTable') as { consumerGroup: string };
    p = patch(p, other.id, { brokers: 'k:9092', topic: 'events', format: 'JSONEachRow', consumerGroup: kafkaGroup.consumerGroup });
    const list = found(p, 'kafka.consumerGroup.shared');
    // The first table's values live on its topic node.
    expect(list.map((x) => x.entityId).sort()).toEqual([d.topic, other.id].sort());
    expect(found(patch(p, other.id, { consumerGroup: 'own_group' }), 'kafka.consumerGroup.shared')).toEqual([]);
  });

  it('each table of a shared group names every other table of the group, in design order', () => {
    const names = ['q_a', 'my q', 'q_c', 'q_d'];
    const tables = names.map((n, i) => kafka(`k${i}`, n, [], { consumerGroup: 'g', brokers: 'k:9092', topic: 'events', format: 'JSONEachRow' }));
    // q_a's values live on its topic node, which therefore carries its warning.
    const p = pipeline([topic('t0', 'events'), ...tables, kafka('lone', 'q_lone', [], { consumerGroup: 'own' })], [link('t0', 'k0')]);
    const list = validate(p).filter((d) => d.code === 'kafka.consumerGroup.shared');
    expect(list.map((d) => d.entityId)).toEqual(['t0', 'k1', 'k2', 'k3']);
    expect(list.map((d) => /used by the Kafka table (.*); Kafka splits/.exec(d.message)?.[1])).toEqual([
      '`my q`, q_c, q_d',
      'q_a, q_c, q_d',
      'q_a, `my q`, q_d',
      'q_a, `my q`, q_c',
    ]);
    // Two tables: each message names just the other one.
    const pair = validate(pipeline(tables.slice(0, 2))).filter((d) => d.code === 'kafka.consumerGroup.shared');
    expect(pair.map((d) => /used by the Kafka table (.*); Kafka splits/.exec(d.message)?.[1])).toEqual(['`my q`', 'q_a']);
  });

  it('stream mode without a view reading _error warns; an error view clears it', () => {
    const d = baseDesign();
    const p = patch(d.p, d.kafka, { settings: { kafka_handle_error_mode: 'stream' } });
    expect(found(p, 'kafka.errorStream.unread')).toEqual([expect.objectContaining({ entityId: d.kafka, severity: 'warning' })]);
    const errView = addEntity(p, 'materializedView', { x: 0, y: 0 }, 'errors_mv');
    const r = connect(errView.pipeline, d.kafka, errView.id);
    expect(r.ok).toBe(true);
    const q = addMapping(patch(r.pipeline, errView.id, { where: 'length(_error) > 0' }), errView.id, 'err', '_error');
    expect(found(q, 'kafka.errorStream.unread')).toEqual([]);
  });

  it('more than 16 consumers is an error that names the limit', () => {
    const d = baseDesign();
    const [e] = found(patch(d.p, d.kafka, { settings: { kafka_num_consumers: '32' } }), 'kafka.setting.range');
    expect(e!.message).toMatch(/16/);
  });
});
