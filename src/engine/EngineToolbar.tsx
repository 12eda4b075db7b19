// Toolbar items: "Check with ClickHouse" and the engine status chip (opens the connection dialog).
import { Suspense, useEffect } from 'react';
import { lazyPrefetched, prefetchWhenIdle } from '../app/lazyPrefetched';
import { detectEngine, engineLabel, NO_ENGINE_HELP, useEngine } from './engineStore';
import { RUN_NEEDS_LOCAL, runDesign, useRun } from './runActions';
import './engine.css';

// Check's planning and result mapping load on first use, like the Run dialog.
const engineActions = () => import('./engineActions');
prefetchWhenIdle(engineActions);
const RunDialog = lazyPrefetched(() => import('./RunDialog').then((m) => m.RunDialog));

export function EngineToolbar() {
  const status = useEngine((s) => s.status);
  const connection = useEngine((s) => s.connection);
  const checking = useEngine((s) => s.checking);
  const embedded = useEngine((s) => s.embedded);
  const running = useRun((s) => s.running);
  const runOpen = useRun((s) => s.open);
  useEffect(() => void detectEngine(), []);
  const label = engineLabel({ status, connection });
  return (
    <>
      <button
        type="button"
        className="toolbar-button"
        data-testid="toolbar.check"
        disabled={checking}
        title={connection ? `Run the whole script on ${label} in a throwaway database` : NO_ENGINE_HELP}
        onClick={() => void engineActions().then((m) => m.checkDesign())}
      >
        {checking ? 'Checking…' : '✓ Check'}
      </button>
      <button
        type="button"
        className="toolbar-button"
        data-testid="toolbar.run"
        disabled={running}
        title={embedded ? 'Create the pipeline on the local engine, send the topics\' sample messages through a local Kafka broker and show the rows that arrive' : RUN_NEEDS_LOCAL}
        onClick={() => void runDesign()}
      >
        {running ? 'Running…' : '▶ Run'}
      </button>
      <Suspense fallback={null}>{runOpen && <RunDialog />}</Suspense>
      <button
        type="button"
        className={`engine-chip engine-chip-${connection?.kind ?? status}`}
        data-testid="engine.status"
        data-engine={connection?.kind ?? 'none'}
        title="Choose the ClickHouse that checks and previews run on"
        onClick={() => useEngine.setState({ dialog: 'connect' })}
      >
        <span className="engine-dot" aria-hidden="true" />
        {label}
      </button>
    </>
  );
}
