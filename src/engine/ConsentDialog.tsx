// "Run this design's SQL?": shown before a design the user did not make first
// runs on an engine, with the exact statements and where the design came from.
import { useCallback } from 'react';
import { answerConsent, useConsent, type ConsentPurpose } from './consent';
import { Dialog } from '../ui/Dialog';
import './engine.css';

const ACTION: Record<ConsentPurpose, string> = {
  check: 'Check with ClickHouse runs these statements',
  preview: 'The preview runs this query',
  infer: 'Infer columns runs this query',
  run: 'Run creates the pipeline, produces its sample messages to a local Kafka broker and reads the targets with these statements',
};

export function ConsentDialog() {
  const request = useConsent((s) => s.request);
  const decline = useCallback(() => answerConsent(false), []);
  if (!request) return null;
  const n = request.statements.length;
  return (
    <Dialog title="Run this design’s SQL?" testId="consent.dialog" onClose={decline}>
      <p className="engine-summary" data-testid="consent.source">
        This design came from <strong>{request.trust.source}</strong>, so chflow has not run any of it yet.
      </p>
      <p className="panel-hint">
        {ACTION[request.purpose]} on <strong data-testid="consent.engine">{request.engine}</strong>. SQL written by someone else can read files, tables
        or other servers that this engine can reach. Read it first; once you allow it, this design runs without asking again.
      </p>
      <details className="check-ran" open>
        <summary>
          {n} statement{n === 1 ? '' : 's'}, exactly as they will be sent
        </summary>
        <ol className="consent-statements" data-testid="consent.statements">
          {request.statements.map((sql, i) => (
            <li key={i}>
              <pre data-testid="consent.statement">{sql}</pre>
            </li>
          ))}
        </ol>
      </details>
      <div className="engine-dialog-actions">
        <button type="button" className="engine-button" data-testid="consent.decline" onClick={decline}>
          Don’t run
        </button>
        <button type="button" className="engine-button engine-primary" data-testid="consent.run" onClick={() => answerConsent(true)}>
          Trust this design and run
        </button>
      </div>
    </Dialog>
  );
}
