import { ReactFlowProvider } from '@xyflow/react';
import { useCallback, useEffect, useState } from 'react';
import { Canvas } from './canvas/Canvas';
import { Inspector } from './panels/Inspector';
import { Palette } from './palette/Palette';
import { ProblemsList } from './problems/ProblemsList';
import { SqlPane } from './editor/SqlPane';
import { Toolbar } from './toolbar/Toolbar';
import { SplitHandle } from './layout/SplitHandle';
import { SidePlaceholder } from './layout/SidePlaceholder';
import { FoldedPane } from './layout/FoldedPane';
import { setLayout, SIDE_MAX, SIDE_MIN, SQL_MIN, useLayout } from './layout/layoutPrefs';
import './layout/layout.css';
import { useDesign } from './store/designStore';
import { useViewMode } from './store/viewMode';
import { ReadOnlyHeader } from './share/ReadOnlyHeader';
import { ShareLinkGate } from './share/ShareLinkGate';
import { useForcedTheme } from './share/useForcedTheme';
import { EngineDialogs } from './engine/EngineDialogs';
import { ConfirmHost } from './ui/ConfirmHost';
import { startIdlePrefetch } from './app/lazyPrefetched';

// The SQL pane sits under the canvas so both get the full width between the
// palette and the inspector; nothing is laid over the canvas. Both it and the
// side panel resize and fold, and the arrangement is remembered (layoutPrefs).
const initialSqlHeight = () => Math.round(Math.max(220, (window.innerHeight - 44) * 0.4));
const maxSqlHeight = () => window.innerHeight - 44 - 160;
const maxSideWidth = () => Math.min(SIDE_MAX, window.innerWidth - 176 - 360);
const FOLDED_SIDE = 28;

export function App() {
  const layout = useLayout();
  const [fallbackSql] = useState(initialSqlHeight);
  const sqlHeight = Math.min(layout.sqlHeight ?? fallbackSql, Math.max(SQL_MIN, maxSqlHeight()));
  const setSqlHeight = useCallback((h: number) => setLayout({ sqlHeight: h }), []);
  const setSideWidth = useCallback((w: number) => setLayout({ sideWidth: w }), []);
  const hasSelection = useDesign((s) => s.selectedId !== null);
  const max = useCallback(maxSqlHeight, []);
  // Read-only views (embeds) show the canvas and/or the SQL, no palette and no editing commands.
  const readOnly = useViewMode((s) => s.readOnly);
  const view = useViewMode((s) => (s.readOnly ? s.view : 'both'));
  useForcedTheme();
  // What loads on first use is fetched while the browser is idle, after Monaco when the SQL
  // pane is loading it: both want the same connection and CPU, and Monaco is on screen.
  const sqlShown = view !== 'canvas' && !(view === 'both' && layout.sqlCollapsed);
  useEffect(() => {
    if (!sqlShown) return startIdlePrefetch();
    // The same module the SQL pane imports: this waits for its load, it does not start another.
    const t = setTimeout(() => void import('./editor/MonacoSqlEditor').then(startIdlePrefetch, startIdlePrefetch), 0);
    return () => clearTimeout(t);
  }, [sqlShown]);
  const showSide = !readOnly || hasSelection;
  const sideWidth = layout.sideCollapsed ? FOLDED_SIDE : Math.min(layout.sideWidth, Math.max(SIDE_MIN, maxSideWidth()));
  const columns = readOnly ? undefined : { gridTemplateColumns: `176px minmax(360px, 1fr) ${showSide ? `${sideWidth}px` : '0px'}` };
  return (
    <ReactFlowProvider>
      <div className={readOnly ? `app app--readonly app--view-${view}` : 'app'} style={columns}>
        {readOnly ? <ReadOnlyHeader /> : <Toolbar />}
        {!readOnly && <Palette />}
        <main className="app-center">
          {view !== 'sql' && (
            <div className="app-canvas">
              <Canvas />
            </div>
          )}
          {view === 'both' && !layout.sqlCollapsed && (
            <SplitHandle
              orientation="horizontal"
              size={sqlHeight}
              onChange={setSqlHeight}
              min={SQL_MIN}
              max={max}
              label="Resize the SQL pane"
              testId="layout.split"
              onCollapse={() => setLayout({ sqlCollapsed: true })}
              collapseLabel="Hide the SQL pane"
            />
          )}
          {view === 'both' && layout.sqlCollapsed ? (
            <FoldedPane name="SQL" side="bottom" testId="layout.sql.show" onOpen={() => setLayout({ sqlCollapsed: false })} />
          ) : (
            view !== 'canvas' && (
              <section className="app-sql" style={view === 'both' ? { height: sqlHeight } : undefined}>
                <SqlPane />
              </section>
            )
          )}
        </main>
        {showSide && layout.sideCollapsed && !readOnly && (
          <aside className="app-side app-side--folded" data-testid="layout.side">
            <FoldedPane name="Properties and problems" side="right" testId="layout.side.show" onOpen={() => setLayout({ sideCollapsed: false })} />
          </aside>
        )}
        {showSide && (readOnly || !layout.sideCollapsed) && (
          <aside className="app-side" data-testid="layout.side">
            {!readOnly && (
              <SplitHandle
                orientation="vertical"
                size={sideWidth}
                onChange={setSideWidth}
                min={SIDE_MIN}
                max={maxSideWidth}
                label="Resize the side panel"
                testId="layout.sideSplit"
                onCollapse={() => setLayout({ sideCollapsed: true })}
                collapseLabel="Hide the side panel"
              />
            )}
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
