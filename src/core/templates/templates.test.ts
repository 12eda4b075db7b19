import { afterEach, describe, expect, it } from 'vitest';
import { closeNamespace, runInFreshNamespace } from '../../test/chdb';
import { asInReplicatedDatabase, serverDatabases } from '../../test/replicatedDatabase';
import { verifyDesign } from '../../test/verifyDesign';
import type { Entity, Pipeline } from '../model/types';
import { parseDesign, serializeDesign } from '../persistence/designFile';
import { NO_DEFAULT_PATH } from '../rules/validate/replicated';
import { validate } from '../rules/validate';
import { generateSql } from '../sql/generate';
import { quoteIdent } from '../sql/quote';
import { STAGE_X } from './builder';
import { findTemplate, TEMPLATES } from './index';

afterEach(() => closeNamespace());

const plain = (p: Pipeline): Pipeline => ({
  ...p,
  entities: p.entities.map((e): Entity => (e.kind === 'mergeTree' ? { ...e, engine: { ...e.engine, replicated: false } } : e)),
});

/**
 * Runs a design's runnable statements on chdb (test Keeper, no default_replica_path).
 * Databases the script does not create stand in for ones the server already has
 * (on Aiven, `service_kaf` comes from the Kafka integration); a design whose
 * databases are Replicated runs each CREATE TABLE as such a database would.
 */
function runOnChdb(p: Pipeline) {
  const script = generateSql(p);
  const stmts = p.options.replicatedDatabases ? asInReplicatedDatabase(p, script) : script.statements.filter((s) => s.runnable !== false).map((s) => s.text);
  const existing = serverDatabases(p, script);
  const setup = existing.map((d) => `CREATE DATABASE ${quoteIdent(d)}`);
  const { ns, results } = runInFreshNamespace([...setup, ...stmts]);
  const failures = results.filter((r) => !r.ok).map((r) => `${r.error}\n${r.sql}`);
  return { ns, script, failures, statementCount: stmts.length, existing };
}

describe('template registry', () => {
  it('has unique ids usable in test ids, titles and one-line descriptions', () => {
    expect(TEMPLATES.length).toBeGreaterThanOrEqual(3);
    expect(new Set(TEMPLATES.map((t) => t.id)).size).toBe(TEMPLATES.length);
    for (const t of TEMPLATES) {
      expect(t.id).toMatch(/^[a-z0-9-]+$/);
      expect(t.title.trim()).not.toBe('');
      expect(t.description).not.toMatch(/\n/);
      expect(findTemplate(t.id)).toBe(t);
    }
  });

  it('builds a fresh design each time', () => {
    for (const t of TEMPLATES) {
      const a = t.build();
      const b = t.build();
      expect(a).not.toBe(b);
      expect(a.entities.map((e) => e.id)).not.toEqual(b.entities.map((e) => e.id));
      expect(generateSql(a).text).toBe(generateSql(b).text);
    }
  });
});

describe.each(TEMPLATES.map((t) => [t.id, t] as const))('template %s', (_id, t) => {
  it('is a complete chain laid out left to right by stage', () => {
    const p = t.build();
    expect(p.links).toHaveLength(p.entities.length - 1);
    for (const e of p.entities) expect(e.position.x).toBe(STAGE_X[e.kind]);
    for (const l of p.links) {
      const [s, d] = [l.source, l.target].map((id) => p.entities.find((e) => e.id === id)!);
      expect(s!.position.x).toBeLessThan(d!.position.x);
    }
  });

  it('has no error diagnostics', () => {
    const errors = validate(t.build()).filter((d) => d.severity === 'error');
    expect(errors).toEqual([]);
  });

  it('survives save and open unchanged', () => {
    const p = t.build();
    const r = parseDesign(serializeDesign(p));
    expect(r.ok && r.warnings).toEqual([]);
    if (r.ok) expect(generateSql(r.pipeline).text).toBe(generateSql(p).text);
  });

  it('runs on ClickHouse as written, Replicated tables included (test Keeper)', () => {
    const p = t.build();
    const run = runOnChdb(p);
    expect(run.statementCount).toBeGreaterThanOrEqual(3);
    expect(run.failures).toEqual([]);
    verifyDesign(run.ns, p, run.script, run.existing);
    run.ns.close();
  });

  it('runs fully, view included, with plain engines', () => {
    const p = plain(t.build());
    const run = runOnChdb(p);
    expect(run.failures).toEqual([]);
    verifyDesign(run.ns, p, run.script, run.existing);
    // The read-back query shown with the template must run against what the DDL created.
    if (t.readBack) expect(run.ns.run(t.readBack)).toMatchObject({ ok: true, error: '' });
    run.ns.close();
  });
});

describe('the gallery set', () => {
  it('covers every pipeline shape the gallery promises', () => {
    const ids = TEMPLATES.map((t) => t.id);
    for (const id of [
      'aiven-kafka-replicated',
      'json-events-monthly-ttl',
      'kafka-dedup-replacing',
      'per-minute-rollup-aggregating',
      'kafka-dead-letter-stream',
      'kafka-fan-out-two-targets',
      'avro-schema-registry',
    ])
      expect(ids).toContain(id);
  });
});

/** Output columns of each view as ClickHouse typed them, next to its target's columns. */
function viewAndTargetTypes(templateId: string) {
  const p = plain(findTemplate(templateId)!.build());
  const run = runOnChdb(p);
  expect(run.failures).toEqual([]);
  const typesOf = (name: string) =>
    run.ns.rows<{ name: string; type: string }>(`SELECT name, type FROM system.columns WHERE database = 'default' AND table = '${name}' ORDER BY position`);
  return { p, run, typesOf };
}

describe('the per-minute rollup', () => {
  it('writes -State values whose types are exactly the AggregateFunction columns', () => {
    const { p, run, typesOf } = viewAndTargetTypes('per-minute-rollup-aggregating');
    const view = p.entities.find((e) => e.kind === 'materializedView')!;
    const target = p.entities.find((e) => e.kind === 'mergeTree')!;
    expect(typesOf(view.name)).toEqual(typesOf(target.name));
    expect(typesOf(target.name).map((c) => c.type)).toContain('AggregateFunction(uniq, UInt64)');
    expect(generateSql(p).text).toMatch(/GROUP BY toStartOfMinute\(ts\);/);
    expect(findTemplate('per-minute-rollup-aggregating')!.readBack).toMatch(/countMerge\(payments\)[\s\S]*uniqMerge\(users\)/);
    run.ns.close();
  });
});

describe('the dead-letter stream', () => {
  it('splits good rows from broken messages on _error, storing the virtual columns with their types', () => {
    const { p, run, typesOf } = viewAndTargetTypes('kafka-dead-letter-stream');
    const queue = p.entities.find((e) => e.kind === 'kafkaTable')!;
    const [engineFull] = run.ns.rows<{ engine_full: string }>(`SELECT engine_full FROM system.tables WHERE name = '${queue.name}'`);
    expect(engineFull!.engine_full).toContain("kafka_handle_error_mode = 'stream'");
    const views = p.entities.filter((e) => e.kind === 'materializedView');
    expect(views.map((v) => v.kind === 'materializedView' && v.where).sort()).toEqual(['length(_error) = 0', 'length(_error) > 0']);
    expect(typesOf('clicks_errors')).toEqual([
      { name: 'kafka_topic', type: 'LowCardinality(String)' },
      { name: 'kafka_partition', type: 'UInt64' },
      { name: 'kafka_offset', type: 'UInt64' },
      { name: 'raw_message', type: 'String' },
      { name: 'error', type: 'String' },
    ]);
    expect(typesOf('clicks_errors_mv')).toEqual(typesOf('clicks_errors'));
    run.ns.close();
  });
});

describe('the fan-out and Avro templates', () => {
  it('feeds two targets from one Kafka table', () => {
    const p = findTemplate('kafka-fan-out-two-targets')!.build();
    const queue = p.entities.find((e) => e.kind === 'kafkaTable')!;
    expect(p.links.filter((l) => l.source === queue.id)).toHaveLength(2);
    expect(p.entities.filter((e) => e.kind === 'mergeTree')).toHaveLength(2);
  });

  it('keeps the schema registry URL on the Kafka table', () => {
    const { p, run } = viewAndTargetTypes('avro-schema-registry');
    const queue = p.entities.find((e) => e.kind === 'kafkaTable')!;
    const [row] = run.ns.rows<{ engine_full: string }>(`SELECT engine_full FROM system.tables WHERE name = '${queue.name}'`);
    expect(row!.engine_full).toContain("kafka_format = 'AvroConfluent'");
    expect(row!.engine_full).toContain("format_avro_schema_registry_url = 'http://schema-registry:8081'");
    run.ns.close();
  });
});

describe('the Aiven template', () => {
  it('is the corrected seed example: a TO view into a ReplicatedMergeTree without a Keeper path', () => {
    const p = findTemplate('aiven-kafka-replicated')!.build();
    const text = generateSql(p).text;
    const flat = text.replace(/\s+/g, ' ');
    // Aiven makes the databases: default exists, service_kaf comes from the integration.
    expect(text).not.toContain('CREATE DATABASE');
    expect(flat).toContain('CREATE MATERIALIZED VIEW default.my_view TO default.destination AS SELECT x, y FROM service_kaf.table_name;');
    expect(flat).toContain('CREATE TABLE default.destination ( x UInt64, y String ) ENGINE = ReplicatedMergeTree ORDER BY x;');
    expect(flat).toContain('CREATE TABLE service_kaf.table_name ( x UInt64, y String ) ENGINE = Kafka');
    // The seed's mistake (TO and ENGINE in one view) must not come back.
    const view = text.slice(text.indexOf('CREATE MATERIALIZED VIEW'));
    expect(view).not.toMatch(/ENGINE/);
  });
});

describe('the Aiven template on a plain server', () => {
  it('says its databases are Replicated; without that the table without arguments is flagged and refused (code 36)', () => {
    const p = findTemplate('aiven-kafka-replicated')!.build();
    expect(p.options.replicatedDatabases).toBe(true);
    expect(validate(p).map((d) => d.code)).not.toContain(NO_DEFAULT_PATH);
    const onPlain: Pipeline = { ...p, options: { ...p.options, replicatedDatabases: false } };
    const target = p.entities.find((e) => e.kind === 'mergeTree')!;
    expect(validate(onPlain)).toContainEqual(expect.objectContaining({ code: NO_DEFAULT_PATH, entityId: target.id, severity: 'warning' }));
    const script = generateSql(onPlain);
    const { ns, results } = runInFreshNamespace(['CREATE DATABASE service_kaf', ...script.statements.map((s) => s.text)]);
    const refused = results.filter((r) => !r.ok);
    expect(refused[0]!.sql).toContain('CREATE TABLE default.destination');
    expect(refused[0]!.error).toMatch(/^Code: 36\. .*Macro 'uuid' in engine arguments/);
    ns.close();
  });
});
