// Brokers, topic list, consumer group and format: shared by topic nodes and
// Kafka tables. ClickHouse accepts nonsense here at CREATE time and only fails
// when consuming (docs/clickhouse.md key finding 4), so we check it ourselves.
import lexicon from '../../clickhouse/lexicon.json';
import type { KafkaTable, KafkaTopic } from '../../model/types';
import { closestName } from '../../types/lexicon';
import { error, listNames, warning, type Emit } from './diag';

const FORMATS = new Set(lexicon.inputFormats);
const FORMAT_BY_LOWER = new Map(lexicon.inputFormats.map((f) => [f.toLowerCase(), f]));
// Kafka's own rule for topic names.
const TOPIC_NAME = /^[-_.A-Za-z0-9]{1,249}$/;

export function canonicalFormat(format: string): string | undefined {
  return FORMATS.has(format) ? format : FORMAT_BY_LOWER.get(format.toLowerCase());
}

export function validateConnection(e: KafkaTopic | KafkaTable, emit: Emit, opts: { consumerGroup: boolean }): void {
  const id = e.id;
  if (e.brokers.trim() === '')
    emit(error(id, 'kafka.brokers.empty', 'No brokers given; enter host:port of at least one broker, e.g. kafka:9092.', 'brokers'));
  else if (e.brokers.split(',').some((b) => b.trim() === ''))
    emit(warning(id, 'kafka.brokers.blankEntry', 'The broker list has an empty entry (a stray comma); remove it.', 'brokers'));

  const topics = e.topic.split(',').map((s) => s.trim());
  if (e.topic.trim() === '')
    emit(error(id, 'kafka.topic.empty', 'No Kafka topic given; enter the topic to read (several: comma-separated).', 'topic'));
  else {
    const bad = topics.filter((s) => s === '' || s === '.' || s === '..' || !TOPIC_NAME.test(s));
    if (bad.length)
      emit(warning(id, 'kafka.topic.invalidName', `Kafka topic names use only letters, digits, ".", "_" and "-"; check ${bad.some((b) => b === '') ? 'the empty entry' : listNames(bad)}.`, 'topic'));
  }

  if (opts.consumerGroup && e.consumerGroup.trim() === '')
    emit(error(id, 'kafka.consumerGroup.empty', 'No consumer group given; enter one (each pipeline reading a topic should have its own).', 'consumerGroup'));

  const format = e.format.trim();
  if (format === '') emit(error(id, 'kafka.format.empty', 'No message format chosen; pick one such as JSONEachRow.', 'format'));
  else if (!FORMATS.has(format)) {
    const canonical = FORMAT_BY_LOWER.get(format.toLowerCase());
    if (canonical)
      emit(warning(id, 'kafka.format.case', `Format ${format} is accepted but is spelled ${canonical}; use the canonical spelling.`, 'format'));
    else {
      const hint = closestName(format, lexicon.inputFormats);
      emit(error(id, 'kafka.format.unknown', `${format} is not an input format ClickHouse can read from Kafka; ${hint ? `did you mean ${hint}?` : 'pick one from the list (e.g. JSONEachRow, CSV, Avro).'}`, 'format'));
    }
  }
}
