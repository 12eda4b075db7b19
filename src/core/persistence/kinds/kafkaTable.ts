import type { KafkaTable } from '../../model/types';
import { canonicalBase, canonicalColumn, readColumns, sortedRecord } from '../parts';
import { str, stringRecord } from '../readers';
import type { KindCodec } from './codec';

export const kafkaTableCodec: KindCodec<KafkaTable> = {
  read: (o, path, base) => ({
    ...base,
    columns: readColumns(o, path),
    brokers: str(o, 'brokers', path, base.brokers),
    topic: str(o, 'topic', path, base.topic),
    format: str(o, 'format', path, base.format),
    consumerGroup: str(o, 'consumerGroup', path, base.consumerGroup),
    settings: stringRecord(o, 'settings', path, base.settings),
    namedCollection: str(o, 'namedCollection', path, base.namedCollection ?? ''),
  }),
  canonical: (e) => ({
    ...canonicalBase(e),
    columns: e.columns.map(canonicalColumn),
    brokers: e.brokers,
    topic: e.topic,
    format: e.format,
    consumerGroup: e.consumerGroup,
    settings: sortedRecord(e.settings),
    namedCollection: e.namedCollection ?? '',
  }),
};
