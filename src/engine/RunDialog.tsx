// The results of "Run": the rows that arrived in each target table from the
// topics' sample messages, what was substituted to run locally, and how long it took.
import { useCallback } from 'react';
import { Dialog } from '../ui/Dialog';
import { useRun } from './runActions';
import type { TargetRows } from './runPipeline';

function cell(v: unknown): string {
  return typeof v === 'string' ? v : JSON.stringify(v);
}

function TargetTable({ t }: { t: TargetRows }) {
  const columns = t.rows.length > 0 ? Object.keys(t.rows[0]!) : [];
  return (
    <section className="run-target" data-testid="run.target" data-target={t.label} data-rows={t.rows.length}>
      <h3>
        {t.label} <span className="run-count">{t.rows.length === 1 ? '1 row' : `${t.rows.length} rows`}</span>
      </h3>
      {t.rows.length === 0 ? (
        <p className="engine-note">No rows arrived (no samples, or the view's WHERE kept none).</p>
      ) : (
        <div className="preview-scroll">
          <table className="preview-table">
            <thead>
              <tr>{columns.map((c) => <th key={c}>{c}</th>)}</tr>
            </thead>
            <tbody>
              {t.rows.map((r, i) => (
                <tr key={i}>{columns.map((c) => <td key={c}>{cell(r[c])}</td>)}</tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </section>
  );
}

export function RunDialog() {
  const { open, running, progress, report, problem } = useRun();
  const close = useCallback(() => useRun.setState({ open: false }), []);
  if (!open) return null;
  let summary: string;
  if (problem) summary = problem;
  else if (running || !report) summary = progress || 'Starting…';
  else if (report.failure) summary = `The run stopped: ${report.failure}`;
  else summary = `Rows in ${report.targets.length} target table${report.targets.length === 1 ? '' : 's'} after ${(report.elapsedMs / 1000).toFixed(1)} s; everything was dropped afterwards.`;
  const outcome = problem || report?.failure ? 'failed' : running || !report ? 'pending' : 'ok';
  return (
    <Dialog title="Run on the local engine" testId="run.results" onClose={close}>
      <p className="engine-summary" data-testid="run.summary" data-outcome={outcome}>
        {summary}
      </p>
      {report?.targets.map((t) => <TargetTable key={t.entityId} t={t} />)}
      {report && report.plan.notes.length > 0 && (
        <ul className="check-notes" data-testid="run.notes">
          {report.plan.notes.map((n, i) => (
            <li key={i}>{n}</li>
          ))}
        </ul>
      )}
    </Dialog>
  );
}
