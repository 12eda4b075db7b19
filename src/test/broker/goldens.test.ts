// Every golden case with a Kafka table, end to end through a real Kafka-protocol
// broker: its generated SQL runs in chdb, messages are produced to fresh
// topics, and each target (or a Kafka table without views, read directly)
// must hold exactly the rows ClickHouse computes from the same messages with
// format() and the views' SELECTs, without Kafka.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Pipeline } from '../../core/model/types';
import { goldenCases } from '../golden';
import { assertFlow } from './assertFlow';
import { runFlow, type FlowOptions } from './flow';
import { isRunning, MockBroker } from './mockBroker';
import { hasReplicated, pointAtBroker } from './rewire';
import { proveReplicatedDdl } from './replicatedDdl';
import { confluentAvro, pointAtRegistry, SchemaRegistry } from './schemaRegistry';
import { engineSession, type EngineSession } from './session';

const EVENT_SCHEMA_ID = 2;
const EVENT_SCHEMA = { type: 'record', name: 'Event', fields: [{ name: 'id', type: 'long' }] };

/** Protobuf wire format of `Event { uint64 id = 1; }`: tag 0x08 (field 1, varint), then the varint. */
function protobufId(id: number): Buffer {
  const out = [0x08];
  for (let v = id; ; v >>>= 7) {
    if (v < 0x80) {
      out.push(v);
      break;
    }
    out.push((v & 0x7f) | 0x80);
  }
  return Buffer.from(out);
}

/** Per case: messages for formats the generator does not write, and tables left unfed with the reason. */
const OPTIONS: Record<string, FlowOptions> = {
  kafka_format_settings: {
    messages: {
      // format_regexp = '(\d+) (\w+)', unmatched lines skipped (format_regexp_skip_unmatched = 1).
      regexp_queue: [{ text: '1 alpha' }, { text: 'no match here!' }, { text: '22 beta_2' }],
      // Protobuf wire format: field 1 (id) as a varint, 0x08 then the value (kept below 0x80: one byte).
      proto_queue: [5, 42, 300].map((id) => ({ text: `Event{id: ${id}}`, bytes: protobufId(id) })),
      // The writer schema has no ts: input_format_avro_allow_missing_fields = 1 gives it the default.
      avro_queue: [1, 2].map((id) => ({ text: `Event{id: ${id}}`, bytes: confluentAvro(EVENT_SCHEMA_ID, [{ long: id }]) })),
      template_queue: [{ text: 'id=7' }, { text: 'id=8' }],
    },
    // The design names these files but they live on the server; the test writes its own.
    schemaFiles: {
      'events.proto': 'syntax = "proto3";\nmessage Event { uint64 id = 1; }\n',
      'resultset.format': '${data}',
      'row.format': 'id=${id:Escaped}',
    },
    adjust: (p) => pointAtRegistry(p, registry.url),
  },
};

/**
 * Targets that must stay empty once every message was read, with the reason. ClickHouse 26.7 skips a
 * broken message when kafka_skip_broken_messages > 0 even in stream mode, so it never reaches _error.
 */
const EMPTY: Record<string, { tables: string[]; why: string }> = {
  kafka_settings: { tables: ['errors'], why: 'errors stays empty: kafka_skip_broken_messages = 10 skips the broken message before stream mode sees it' },
};

function hasKafka(p: Pipeline): boolean {
  return p.entities.some((e) => e.kind === 'kafkaTable');
}

let broker: MockBroker;
let registry: SchemaRegistry;
let session: EngineSession;

beforeAll(async () => {
  broker = await MockBroker.start();
  registry = await SchemaRegistry.start({ [EVENT_SCHEMA_ID]: EVENT_SCHEMA });
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

// One retry, with fresh topic and group names: on a machine loaded past its cores the mock
// cluster's consumer-group join has missed the deadline (seen once in a CI run at load 8+).
describe('golden cases through a real Kafka broker', { retry: 1 }, () => {
  for (const c of goldenCases()) {
    if (!hasKafka(c.pipeline)) {
      it.skip(`${c.name}: no Kafka table, nothing to consume`, () => {});
      continue;
    }
    const opts = OPTIONS[c.name] ?? {};
    const changes = pointAtBroker(c.pipeline, '127.0.0.1:0', 'probe').changes;
    if (hasReplicated(c.pipeline)) changes.unshift('Replicated targets as their plain family');
    const skipped = Object.entries(opts.skip ?? {}).map(([t, why]) => `${t} not fed: ${why}`);
    const empty = EMPTY[c.name];
    const notes = [...changes, ...skipped, ...(empty ? [empty.why] : [])];
    it(`${c.name}: every target gets exactly the expected rows${notes.length ? ` (${notes.join('; ')})` : ''}`, async () => {
      const r = await runFlow(session, broker, c.pipeline, c.name, opts);
      assertFlow(r, empty?.tables);
      for (const e of r.parseErrors) expect(e).toMatch(/Cannot parse/);
      // A consumer group's first join on the mock broker can take tens of seconds on a busy machine.
    }, 90_000);
    if (hasReplicated(c.pipeline)) {
      const single = c.pipeline.options.cluster.trim() ? ' (ON CLUSTER removed: chdb is a single server)' : '';
      it(`${c.name}: the Replicated DDL is created for real against the test Keeper${single}`, () => {
        proveReplicatedDdl(session, c.pipeline);
      });
    }
  }
});
