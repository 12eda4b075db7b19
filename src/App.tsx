import { ReactFlowProvider } from '@xyflow/react';
import { Canvas } from './canvas/Canvas';
import { Inspector } from './panels/Inspector';
import { Palette } from './palette/Palette';
import { ProblemsList } from './problems/ProblemsList';
import { SqlPane } from './editor/SqlPane';
import { Toolbar } from './toolbar/Toolbar';

export function App() {
  return (
    <ReactFlowProvider>
      <div className="app">
        <Toolbar />
        <Palette />
        <main className="app-canvas">
          <Canvas />
          <Inspector />
        </main>
        <aside className="app-side">
          <SqlPane />
          <ProblemsList />
        </aside>
      </div>
    </ReactFlowProvider>
  );
}
