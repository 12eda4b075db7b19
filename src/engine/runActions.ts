// The "Run" button: plan (with the broker's address), ask consent with the exact
// statements, run, and keep the report for the dialog. Outside React so tests
// and shortcuts can call it.
import { create } from 'zustand';
import { useDesign } from '../store/designStore';
import { ensureConsent } from './consent';
import { engineLabel, errorText, useEngine } from './engineStore';
import type { RunReport } from './runPipeline';

// The planning and running code loads on the first Run, not before the canvas.
const runCode = () => Promise.all([import('./runPipeline'), import('./checkPlan')]);

export interface RunState {
  open: boolean;
  running: boolean;
  progress: string;
  report: RunReport | null;
  /** Why Run could not start (no local engine, broker missing, …). */
  problem: string;
}

export const useRun = create<RunState>()(() => ({ open: false, running: false, progress: '', report: null, problem: '' }));

export const RUN_NEEDS_LOCAL =
  'Run needs the local engine that `npm start` serves (it starts a local Kafka broker next to it). The static build and a connected server of your own cannot run it.';

export async function runDesign(): Promise<void> {
  const { connection, embedded, status } = useEngine.getState();
  if (useRun.getState().running) return;
  useRun.setState({ open: true, report: null, problem: '', progress: '' });
  // Run always uses the local engine: it needs the mock broker beside it.
  const conn = connection?.kind === 'embedded' ? connection : embedded;
  if (!conn) {
    useRun.setState({ problem: RUN_NEEDS_LOCAL });
    return;
  }
  const design = useDesign.getState().pipeline;
  useRun.setState({ running: true, progress: 'Starting the local Kafka broker…' });
  try {
    const [{ planRun, runPipeline }, { newRunId }] = await runCode();
    const plan = await planRun(conn, design, newRunId());
    const statements = [...plan.statements.map((s) => s.sql), ...plan.targets.map((t) => `SELECT * FROM ${t.table}`), ...plan.cleanup];
    if (!(await ensureConsent('run', statements, engineLabel({ status, connection: conn })))) {
      useRun.setState({ open: false });
      return;
    }
    const report = await runPipeline(conn, plan, { onProgress: (progress) => useRun.setState({ progress }) });
    useRun.setState({ report });
  } catch (e) {
    useRun.setState({ problem: errorText(e) });
  } finally {
    useRun.setState({ running: false, progress: '' });
  }
}
