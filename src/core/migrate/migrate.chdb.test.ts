// Property test on a real engine and a real Kafka-protocol broker: for random
// pairs of designs, create the old one, produce messages, apply the migration,
// produce more, then check that (1) every target holds every message exactly
// once (targets new in the second design: the messages produced after the
// migration), and (2) the server's objects are SHOW CREATE-equal to a fresh
// creation of the new design. MIGRATE_PAIRS=200 runs more pairs, MIGRATE_SEED=n
// replays one.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { KafkaTable, MergeTreeTable, Pipeline } from '../model/types';
import { generateSql } from '../sql/generate';
import { qualify } from '../sql/quote';
import { MockBroker } from '../../test/broker/mockBroker';
import { FAST_SETTINGS, freshName } from '../../test/broker/rewire';
import { Session } from 'chdb';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { planMigration } from './plan';
import { designPair } from './testing/pairs';

const PAIRS = Number(process.env.MIGRATE_PAIRS) || 20;
const FIRST_SEED = Number(process.env.MIGRATE_SEED) || 1;
const COUNT = process.env.MIGRATE_SEED ? 1 : PAIRS;
const PER_BATCH = 5;

// A Kafka table dropped or detached by the migration does not leave its consumer
// group at once, so the mock broker holds the next join until the old member's
// session times out: librdkafka's 45 s default, cut here to the broker's 6 s
// minimum (the server's <kafka> section, as a user could set it too).
function configPath(): string {
  const path = join(mkdtempSync(join(tmpdir(), 'chflow-migrate-')), 'config.xml');
  writeFileSync(
    path,
    '<clickhouse><zookeeper><implementation>testkeeper</implementation></zookeeper>' +
      '<kafka><session_timeout_ms>6000</session_timeout_ms><heartbeat_interval_ms>500</heartbeat_interval_ms></kafka></clickhouse>\n',
  );
  return path;
}

class Engine {
  constructor(private readonly s: Session) {}
  exec(sql: string): void {
    try {
      this.s.query(sql, 'TSVRaw');
    } catch (e) {
      throw new Error(`${e instanceof Error ? e.message : String(e)}\n--- statement ---\n${sql}`);
    }
  }
  attempt(sql: string): void {
    try {
      this.s.query(sql, 'TSVRaw');
    } catch {
      // Clean-up of what may not exist.
    }
  }
  rows<T>(sql: string): T[] {
    return this.s
      .query(sql, 'JSONEachRow')
      .split('\n')
      .filter((l) => l.trim() !== '')
      .map((l) => JSON.parse(l) as T);
  }
  kafkaConsumerReport(): string {
    return JSON.stringify(this.rows('SELECT database, table, num_messages_read, exceptions.text FROM system.kafka_consumers'));
  }
}

let broker: MockBroker;
let raw: Session;
let session: Engine;

beforeAll(async () => {
  broker = await MockBroker.start();
  raw = new Session(undefined, { connectionArgs: [`--config-file=${configPath()}`] });
  session = new Engine(raw);
});

afterAll(async () => {
  await broker?.stop();
  raw?.close();
});

function pointAt(p: Pipeline, topic: string, group: string): Pipeline {
  return {
    ...p,
    entities: p.entities.map((e) =>
      e.kind === 'kafkaTable' ? ({ ...e, brokers: broker.address, topic, consumerGroup: group, settings: { ...e.settings, ...FAST_SETTINGS } } as KafkaTable) : e,
    ),
  };
}

function messages(from: number, to: number): string[] {
  const out: string[] = [];
  for (let i = from; i <= to; i++) out.push(JSON.stringify({ id: i, name: `n${i}`, n: i, extra: i }));
  return out;
}

function idCounts(t: MergeTreeTable): Map<number, number> {
  const rows = session.rows<{ id: string; c: string }>(`SELECT id, count() AS c FROM ${qualify(t.database, t.name)} GROUP BY id`);
  return new Map(rows.map((r) => [Number(r.id), Number(r.c)]));
}

const range = (from: number, to: number) => Array.from({ length: to - from + 1 }, (_, i) => from + i);
const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

/** Waits until every target holds its expected ids, then a little longer so a duplicate would show. */
async function waitForIds(expected: Map<MergeTreeTable, number[]>, deadlineMs = 90_000): Promise<void> {
  const until = performance.now() + deadlineMs;
  const complete = () => [...expected].every(([t, ids]) => ids.every((id) => idCounts(t).has(id)));
  while (!complete()) {
    if (performance.now() > until) break;
    await sleep(250);
  }
  await sleep(800);
  for (const [t, ids] of expected) {
    const got = idCounts(t);
    const wrong = [...got].filter(([id, c]) => c !== 1 || !ids.includes(id));
    const missing = ids.filter((id) => !got.has(id));
    expect({ table: t.name, missing, wrong }, session.kafkaConsumerReport()).toEqual({ table: t.name, missing: [], wrong: [] });
  }
}

function liveTables(p: Pipeline) {
  const live = new Set(generateSql(p).statements.filter((s) => s.runnable && s.entityId).map((s) => s.entityId));
  return p.entities.filter((e) => live.has(e.id));
}

function showCreate(db: string): Map<string, string> {
  const names = session.rows<{ name: string }>(`SELECT name FROM system.tables WHERE database = '${db}' ORDER BY name`).map((r) => r.name);
  return new Map(names.map((n) => [n, sortedSettings(session.rows<{ statement: string }>(`SHOW CREATE TABLE ${db}.${n}`)[0]!.statement)]));
}

/**
 * ALTER … MODIFY SETTING appends to the stored list after the implicit
 * index_granularity, where a fresh CREATE has it last: the same settings in
 * another order. Everything else must match character for character.
 */
function sortedSettings(statement: string): string {
  return statement.replace(/\nSETTINGS (.*)$/, (_, list: string) => '\nSETTINGS ' + list.split(', ').sort().join(', '));
}

describe('migrations keep every message and reach the new design', () => {
  for (let seed = FIRST_SEED; seed < FIRST_SEED + COUNT; seed++) {
    const probe = designPair(seed, 'x');
    it(`seed ${seed}: ${probe.changes.join('; ')}`, async () => {
      const db = `mg_${seed}_${process.pid}`;
      const fresh = `mgf_${seed}_${process.pid}`;
      const topic = freshName(`mg${seed}`);
      const group = freshName(`mg${seed}_g`);
      const pair = designPair(seed, db);
      const before = pointAt(pair.before, topic, group);
      const after = pointAt(pair.after, topic, group);
      const plan = planMigration(before, after);
      expect(plan.problems.filter((p) => p.severity === 'error')).toEqual([]);
      try {
        for (const st of generateSql(before).statements) if (st.runnable) session.exec(st.text);
        broker.produce(topic, messages(1, PER_BATCH));
        const oldTargets = liveTables(before).filter((e): e is MergeTreeTable => e.kind === 'mergeTree');
        await waitForIds(new Map(oldTargets.map((t) => [t, range(1, PER_BATCH)])));

        for (const step of plan.steps) session.exec(step.sql);
        broker.produce(topic, messages(PER_BATCH + 1, 2 * PER_BATCH));
        const oldIds = new Set(oldTargets.map((t) => t.id));
        const newTargets = liveTables(after).filter((e): e is MergeTreeTable => e.kind === 'mergeTree');
        await waitForIds(new Map(newTargets.map((t) => [t, oldIds.has(t.id) ? range(1, 2 * PER_BATCH) : range(PER_BATCH + 1, 2 * PER_BATCH)])));

        const migrated = showCreate(db);
        const renamed: Pipeline = { ...after, entities: after.entities.map((e) => ({ ...e, database: fresh })) };
        for (const st of generateSql(renamed).statements) if (st.runnable) session.exec(st.text);
        const created = new Map([...showCreate(fresh)].map(([n, s]) => [n, s.replaceAll(fresh, db)]));
        expect(Object.fromEntries(migrated)).toEqual(Object.fromEntries(created));
      } finally {
        session.attempt(`DROP DATABASE IF EXISTS ${fresh} SYNC`);
        session.attempt(`DROP DATABASE IF EXISTS ${db} SYNC`);
      }
    }, 240_000);
  }
});
