// What the engine buttons do, outside React so tests and shortcuts can call them.
import { useDesign } from '../store/designStore';
import { buildCheckPlan, newRunId } from './checkPlan';
import { ensureConsent } from './consent';
import { engineLabel, useEngine } from './engineStore';
import { rawRenamerFor } from './rawRenamer';
import { checkDiagnostics, checkTarget, planStatements, runCheck } from './runCheck';

export async function checkDesign(): Promise<void> {
  const { connection, checking, status } = useEngine.getState();
  if (checking) return;
  if (!connection) {
    useEngine.setState({ dialog: 'check', report: null, diagnostics: [] });
    return;
  }
  const design = useDesign.getState().pipeline;
  const renameRaw = await rawRenamerFor(design);
  // The plan is made before asking, so what the dialog lists is exactly what runs.
  const plan = buildCheckPlan(design, checkTarget(connection), newRunId(), renameRaw);
  if (!(await ensureConsent('check', planStatements(plan), engineLabel({ status, connection })))) return;
  useEngine.setState({ dialog: 'check', report: null, diagnostics: [], checking: true });
  try {
    const report = await runCheck(connection, design, plan);
    // Problems found in a design that has been edited since would point at the wrong text.
    const current = useDesign.getState().pipeline === design;
    useEngine.setState({ report, diagnostics: current ? checkDiagnostics(report) : [] });
  } finally {
    useEngine.setState({ checking: false });
  }
}
