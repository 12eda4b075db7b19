// Toolbar entries that read the connected engine: draw its pipelines (From server…)
// and compare the design with it (Drift…). Both dialogs, with the importer and the
// planner, load on first use.
import { lazy, Suspense, useState } from 'react';

const ServerImportDialog = lazy(() => import('./ServerImportDialog').then((m) => ({ default: m.ServerImportDialog })));
const DriftDialog = lazy(() => import('./DriftDialog').then((m) => ({ default: m.DriftDialog })));

export function ServerButtons() {
  const [open, setOpen] = useState<'' | 'import' | 'drift'>('');
  const close = () => setOpen('');
  return (
    <>
      <button type="button" className="toolbar-button" data-testid="serverImport.open" title="Draw the pipelines of the connected ClickHouse (reads system.tables only)" onClick={() => setOpen('import')}>
        From server…
      </button>
      <button type="button" className="toolbar-button" data-testid="drift.open" title="Compare the design with what the connected ClickHouse has" onClick={() => setOpen('drift')}>
        Drift…
      </button>
      <Suspense fallback={null}>
        {open === 'import' && <ServerImportDialog onClose={close} />}
        {open === 'drift' && <DriftDialog onClose={close} />}
      </Suspense>
    </>
  );
}
