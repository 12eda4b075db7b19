// Import into the store: one undo step either way, trust by origin, merge keeps what is there.
import { beforeEach, describe, expect, it } from 'vitest';
import { emptyPipeline } from '../core/model/types';
import { generateSql } from '../core/sql/generate';
import { importSql } from '../core/sql/import/importSql';
import { useDesign } from '../store/designStore';
import { trustFor } from '../store/trust';
import { importIntoDesign } from './importActions';

const TABLE = 'CREATE TABLE default.store (id UInt64, v String) ENGINE = MergeTree ORDER BY id;';
const VIEW = 'CREATE MATERIALIZED VIEW default.mv TO default.store AS SELECT id, v FROM default.queue;';
const QUEUE = "CREATE TABLE default.queue (id UInt64, v String) ENGINE = Kafka SETTINGS kafka_broker_list = 'k:9092', kafka_topic_list = 't', kafka_group_name = 'g', kafka_format = 'JSONEachRow';";

const names = () => useDesign.getState().pipeline.entities.map((e) => `${e.kind} ${e.name}`).sort();

describe('importIntoDesign', () => {
  beforeEach(() => useDesign.getState().replace(emptyPipeline(), { undoable: false, trust: trustFor('new') }));

  it('replaces with pasted SQL as one undo step, trusted', () => {
    importIntoDesign(importSql(TABLE + QUEUE).pipeline, 'replace', { kind: 'paste' });
    expect(names()).toEqual(['kafkaTable queue', 'mergeTree store']);
    expect(useDesign.getState().trust.trusted).toBe(true);
    useDesign.getState().undo();
    expect(names()).toEqual([]);
  });

  it('merges: names in the design resolve to its tables, no stand-ins, one undo step', () => {
    importIntoDesign(importSql(TABLE + QUEUE).pipeline, 'replace', { kind: 'paste' });
    const before = useDesign.getState().pipeline;
    const r = importSql(VIEW, { context: before });
    expect(r.messages).toEqual([]);
    importIntoDesign(r.pipeline, 'merge', { kind: 'paste' });
    const p = useDesign.getState().pipeline;
    expect(names()).toEqual(['kafkaTable queue', 'materializedView mv', 'mergeTree store']);
    expect(p.links).toHaveLength(2);
    expect(generateSql(p).text).toContain('CREATE MATERIALIZED VIEW default.mv TO default.store');
    useDesign.getState().undo();
    expect(useDesign.getState().pipeline).toBe(before);
  });

  it('merging an object of the same name replaces it in place', () => {
    importIntoDesign(importSql(TABLE).pipeline, 'replace', { kind: 'paste' });
    const id = useDesign.getState().pipeline.entities[0]!.id;
    importIntoDesign(importSql(TABLE.replace('v String', 'v String, w UInt8')).pipeline, 'merge', { kind: 'paste' });
    const p = useDesign.getState().pipeline;
    expect(p.entities).toHaveLength(1);
    expect(p.entities[0]!.id).toBe(id);
    expect(generateSql(p).text).toContain('w UInt8');
  });

  it('a .sql file makes the document untrusted, merged or not', () => {
    importIntoDesign(importSql(TABLE).pipeline, 'replace', { kind: 'paste' });
    importIntoDesign(importSql(QUEUE).pipeline, 'merge', { kind: 'file', name: 'x.sql' });
    expect(useDesign.getState().trust).toMatchObject({ trusted: false, origin: 'file', source: 'the file x.sql' });
    expect(names()).toEqual(['kafkaTable queue', 'mergeTree store']);
    useDesign.getState().undo();
    expect(names()).toEqual(['mergeTree store']);
    expect(useDesign.getState().trust.trusted).toBe(true);
  });
});
