// The migration from the baseline to the current design: the script with each
// step explained, the problems that refuse it, and an explicit choice for the
// destructive steps. Copy or download it; `chflow migrate` prints the same.
import { useMemo, useRef, useState, type ChangeEvent } from 'react';
import { Dialog } from '../ui/Dialog';
import { planMigration, renderMigration } from '../core/migrate';
import { parseDesign } from '../core/persistence/designFile';
import { downloadText } from '../browser/download';
import { useDesign } from '../store/designStore';
import { useBaseline } from './baselineStore';

export function MigrationDialog({ open, onClose }: { open: boolean; onClose(): void }) {
  const file = useRef<HTMLInputElement>(null);
  const pipeline = useDesign((s) => s.pipeline);
  const { baseline, source, problem, setBaseline } = useBaseline();
  const [allowDestructive, setAllowDestructive] = useState(false);

  const plan = useMemo(() => (open && baseline ? planMigration(baseline, pipeline) : null), [open, baseline, pipeline]);
  const script = plan ? renderMigration(plan, { allowDestructive }) : '';
  const refused = !!plan?.problems.some((p) => p.severity === 'error');
  const destructive = plan ? plan.steps.filter((s) => s.destructive).length : 0;

  const onFile = async (e: ChangeEvent<HTMLInputElement>) => {
    const input = e.currentTarget;
    const f = input.files?.[0];
    input.value = '';
    if (!f) return;
    const r = parseDesign(await f.text());
    if (!r.ok) useDesign.getState().notify('error', `${f.name} cannot be the baseline: ${r.error}`);
    else setBaseline(r.pipeline, `from ${f.name}`);
  };

  const copy = () => {
    void navigator.clipboard.writeText(script).then(
      () => useDesign.getState().notify('info', 'Migration copied'),
      (err: unknown) => useDesign.getState().notify('error', `Could not copy: ${err instanceof Error ? err.message : String(err)}`),
    );
  };

  if (!open) return null;
  return (
    <Dialog title="Migration" testId="migrate.dialog" closeTestId="migrate.close" size="wide" className="migrate-dialog" onClose={onClose}>
      <p className="migrate-baseline" data-testid="migrate.baseline">
        {baseline ? `Baseline (the design as deployed): ${source}.` : 'No baseline yet: mark the design as deployed, or load the file that was deployed.'}{' '}
        <button type="button" className="toolbar-button" data-testid="migrate.baselineFile" onClick={() => file.current?.click()}>
          Baseline from file…
        </button>
        <input ref={file} type="file" accept=".json" hidden data-testid="migrate.baselineFile.input" onChange={(e) => void onFile(e)} />
      </p>
      {problem && <p className="migrate-problem">{problem}</p>}
      {plan && plan.problems.length > 0 && (
        <ul className="migrate-problems" data-testid="migrate.problems">
          {plan.problems.map((p, i) => (
            <li key={i} className={p.severity === 'error' ? 'migrate-error' : 'migrate-warning'}>
              <strong>{p.code}</strong> {p.message}
            </li>
          ))}
        </ul>
      )}
      {plan && (
        <>
          <label className="migrate-choice">
            <input
              type="checkbox"
              data-testid="migrate.allowDestructive"
              checked={allowDestructive}
              disabled={destructive === 0 || refused}
              onChange={(e) => setAllowDestructive(e.currentTarget.checked)}
            />{' '}
            Include the {destructive} destructive step{destructive === 1 ? '' : 's'} (they delete or rewrite stored data)
          </label>
          <pre className="migrate-script" data-testid="migrate.script">
            {script}
          </pre>
          <div className="migrate-actions">
            <button type="button" className="toolbar-button" data-testid="migrate.copy" disabled={refused || plan.empty} onClick={copy}>
              Copy
            </button>
            <button type="button" className="toolbar-button" data-testid="migrate.download" disabled={refused || plan.empty} onClick={() => downloadText('migration.sql', script)}>
              Download migration.sql
            </button>
          </div>
        </>
      )}
    </Dialog>
  );
}
