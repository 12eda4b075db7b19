import type { KafkaTopic } from '../../model/types';
import { canonicalBase } from '../parts';
import { str } from '../readers';
import type { KindCodec } from './codec';

export const kafkaTopicCodec: KindCodec<KafkaTopic> = {
  read: (o, path, base) => ({
    ...base,
    brokers: str(o, 'brokers', path, base.brokers),
    topic: str(o, 'topic', path, base.topic),
    format: str(o, 'format', path, base.format),
    consumerGroup: str(o, 'consumerGroup', path, base.consumerGroup),
    // Absent means no samples; only a design that has some carries the field.
    ...(str(o, 'samples', path, '') !== '' ? { samples: str(o, 'samples', path, '') } : {}),
  }),
  canonical: (e) => ({
    ...canonicalBase(e),
    brokers: e.brokers,
    topic: e.topic,
    format: e.format,
    consumerGroup: e.consumerGroup,
    // Written only when present, so designs without samples keep their exact file text.
    ...(e.samples ? { samples: e.samples } : {}),
  }),
};
