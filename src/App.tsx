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

// The SQL pane sits under the canvas so both get the full width between the
// palette and the inspector; nothing is laid over the canvas.
const initialSqlHeight = () => Math.round(Math.max(220, (window.innerHeight - 44) * 0.4));
const maxSqlHeight = () => window.innerHeight - 44 - 160;

export function App() {
  const [sqlHeight, setSqlHeight] = useState(initialSqlHeight);
  const hasSelection = useDesign((s) => s.selectedId !== null);
  const max = useCallback(maxSqlHeight, []);
  return (
    <ReactFlowProvider>
      <div className="app">
        <Toolbar />
        <Palette />
        <main className="app-center">
          <div className="app-canvas">
            <Canvas />
          </div>
          <SplitHandle height={sqlHeight} onChange={setSqlHeight} min={120} max={max} />
          <section className="app-sql" style={{ height: sqlHeight }}>
            <SqlPane />
          </section>
        </main>
        <aside className="app-side">
          {hasSelection ? <Inspector /> : <SidePlaceholder />}
          <ProblemsList />
        </aside>
      </div>
    </ReactFlowProvider>
  );
}
