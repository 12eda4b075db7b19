// The messages a test produces for a Kafka table: the linked topic's own
// samples when the design has some, otherwise a few JSONEachRow rows made from
// the table's columns. Values repeat keys, cross zero and straddle minutes so
// WHERE filters, Summing/Replacing keys and per-minute groups all have work.
import type { Column, KafkaTable, Pipeline } from '../../core/model/types';

export interface Message {
  /** The message as text, or a readable label when `bytes` holds a binary message. */
  text: string;
  /** A binary message (Avro, Protobuf), sent as these exact bytes instead of `text`. */
  bytes?: Buffer;
  /** A message the format cannot parse: with kafka_handle_error_mode = 'stream' it becomes an _error row. */
  broken?: boolean;
}

const ROWS = 4;
const STRINGS = ['Ann', 'bob', 'Ann', 'Ève'];
// Two rows per minute, same day.
const TIMES = ['10:00:05', '10:00:40', '10:01:15', '10:01:50'];

/** A UTC day `back` days before today: recent, so a table TTL (e.g. 90 days) keeps the rows. */
export function sampleDay(back = 1): string {
  return new Date(Date.now() - back * 86_400_000).toISOString().slice(0, 10);
}

function unwrap(type: string, wrapper: string): string | undefined {
  const t = type.trim();
  return t.startsWith(wrapper + '(') && t.endsWith(')') ? t.slice(wrapper.length + 1, -1).trim() : undefined;
}

/** A JSON value of `type` for row i, or undefined to leave the field out (the column's default). */
export function sampleValue(type: string, i: number): unknown {
  const lc = unwrap(type, 'LowCardinality');
  if (lc !== undefined) return sampleValue(lc, i);
  const nullable = unwrap(type, 'Nullable');
  if (nullable !== undefined) return i === 1 ? null : sampleValue(nullable, i);
  const array = unwrap(type, 'Array');
  if (array !== undefined) {
    const v = sampleValue(array, i);
    return v === undefined ? undefined : [v];
  }
  const int = /^(U?)Int(\d+)$/.exec(type);
  if (int) {
    const step = int[2] === '8' ? 7 : 700;
    return int[1] === 'U' ? i * step : (i - 1) * step;
  }
  if (/^(Float32|Float64|BFloat16)$/.test(type)) return (i - 1) * 1.5;
  if (/^Decimal(32|64|128|256)?\(/.test(type)) return (i - 1) * 12.25;
  if (/^(String|FixedString\(\d+\))$/.test(type)) return STRINGS[i % STRINGS.length];
  if (/^Date(32)?$/.test(type)) return sampleDay(1 + i);
  if (/^DateTime(\(.*\))?$/.test(type)) return `${sampleDay()} ${TIMES[i % TIMES.length]}`;
  if (/^DateTime64\(/.test(type)) return `${sampleDay()} ${TIMES[i % TIMES.length]}.250`;
  if (type === 'Bool') return i % 2 === 1;
  if (type === 'UUID') return `00000000-0000-4000-8000-00000000000${i}`;
  return undefined;
}

/** JSONEachRow rows for the table's insertable columns (ALIAS columns cannot be written). */
export function generatedMessages(columns: readonly Column[]): Message[] {
  const writable = columns.filter((c) => c.defaultKind !== 'ALIAS' && c.defaultKind !== 'MATERIALIZED');
  return Array.from({ length: ROWS }, (_, i) => {
    const row: Record<string, unknown> = {};
    for (const c of writable) {
      const v = sampleValue(c.type.trim(), i);
      if (v !== undefined) row[c.name] = v;
    }
    return { text: JSON.stringify(row) };
  });
}

function isStreamMode(t: KafkaTable): boolean {
  return (t.settings['kafka_handle_error_mode'] ?? '').replace(/'/g, '').trim() === 'stream';
}

/**
 * Messages for one Kafka table. With kafka_handle_error_mode = 'stream' a broken
 * message goes in the middle, so the rows after it prove the consumer went on.
 */
export function messagesFor(p: Pipeline, t: KafkaTable): Message[] {
  const topic = p.entities.find((e) => e.kind === 'kafkaTopic' && p.links.some((l) => l.source === e.id && l.target === t.id));
  const samples = topic?.kind === 'kafkaTopic' ? (topic.samples ?? '') : '';
  let messages: Message[];
  if (samples.trim() !== '') {
    messages = samples
      .split('\n')
      .filter((l) => l.trim() !== '')
      .map((text) => ({ text }));
  } else if (t.format.trim() === 'JSONEachRow') {
    messages = generatedMessages(t.columns);
  } else {
    throw new Error(`${t.name}: no samples and no message generator for format ${t.format}; give the test its messages`);
  }
  if (isStreamMode(t)) messages.splice(2, 0, { text: 'not json {', broken: true });
  return messages;
}
