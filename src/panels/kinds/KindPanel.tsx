// The fields of the selected node's kind. Loaded apart from the first bundle (the
// Inspector imports it lazily and prefetches it once the canvas is up), so the
// column, type, engine and preview editors cost nothing before the canvas shows.
import type { Entity } from '../../core/model/types';
import { KafkaTablePanel } from './KafkaTablePanel';
import { KafkaTopicPanel } from './KafkaTopicPanel';
import { MaterializedViewPanel } from './MaterializedViewPanel';
import { MergeTreePanel } from './MergeTreePanel';

export function KindPanel({ entity }: { entity: Entity }) {
  switch (entity.kind) {
    case 'kafkaTopic':
      return <KafkaTopicPanel entity={entity} />;
    case 'kafkaTable':
      return <KafkaTablePanel entity={entity} />;
    case 'materializedView':
      return <MaterializedViewPanel entity={entity} />;
    case 'mergeTree':
      return <MergeTreePanel entity={entity} />;
  }
}
