// The results of "Check with ClickHouse": one row per statement, ClickHouse's own
// message on failures, what differed from the design's script, and exactly what ran.
import { useCallback } from 'react';
import { useDesign } from '../store/designStore';
import { Dialog } from '../ui/Dialog';
import { NO_ENGINE_HELP, useEngine } from './engineStore';
import type { StepResult } from './runCheck';

const STATUS_TEXT: Record<StepResult['status'], string> = {
  ok: 'ok',
  substituted: 'ran with substitutions',
  error: 'error',
  blocked: 'not run: depends on a failed statement',
  skipped: 'skipped',
};

function stepTitle(s: StepResult, names: Map<string, string>): string {
  if (s.kind === 'database') return `CREATE DATABASE ${s.database ?? ''}`.trim();
  return names.get(s.entityId) ?? s.entityId;
}

type Outcome = 'pending' | 'failed' | 'errors' | 'substituted' | 'ok';

export function CheckDialog() {
  const report = useEngine((s) => s.report);
  const checking = useEngine((s) => s.checking);
  const connection = useEngine((s) => s.connection);
  const entities = useDesign((s) => s.pipeline.entities);
  const close = useCallback(() => useEngine.setState({ dialog: 'none' }), []);
  const names = new Map(entities.map((e) => [e.id, `${e.database}.${e.name}`]));
  const failed = report?.steps.filter((s) => s.status === 'error').length ?? 0;

  const open = (s: StepResult) => {
    if (!s.entityId) return;
    useDesign.getState().select(s.entityId, s.field ?? null);
  };

  const count = (status: StepResult['status']) => report?.steps.filter((s) => s.status === status).length ?? 0;
  const substituted = count('substituted');
  const ran = count('ok') + substituted;
  let summary: string;
  let outcome: Outcome = 'pending';
  if (!connection) summary = NO_ENGINE_HELP;
  else if (checking || !report) summary = 'Running the script…';
  else if (report.failure) [summary, outcome] = [`The check could not finish: ${report.failure}`, 'failed'];
  else if (report.steps.length === 0) [summary, outcome] = ['The design has no statements to check yet.', 'ok'];
  else if (failed > 0) [summary, outcome] = [`ClickHouse ${report.version} rejected ${failed} of ${report.steps.length} statements.`, 'errors'];
  else if (substituted > 0)
    [summary, outcome] = [`${ran} of ${report.steps.length} statements ran on ClickHouse ${report.version}; ${substituted} of them only with substitutions (listed below), so those were not checked as written.`, 'substituted'];
  else [summary, outcome] = [`${ran} of ${report.steps.length} statements ran on ClickHouse ${report.version} exactly as written.`, 'ok'];

  return (
    <Dialog title="Check with ClickHouse" testId="check.results" onClose={close}>
      <p className="engine-summary" data-testid="check.summary" data-outcome={outcome}>
        {summary}
      </p>
      {report && report.steps.length > 0 && (
        <ol className="check-list">
          {report.steps.map((s, i) => (
            <li key={i} className={`check-item check-${s.status}`} data-testid="check.item" data-entity-id={s.entityId} data-status={s.status}>
              <button type="button" className="check-item-head" onClick={() => open(s)} disabled={!s.entityId}>
                <span className="check-status">{STATUS_TEXT[s.status]}</span>
                <span className="check-name">{stepTitle(s, names)}</span>
                {s.field && <span className="check-field">{s.field}</span>}
              </button>
              {s.substitutions.length > 0 && (
                <p className="check-substitutions" data-testid="check.substitutions">
                  ran with substitutions: {s.substitutions.join('; ')}
                </p>
              )}
              {s.asWritten && <pre className="check-as-written">As written, ClickHouse said: {s.asWritten}</pre>}
              {s.message && <pre className="check-message">{s.message}</pre>}
            </li>
          ))}
        </ol>
      )}
      {report && report.notes.length > 0 && (
        <ul className="check-notes" data-testid="check.notes">
          {report.notes.map((n, i) => (
            <li key={i}>{n}</li>
          ))}
        </ul>
      )}
      {report?.cleanupProblem && <p className="engine-error">{report.cleanupProblem}</p>}
      {report && report.ran.length > 0 && (
        <details className="check-ran">
          <summary>Exactly what ran ({report.ran.length} statements, in a scratch database that was dropped afterwards)</summary>
          <pre data-testid="check.ran">{report.ran.join('\n\n')}</pre>
        </details>
      )}
    </Dialog>
  );
}
