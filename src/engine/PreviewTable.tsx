// The rows a view would write to its target for its topic's sample messages.
import { useEffect, useState } from 'react';
import { upstream, viewTarget } from '../core/model/query';
import type { MaterializedView } from '../core/model/types';
import { useDesign } from '../store/designStore';
import { parseJsonRows, runSql } from './client';
import { ensureConsent } from './consent';
import { engineLabel, errorText, NO_ENGINE_HELP, useEngine } from './engineStore';
import { samplesProblem } from './inference';
import { buildPreview, runPreview, type PreviewResult, type UnparsedMessage } from './preview';
import './engine.css';

type Result = PreviewResult;

/** Sample messages the Kafka table could not read: the cell (message, column) and ClickHouse's reason. */
function UnparsedList({ unparsed }: { unparsed: UnparsedMessage[] }) {
  return (
    <table className="engine-table preview-unparsed" data-testid="panel.preview.unparsed">
      <thead>
        <tr>
          <th>line</th>
          <th>column</th>
          <th>does not parse</th>
        </tr>
      </thead>
      <tbody>
        {unparsed.map((u) => (
          <tr key={u.line} data-testid="panel.preview.unparsedRow" title={u.text}>
            <td>{u.line}</td>
            <td>{u.column || '?'}</td>
            <td className="preview-problem" data-problem={u.problem}>
              {u.problem}
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}

const DEBOUNCE_MS = 350;

export function PreviewTable({ view }: { view: MaterializedView }) {
  const connection = useEngine((s) => s.connection);
  const status = useEngine((s) => s.status);
  // Someone else's design previews only after the user has seen the query and allowed it.
  const trust = useDesign((s) => s.trust);
  const source = useDesign((s) => upstream(s.pipeline, view.id));
  const target = useDesign((s) => viewTarget(s.pipeline, view.id));
  const topic = useDesign((s) => (source ? upstream(s.pipeline, source.id) : undefined));
  const [result, setResult] = useState<Result | null>(null);
  const [message, setMessage] = useState('');

  let blocker = '';
  let plan: ReturnType<typeof buildPreview> | null = null;
  if (!source || source.kind !== 'kafkaTable') blocker = 'Connect a Kafka table to this view to preview its rows.';
  else if (!topic || topic.kind !== 'kafkaTopic') blocker = 'Connect a topic with sample messages to the Kafka table to preview rows.';
  else if (!connection) blocker = NO_ENGINE_HELP;
  else {
    const format = source.format || topic.format;
    blocker = samplesProblem(format, topic.samples ?? '');
    if (!blocker && view.mappings.every((m) => !m.expr.trim() || !m.target.trim())) blocker = 'The view writes no columns yet.';
    if (!blocker) plan = buildPreview(view, source, target?.kind === 'mergeTree' ? target : undefined, format, topic.samples ?? '', topic.topic);
  }
  const sql = plan?.sql ?? '';

  useEffect(() => {
    if (!sql || !connection || !plan || !trust.trusted) return;
    if (source?.kind !== 'kafkaTable' || topic?.kind !== 'kafkaTopic') return;
    const ctl = new AbortController();
    const query = (q: string) => runSql(connection, q, { format: 'JSONCompactEachRow', signal: ctl.signal }).then((body) => parseJsonRows<unknown[]>(body));
    const mergeTarget = target?.kind === 'mergeTree' ? target : undefined;
    const timer = window.setTimeout(() => {
      runPreview(query, view, source, mergeTarget, source.format || topic.format, topic.samples ?? '', topic.topic)
        .then((r) => {
          setResult(r);
          setMessage('');
        })
        .catch((e: unknown) => {
          if (ctl.signal.aborted) return;
          setResult(null);
          setMessage(errorText(e));
        });
    }, DEBOUNCE_MS);
    return () => {
      ctl.abort();
      window.clearTimeout(timer);
    };
    // plan is derived from sql; the query text is the whole input.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [sql, connection, trust.trusted]);

  const askToRun = () => {
    if (connection) void ensureConsent('preview', [sql], engineLabel({ status, connection }));
  };

  const problems = result?.rows.reduce((n, r) => n + r.filter((c) => c.problem).length, 0) ?? 0;
  return (
    <div className="preview" data-testid="panel.preview">
      {blocker ? (
        <p className="panel-hint" data-testid="panel.preview.message">
          {blocker}
        </p>
      ) : !trust.trusted ? (
        <div className="preview-consent">
          <p className="panel-hint" data-testid="panel.preview.message">
            This design came from {trust.source}: its preview query has not been run.
          </p>
          <button type="button" className="engine-button" data-testid="panel.preview.consent" onClick={askToRun}>
            Review the query and run…
          </button>
        </div>
      ) : message ? (
        <pre className="engine-error preview-error" data-testid="panel.preview.message">
          {message}
        </pre>
      ) : !result ? (
        <p className="panel-hint">Computing…</p>
      ) : (
        <>
          <p className="panel-hint" data-testid="panel.preview.summary">
            {result.rows.length} row{result.rows.length === 1 ? '' : 's'} to the target
            {problems ? `, ${problems} value${problems === 1 ? '' : 's'} that do not convert cleanly` : ''}
            {result.unparsed.length ? `; ${result.unparsed.length} sample message${result.unparsed.length === 1 ? '' : 's'} the Kafka table cannot read (below)` : ''}.
          </p>
          <div className="preview-scroll">
            <table className="engine-table">
              <thead>
                <tr>
                  {result.columns.map((c, i) => (
                    <th key={i} title={c.type}>
                      {c.name}
                      <span className="preview-type">{c.type || '?'}</span>
                    </th>
                  ))}
                </tr>
              </thead>
              <tbody>
                {result.rows.map((r, i) => (
                  <tr key={i} data-testid="panel.preview.row">
                    {r.map((c, j) => (
                      <td key={j} className={c.problem ? 'preview-problem' : undefined} title={c.problem || undefined} data-problem={c.problem || undefined}>
                        {c.text}
                      </td>
                    ))}
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
          {result.unparsed.length > 0 && <UnparsedList unparsed={result.unparsed} />}
        </>
      )}
    </div>
  );
}
