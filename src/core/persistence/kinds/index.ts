import type { Entity, EntityOf, NodeKind } from '../../model/types';
import type { KindCodec } from './codec';
import { kafkaTableCodec } from './kafkaTable';
import { kafkaTopicCodec } from './kafkaTopic';
import { materializedViewCodec } from './materializedView';
import { mergeTreeCodec } from './mergeTree';

export const CODECS: { [K in NodeKind]: KindCodec<EntityOf<K>> } = {
  kafkaTopic: kafkaTopicCodec,
  kafkaTable: kafkaTableCodec,
  materializedView: materializedViewCodec,
  mergeTree: mergeTreeCodec,
};

export function codecFor(e: Entity): KindCodec<Entity> {
  return CODECS[e.kind] as unknown as KindCodec<Entity>;
}
