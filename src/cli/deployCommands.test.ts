// chflow migrate and chflow export, in-process: the outputs are the core's
// (tested on their own), so these check the wiring, files and exit codes.
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { addColumn, addMapping } from '../core/model/operations';
import type { Pipeline } from '../core/model/types';
import { serializeDesign } from '../core/persistence/designFile';
import { findTemplate } from '../core/templates';
import { EXIT_FAILURE, EXIT_OK, EXIT_PROBLEMS, main } from './main';

let dir: string;
const file = (name: string) => join(dir, name);

function cli(argv: string[]) {
  let out = '';
  let err = '';
  const code = main(argv, { out: (t) => (out += t), err: (t) => (err += t), readStdin: () => '' }, '9.9.9');
  return { code, out, err };
}

/** The Aiven template with one more column end to end (Kafka table → view → target). */
function withColumn(p: Pipeline): Pipeline {
  const k = p.entities.find((e) => e.kind === 'kafkaTable')!;
  const v = p.entities.find((e) => e.kind === 'materializedView')!;
  const t = p.entities.find((e) => e.kind === 'mergeTree')!;
  let q = addColumn(p, k.id, { name: 'region', type: 'String' });
  q = addColumn(q, t.id, { name: 'region', type: 'LowCardinality(String)' });
  return addMapping(q, v.id, 'region', 'region');
}

beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'chflow-deploy-'));
  const base = findTemplate('aiven-kafka-replicated')!.build();
  writeFileSync(file('old.chflow.json'), serializeDesign(base));
  writeFileSync(file('new.chflow.json'), serializeDesign(withColumn(base)));
  // Without its view and target: the target's data goes.
  const gone = new Set(base.entities.filter((e) => e.kind === 'mergeTree' || e.kind === 'materializedView').map((e) => e.id));
  const dropped = { ...base, entities: base.entities.filter((e) => !gone.has(e.id)), links: base.links.filter((l) => !gone.has(l.source) && !gone.has(l.target)) };
  writeFileSync(file('dropped.chflow.json'), serializeDesign(dropped));
  writeFileSync(file('misfit.chflow.json'), serializeDesign({ ...base, entities: base.entities.map((e) => (e.kind === 'kafkaTable' ? { ...e, format: 'Protobuf' } : e)) }));
});

afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('chflow migrate', () => {
  it('prints the migration script: pause, ALTER the target, re-create the Kafka table, change the view, resume', () => {
    const r = cli(['migrate', file('old.chflow.json'), file('new.chflow.json')]);
    expect(r.code, r.err).toBe(EXIT_OK);
    const order = ['DROP TABLE service_kaf', 'ADD COLUMN region LowCardinality(String)', 'MODIFY QUERY', 'ENGINE = Kafka'];
    const at = order.map((s) => r.out.indexOf(s));
    expect(at.every((i) => i >= 0), r.out).toBe(true);
    expect([...at].sort((a, b) => a - b)).toEqual(at);
  });

  it('comments out destructive steps unless --allow-destructive', () => {
    const held = cli(['migrate', file('old.chflow.json'), file('dropped.chflow.json')]);
    expect(held.code).toBe(EXIT_OK);
    expect(held.out).toMatch(/-- DROP TABLE default\.\S+ SYNC;/);
    expect(held.err).toMatch(/destructive step/);
    const chosen = cli(['migrate', file('old.chflow.json'), file('dropped.chflow.json'), '--allow-destructive']);
    expect(chosen.out).toMatch(/^DROP TABLE default\.\S+ SYNC;/m);
  });

  it('writes golang-migrate up/down pairs, one statement each', () => {
    const out = file('migrations');
    const r = cli(['migrate', file('old.chflow.json'), file('new.chflow.json'), '--format', 'golang-migrate', '-o', out]);
    expect(r.code, r.err).toBe(EXIT_OK);
    const names = readdirSync(out).sort();
    const ups = names.filter((n) => n.endsWith('.up.sql'));
    expect(ups.length).toBeGreaterThan(3);
    expect(names.length).toBe(ups.length * 2);
    expect(ups[0]).toMatch(/^000001_/);
    for (const n of names) {
      const statements = readFileSync(join(out, n), 'utf8').replace(/--[^\n]*/g, '').split(';').filter((s) => s.trim() !== '');
      expect(statements.length, n).toBe(1);
    }
    // A second run refuses to overwrite.
    expect(cli(['migrate', file('old.chflow.json'), file('new.chflow.json'), '--format', 'golang-migrate', '-o', out]).code).toBe(EXIT_FAILURE);
  });

  it('refuses bad arguments with exit 2', () => {
    expect(cli(['migrate', file('old.chflow.json')]).code).toBe(EXIT_FAILURE);
    expect(cli(['migrate', file('old.chflow.json'), file('new.chflow.json'), '--format', 'flyway']).err).toMatch(/unknown --format flyway/);
    expect(cli(['migrate', file('old.chflow.json'), file('new.chflow.json'), '--format', 'golang-migrate']).err).toMatch(/needs -o/);
  });
});

describe('chflow export', () => {
  it('aiven: the integration config on stdout, the SQL into --sql', () => {
    const r = cli(['export', 'aiven', file('old.chflow.json'), '--kafka-service', 'kaf', '--sql', file('views.sql')]);
    expect(r.code, r.err).toBe(EXIT_OK);
    const config = JSON.parse(r.out) as { tables: { name: string }[] };
    expect(config.tables.length).toBe(1);
    expect(readFileSync(file('views.sql'), 'utf8')).toMatch(/FROM service_kaf\./);
  });

  it('exits 1 and writes nothing when the target cannot express the design', () => {
    const r = cli(['export', 'aiven', file('misfit.chflow.json'), '--kafka-service', 'kaf']);
    expect(r.code).toBe(EXIT_PROBLEMS);
    expect(r.out).toBe('');
    expect(r.err).toMatch(/error AV03 .*Protobuf/);
  });

  it('clickpipes and terraform', () => {
    const pipes = cli(['export', 'clickpipes', file('old.chflow.json'), '--source-type', 'confluent']);
    expect(pipes.code, pipes.err).toBe(EXIT_OK);
    expect((JSON.parse(pipes.out) as { source: { kafka: { type: string } } }[])[0]!.source.kafka.type).toBe('confluent');
    const tf = cli(['export', 'terraform', file('old.chflow.json'), '--for', 'aiven', '--project', 'p', '--kafka-service', 'kaf', '--clickhouse-service', 'ch']);
    expect(tf.code, tf.err).toBe(EXIT_OK);
    expect(tf.out).toMatch(/resource "aiven_service_integration" "clickhouse_kafka"/);
    expect(cli(['export', 'terraform', file('old.chflow.json')]).err).toMatch(/--for aiven or --for clickpipes/);
    expect(cli(['export', 'ftp', file('old.chflow.json')]).err).toMatch(/unknown export target "ftp"/);
  });
});
