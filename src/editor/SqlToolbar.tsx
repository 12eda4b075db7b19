// Copy / Download / Copy statement, plus line and statement counts.
import { useEffect, useRef, useState } from 'react';
import type { SqlScript } from '../core/sql/generate';
import { downloadText } from '../browser/download';
import { copyText } from './clipboard';
import { countLines, entityText } from './sqlDerived';

type Feedback = { ok: boolean; text: string } | null;

export function SqlToolbar({ script, selectedId }: { script: SqlScript; selectedId: string | null }) {
  const [feedback, setFeedback] = useState<Feedback>(null);
  const timer = useRef<ReturnType<typeof setTimeout> | undefined>(undefined);
  useEffect(() => () => clearTimeout(timer.current), []);

  const statementText = entityText(script, selectedId);
  const empty = script.text.length === 0;

  const show = (f: Feedback) => {
    setFeedback(f);
    clearTimeout(timer.current);
    timer.current = setTimeout(() => setFeedback(null), 1600);
  };

  const copy = async (text: string, what: string) => {
    const ok = await copyText(text);
    show(ok ? { ok, text: `Copied ${what}` } : { ok, text: 'Copy failed: select the text and press Ctrl+C' });
  };

  // The last statement's end line is the count (no rescan of the whole script per keystroke).
  const lines = script.statements.at(-1)?.endLine ?? countLines(script.text);
  const statements = script.statements.length;

  return (
    <div className="sql-toolbar">
      <h2 className="sql-title">SQL</h2>
      <button type="button" data-testid="sql.copy" disabled={empty} onClick={() => void copy(script.text, 'script')}>
        Copy
      </button>
      <button
        type="button"
        data-testid="sql.copyStatement"
        disabled={statementText === null}
        title={statementText === null ? 'Select a node that produces SQL' : 'Copy the selected node’s statement'}
        onClick={() => statementText !== null && void copy(statementText, 'statement')}
      >
        Copy statement
      </button>
      <button type="button" data-testid="sql.download" disabled={empty} onClick={() => downloadText('pipeline.sql', script.text, 'application/sql;charset=utf-8')}>
        Download
      </button>
      {feedback && (
        <span
          className={feedback.ok ? 'sql-feedback' : 'sql-feedback sql-feedback-error'}
          data-testid={feedback.ok ? 'sql.copied' : 'sql.copyFailed'}
          role="status"
        >
          {feedback.text}
        </span>
      )}
      <span className="sql-counts" data-testid="sql.counts">
        {lines} {lines === 1 ? 'line' : 'lines'} · {statements} {statements === 1 ? 'statement' : 'statements'}
      </span>
    </div>
  );
}
