// Every gallery template end to end through a real Kafka-protocol broker: the
// generated SQL runs in chdb against fresh topics, and every target must hold
// exactly the rows ClickHouse computes from the same messages without Kafka.
// Some templates also get literal expectations worked out by hand from the
// generated messages (see messages.ts), read from the live pipeline.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { findTemplate, TEMPLATES } from '../../core/templates';
import { assertFlow } from './assertFlow';
import { PARSE_ERROR } from './expected';
import { sampleDay } from './messages';
import { runFlow, type FlowOptions } from './flow';
import { SchemaRegistry } from './schemaRegistry';
import { TEMPLATE_SCHEMAS, templateInputs } from './templateInputs';
import { isRunning, MockBroker } from './mockBroker';
import { hasReplicated, pointAtBroker } from './rewire';
import { proveReplicatedDdl } from './replicatedDdl';
import { engineSession, type EngineSession } from './session';

let broker: MockBroker;
let registry: SchemaRegistry;
let session: EngineSession;

beforeAll(async () => {
  broker = await MockBroker.start();
  registry = await SchemaRegistry.start(TEMPLATE_SCHEMAS);
  session = engineSession();
});

afterAll(async () => {
  if (broker) {
    const pid = broker.pid;
    await broker.stop();
    expect(isRunning(pid), `kcat ${pid} is gone after stop()`).toBe(false);
  }
  await registry?.stop();
  session?.close();
});

// Hand-computed from the generated payments: ts 10:00:05, 10:00:40, 10:01:15, 10:01:50 yesterday (UTC),
// user_id 0, 700, 1400, 2100, amount -1.5, 0, 1.5, 3 (two rows per minute).
const rollupReadBack = () => [
  { minute: `${sampleDay()} 10:00:00`, payments: 2, amount_total: -1.5, users: 2 },
  { minute: `${sampleDay()} 10:01:00`, payments: 2, amount_total: 4.5, users: 2 },
];

const OPTIONS: Record<string, (check: Record<string, unknown>) => FlowOptions> = {
  'avro-schema-registry': (check) => ({
    ...templateInputs('avro-schema-registry', registry.url),
    inspect: (s) => {
      check.sensors = s.typedRows(
        "SELECT sensor_id, toString(ts, 'UTC') AS ts, temperature, humidity FROM default.sensor_readings ORDER BY sensor_id, ts",
      );
    },
  }),
  'per-minute-rollup-aggregating': (check) => ({
    inspect: (s) => {
      check.readBack = s.rows(findTemplate('per-minute-rollup-aggregating')!.readBack!);
    },
  }),
  // Two orders of customer 7 on one day must be summed into one row by the SummingMergeTree.
  'kafka-fan-out-two-targets': (check) => ({
    ...templateInputs('kafka-fan-out-two-targets', registry.url),
    inspect: (s) => {
      check.daily = s.typedRows('SELECT customer_id, day, orders, amount FROM default.customer_daily FINAL ORDER BY customer_id');
      check.raw = s.rows('SELECT order_id FROM default.orders_raw ORDER BY order_id');
    },
  }),
  'kafka-dead-letter-stream': (check) => ({
    inspect: (s) => {
      check.errors = s.rows('SELECT kafka_partition, kafka_offset, raw_message, error FROM default.clicks_errors');
      check.clicks = s.rows('SELECT count() AS n, groupArray(url) AS urls FROM default.clicks');
    },
  }),
};

// One retry, with fresh topic and group names: on a machine loaded past its cores the mock
// cluster's consumer-group join has missed the deadline (seen once in a CI run at load 8+).
describe('templates through a real Kafka broker', { retry: 1 }, () => {
  for (const t of TEMPLATES) {
    const design = t.build();
    const notes = pointAtBroker(design, '127.0.0.1:0', 'probe').changes;
    if (hasReplicated(design)) notes.unshift('Replicated tables and databases run as plain ones');
    it(`${t.id}: every target gets exactly the expected rows${notes.length ? ` (${notes.join('; ')})` : ''}`, async () => {
      const check: Record<string, unknown> = {};
      const r = await runFlow(session, broker, t.build(), t.id, OPTIONS[t.id]?.(check) ?? templateInputs(t.id, registry.url));
      assertFlow(r);
      if (t.id === 'per-minute-rollup-aggregating') expect(check.readBack).toEqual(rollupReadBack());
      if (t.id === 'kafka-dead-letter-stream') {
        // The broken message went in third (offset 2); the four good ones still arrived around it.
        expect(check.errors).toEqual([
          { kafka_partition: 0, kafka_offset: 2, raw_message: 'not json {', error: expect.stringMatching(/^Cannot parse input: expected '\{' before: 'not json \{'/) },
        ]);
        expect(check.clicks).toEqual([{ n: 4, urls: expect.arrayContaining(['Ann', 'bob', 'Ève']) }]);
        expect(r.parseErrors).toHaveLength(1);
        expect(r.parseErrors[0]).not.toBe(PARSE_ERROR);
      }
      if (t.id === 'avro-schema-registry') {
        const day = sampleDay();
        expect(check.sensors).toEqual({
          names: ['sensor_id', 'ts', 'temperature', 'humidity'],
          types: ['String', 'String', 'Float64', 'Float32'],
          rows: [
            ['s-1', `${day} 10:00:05.250`, 21.5, 40.25],
            ['s-1', `${day} 10:01:00.125`, 22, 41],
            ['s-2', `${day} 10:00:06.000`, -3.75, 80.5],
          ],
        });
      }
      if (t.id === 'kafka-fan-out-two-targets') {
        expect(r.actual.targets.size).toBe(2);
        expect(check.raw).toEqual([{ order_id: 1 }, { order_id: 2 }, { order_id: 3 }]);
        expect(check.daily).toEqual({
          names: ['customer_id', 'day', 'orders', 'amount'],
          types: ['UInt64', 'Date', 'UInt64', 'Decimal(18, 2)'],
          rows: [
            [7, sampleDay(), 2, 12.75],
            [9, sampleDay(), 1, 100],
          ],
        });
      }
      // A consumer group's first join on the mock broker can take tens of seconds on a busy machine.
    }, 90_000);
    if (hasReplicated(design)) {
      it(`${t.id}: the Replicated DDL is created for real against the test Keeper`, () => {
        const proof = proveReplicatedDdl(session, t.build());
        expect(proof.created.length + proof.refusedWithoutPath.length).toBeGreaterThan(0);
      });
    }
  }
});
