// Toolbar entries for a running pipeline: mark the design as deployed (the
// baseline), see the migration from there, and export for Aiven or ClickPipes.
import { lazy, Suspense, useState } from 'react';
import { useDesign } from '../store/designStore';
import { useBaseline } from './baselineStore';
import './migrate.css';

// The planner and the exporters load with their dialogs, not before the canvas.
const MigrationDialog = lazy(() => import('./MigrationDialog').then((m) => ({ default: m.MigrationDialog })));
const DeployDialog = lazy(() => import('../exportTargets/DeployDialog').then((m) => ({ default: m.DeployDialog })));

function stamp(d: Date): string {
  const p = (n: number) => String(n).padStart(2, '0');
  return `${d.getFullYear()}-${p(d.getMonth() + 1)}-${p(d.getDate())} ${p(d.getHours())}:${p(d.getMinutes())}`;
}

export function DeployButtons() {
  const [open, setOpen] = useState<'' | 'migration' | 'deploy'>('');
  const hasBaseline = useBaseline((s) => s.baseline !== null);
  const mark = () => {
    useBaseline.getState().setBaseline(useDesign.getState().pipeline, `marked ${stamp(new Date())}`);
    useDesign.getState().notify('info', 'Marked as deployed: the migration starts from this version');
  };
  return (
    <>
      <button type="button" className="toolbar-button" data-testid="migrate.markBaseline" title="Remember this version as the one running on the server" onClick={mark}>
        Mark deployed
      </button>
      <button
        type="button"
        className="toolbar-button"
        data-testid="migrate.open"
        title={hasBaseline ? 'The migration from the deployed version to this one' : 'Mark a version as deployed first (or load it from a file)'}
        onClick={() => setOpen('migration')}
      >
        Migration…
      </button>
      <button type="button" className="toolbar-button" data-testid="deploy.open" title="Aiven integration config, ClickPipes, Terraform" onClick={() => setOpen('deploy')}>
        Deploy to…
      </button>
      <Suspense fallback={null}>
        {open === 'migration' && <MigrationDialog open onClose={() => setOpen('')} />}
        {open === 'deploy' && <DeployDialog open onClose={() => setOpen('')} />}
      </Suspense>
    </>
  );
}
