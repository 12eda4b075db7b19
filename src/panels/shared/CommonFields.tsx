import type { Entity } from '../../core/model/types';
import { patchEntity } from './edit';
import { TextField } from './Field';

/** Name, database and comment; a topic lives in Kafka, so it has no database field. */
export function CommonFields({ entity }: { entity: Entity }) {
  return (
    <>
      <TextField
        label="Name"
        field="name"
        testId="panel.name"
        code
        value={entity.name}
        onChange={(name) => patchEntity(entity.id, { name })}
      />
      {entity.kind !== 'kafkaTopic' && (
        <TextField
          label="Database"
          field="database"
          testId="panel.database"
          code
          placeholder="default"
          value={entity.database}
          onChange={(database) => patchEntity(entity.id, { database })}
        />
      )}
      <TextField
        label="Comment"
        field="comment"
        testId="panel.comment"
        multiline
        value={entity.comment}
        onChange={(comment) => patchEntity(entity.id, { comment })}
      />
    </>
  );
}
