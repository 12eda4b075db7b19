import { describe, expect, it } from 'vitest';
import { removeLinks } from '../../model/operations';
import { validate } from '../validate';
import { baseDesign, entity, patch } from './testDesign';

describe('validate: the reference design', () => {
  it('has no problems at all, so every other test starts from a clean slate', () => {
    expect(validate(baseDesign().p)).toEqual([]);
  });

  it('the Aiven shape (integration Kafka table in service_kaf, replicated target without Keeper args) is clean in Replicated databases', () => {
    const d = baseDesign();
    let p = removeLinks(d.p, d.p.links.filter((l) => l.source === d.topic).map((l) => l.id));
    p = { ...p, entities: p.entities.filter((e) => e.id !== d.topic) };
    p = patch(p, d.kafka, { database: 'service_kaf', name: 'table_name' });
    p = patch(p, d.view, { name: 'my_view' });
    const engine = entity(p, d.table, 'mergeTree').engine;
    p = patch(p, d.table, { name: 'destination_name', engine: { ...engine, replicated: true } });
    expect(validate({ ...p, options: { ...p.options, replicatedDatabases: true } })).toEqual([]);
    // The same table on a plain server: ClickHouse refuses it (code 36), so it is flagged.
    expect(validate(p).map((x) => [x.code, x.entityId, x.severity])).toEqual([['mergeTree.engine.replication.noDefaultPath', d.table, 'warning']]);
  });
});
