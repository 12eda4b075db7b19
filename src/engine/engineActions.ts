// What the engine buttons do, outside React so tests and shortcuts can call them.
import { useDesign } from '../store/designStore';
import { useEngine } from './engineStore';
import { checkDiagnostics, runCheck } from './runCheck';

export async function checkDesign(): Promise<void> {
  const { connection, checking } = useEngine.getState();
  if (checking) return;
  useEngine.setState({ dialog: 'check', report: null, diagnostics: [] });
  if (!connection) return;
  const design = useDesign.getState().pipeline;
  useEngine.setState({ checking: true });
  try {
    const report = await runCheck(connection, design);
    // Problems found in a design that has been edited since would point at the wrong text.
    const current = useDesign.getState().pipeline === design;
    useEngine.setState({ report, diagnostics: current ? checkDiagnostics(report) : [] });
  } finally {
    useEngine.setState({ checking: false });
  }
}
