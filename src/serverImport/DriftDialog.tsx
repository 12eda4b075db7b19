// Drift…: what the connected server holds in the design's databases against the
// design (missing, extra, different), and the migration from the server's state
// to the design: the server's reading becomes the baseline of the Migration dialog.
import { lazy, Suspense, useEffect, useMemo, useState } from 'react';
import { compareWithServer, driftQuery, sameTextQuery, settleDrift, type Drift, type DriftItem } from '../core/serverImport';
import { queryRows } from '../engine/client';
import { errorText, useEngine } from '../engine/engineStore';
import { useBaseline } from '../migrate/baselineStore';
import { useDesign } from '../store/designStore';
import { Dialog } from '../ui/Dialog';
import { useServerTables } from './useServerTables';
import '../import/import.css';
import './serverImport.css';

const MigrationDialog = lazy(() => import('../migrate/MigrationDialog').then((m) => ({ default: m.MigrationDialog })));

const SAYS: Record<DriftItem['kind'], string> = {
  missing: 'in the design, not on the server',
  extra: 'on the server, not in the design',
  different: 'differs',
};

export function DriftDialog({ onClose }: { onClose(): void }) {
  const design = useDesign((s) => s.pipeline);
  const query = useMemo(() => driftQuery(design), [design]);
  const read = useServerTables(query);
  const connection = useEngine((s) => s.connection);
  const literal = useMemo(() => (read.state === 'ready' ? compareWithServer(design, read.rows) : null), [read, design]);
  // The server's formatter says which literal differences are only its own spelling.
  const [settled, setSettled] = useState<{ from: Drift; drift: Drift } | { from: Drift; failure: string } | null>(null);
  useEffect(() => {
    if (!literal || !connection) return;
    const ask = sameTextQuery(literal);
    if (!ask) {
      setSettled({ from: literal, drift: literal });
      return;
    }
    let live = true;
    queryRows<{ same: (boolean | number)[] }>(connection, ask).then(
      (rows) => live && setSettled({ from: literal, drift: settleDrift(design, literal, (rows[0]?.same ?? []).map(Boolean)) }),
      (e: unknown) => live && setSettled({ from: literal, failure: errorText(e) }),
    );
    return () => {
      live = false;
    };
  }, [literal, connection, design]);
  const current = settled && settled.from === literal ? settled : null;
  // Without the formatter's answer the literal comparison is shown, with the reason.
  const drift = current ? ('drift' in current ? current.drift : literal) : null;
  const [migrating, setMigrating] = useState(false);

  const migrate = () => {
    if (!drift) return;
    useBaseline.getState().setBaseline(drift.server, `the server's state, read ${new Date().toLocaleString()}`);
    setMigrating(true);
  };

  if (migrating) {
    return (
      <Suspense fallback={null}>
        <MigrationDialog open onClose={onClose} />
      </Suspense>
    );
  }
  return (
    <Dialog title="Drift from the server" testId="drift" onClose={onClose}>
      {(read.state === 'loading' || (literal && !current)) && <p>Reading system.tables…</p>}
      {read.state === 'failed' && (
        <p className="import-message import-error" data-testid="drift.failure">
          {read.message}
        </p>
      )}
      {current && 'failure' in current && <p className="import-message import-note">Could not ask the server to format the statements ({current.failure}); differences in spelling alone are listed too.</p>}
      {drift && drift.items.length === 0 && <p data-testid="drift.none">The server has every object of the design, as the design writes it, and nothing more in its databases.</p>}
      {drift && drift.items.length > 0 && (
        <ul className="server-list" data-testid="drift.items">
          {drift.items.map((item) => (
            <li key={`${item.kind}.${item.database}.${item.name}.${item.entityKind}`} data-testid={`drift.item.${item.kind}`}>
              <strong>{item.kind}</strong> {item.database}.{item.name}: {SAYS[item.kind]}
              {item.kind === 'different' && (
                <div className="drift-sql-pair">
                  <pre className="drift-sql" title="On the server">{item.serverSql}</pre>
                  <pre className="drift-sql" title="In the design">{item.designSql}</pre>
                </div>
              )}
            </li>
          ))}
        </ul>
      )}
      {drift && drift.messages.some((m) => m.kind !== 'note') && (
        <ul>
          {drift.messages
            .filter((m) => m.kind !== 'note')
            .map((m, i) => (
              <li key={i} className={`import-message import-${m.kind}`}>
                <strong>{m.kind}</strong>: {m.text}
              </li>
            ))}
        </ul>
      )}
      <div className="import-actions">
        <button type="button" className="toolbar-button" onClick={onClose}>
          Close
        </button>
        <button type="button" className="toolbar-button import-go" data-testid="drift.migrate" disabled={!drift || drift.items.length === 0} onClick={migrate} title="Makes the server's state the baseline and shows the migration to the design">
          Migration from the server…
        </button>
      </div>
    </Dialog>
  );
}
