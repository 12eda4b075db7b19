// One click for the dead-letter pattern: an errors view and table for messages that
// failed to parse, and the table's other views narrowed to good rows.
import { useState } from 'react';
import { addDeadLetter, hasDeadLetter, isStreamMode } from '../../core/model/deadLetter';
import type { KafkaTable } from '../../core/model/types';
import { useDesign } from '../../store/designStore';
import { change } from '../shared/edit';

export function DeadLetterAction({ table }: { table: KafkaTable }) {
  const exists = useDesign((s) => hasDeadLetter(s.pipeline, table.id));
  const [message, setMessage] = useState<string | null>(null);
  const stream = isStreamMode(table);
  const run = () => {
    const r = addDeadLetter(useDesign.getState().pipeline, table.id);
    if (!r.ok) {
      setMessage(r.reason);
      return;
    }
    change(() => r.pipeline);
    setMessage(null);
  };
  return (
    <div className="opt-dead-letter">
      <button
        type="button"
        className="panel-btn"
        data-testid="panel.deadLetter"
        disabled={exists}
        title={exists ? 'A view of this table already stores the broken messages' : undefined}
        onClick={run}
      >
        Add dead-letter table
      </button>
      <span className="panel-hint">
        {exists
          ? 'Broken messages already go to an errors table.'
          : stream
            ? 'Stores messages with length(_error) > 0 with topic, partition and offset; other views keep good rows only.'
            : "Switches kafka_handle_error_mode to 'stream', then stores broken messages in an errors table."}
      </span>
      {message ? (
        <div className="panel-hint opt-warn" role="alert" data-testid="panel.deadLetter.message">
          {message}
        </div>
      ) : null}
    </div>
  );
}
