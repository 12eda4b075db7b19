import { ReactFlowProvider } from '@xyflow/react';
import { useCallback, useState } from 'react';
import { Canvas } from './canvas/Canvas';
import { Inspector } from './panels/Inspector';
import { Palette } from './palette/Palette';
import { ProblemsList } from './problems/ProblemsList';
import { SqlPane } from './editor/SqlPane';
import { Toolbar } from './toolbar/Toolbar';
import { SplitHandle } from './layout/SplitHandle';
import { SidePlaceholder } from './layout/SidePlaceholder';
import { useDesign } from './store/designStore';
import { useViewMode } from './store/viewMode';
import { ReadOnlyHeader } from './share/ReadOnlyHeader';
import { ShareLinkGate } from './share/ShareLinkGate';
import { useForcedTheme } from './share/useForcedTheme';
import { EngineDialogs } from './engine/EngineDialogs';
import { ConfirmHost } from './ui/ConfirmHost';

// The SQL pane sits under the canvas so both get the full width between the
// palette and the inspector; nothing is laid over the canvas.
const initialSqlHeight = () => Math.round(Math.max(220, (window.innerHeight - 44) * 0.4));
const maxSqlHeight = () => window.innerHeight - 44 - 160;

export function App() {
  const [sqlHeight, setSqlHeight] = useState(initialSqlHeight);
  const hasSelection = useDesign((s) => s.selectedId !== null);
  const max = useCallback(maxSqlHeight, []);
  // Read-only views (embeds) show the canvas and/or the SQL, no palette and no editing commands.
  const readOnly = useViewMode((s) => s.readOnly);
  const view = useViewMode((s) => (s.readOnly ? s.view : 'both'));
  useForcedTheme();
  return (
    <ReactFlowProvider>
      <div className={readOnly ? `app app--readonly app--view-${view}` : 'app'}>
        {readOnly ? <ReadOnlyHeader /> : <Toolbar />}
        {!readOnly && <Palette />}
        <main className="app-center">
          {view !== 'sql' && (
            <div className="app-canvas">
              <Canvas />
            </div>
          )}
          {view === 'both' && <SplitHandle height={sqlHeight} onChange={setSqlHeight} min={120} max={max} />}
          {view !== 'canvas' && (
            <section className="app-sql" style={view === 'both' ? { height: sqlHeight } : undefined}>
              <SqlPane />
            </section>
          )}
        </main>
        {(!readOnly || hasSelection) && (
          <aside className="app-side">
            {hasSelection ? <Inspector /> : <SidePlaceholder />}
            {!readOnly && <ProblemsList />}
          </aside>
        )}
        <ShareLinkGate />
        {!readOnly && <EngineDialogs />}
        <ConfirmHost />
      </div>
    </ReactFlowProvider>
  );
}
