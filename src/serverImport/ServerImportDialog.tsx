// From server…: the connected engine's databases and pipelines (read from
// system.tables, nothing written), the chosen ones imported through the SQL
// importer and laid out by stage, replacing the design or merged into it as
// one undo step, as Import SQL… does.
import { useMemo, useState } from 'react';
import { importServer, serverDatabases, serverPipelines, serverTablesQuery, type ServerChoice } from '../core/serverImport';
import type { ImportMode } from '../core/sql/import/merge';
import { importIntoDesign } from '../import/importActions';
import { useDesign } from '../store/designStore';
import { Dialog } from '../ui/Dialog';
import { useServerTables } from './useServerTables';
import '../import/import.css';
import './serverImport.css';

const QUERY = serverTablesQuery();

export function ServerImportDialog({ onClose }: { onClose(): void }) {
  const read = useServerTables(QUERY);
  const rows = read.state === 'ready' ? read.rows : [];
  const databases = useMemo(() => serverDatabases(rows), [rows]);
  const pipelines = useMemo(() => serverPipelines(rows), [rows]);
  const [by, setBy] = useState<'databases' | 'pipeline'>('databases');
  const [picked, setPicked] = useState<ReadonlySet<string>>(new Set());
  const [around, setAround] = useState('');
  const hasDesign = useDesign((s) => s.pipeline.entities.length > 0);
  const current = useDesign((s) => s.pipeline);
  const [mode, setMode] = useState<ImportMode>(hasDesign ? 'merge' : 'replace');

  const choice: ServerChoice | null = by === 'databases' ? (picked.size ? { databases: [...picked] } : null) : around ? { around } : null;
  const outcome = useMemo(() => {
    if (!choice) return null;
    try {
      return { result: importServer(rows, choice, mode === 'merge' ? current : undefined) };
    } catch (e) {
      return { failure: e instanceof Error ? e.message : String(e) };
    }
    // The choice is rebuilt each render; its parts are the dependencies.
  }, [rows, by, picked, around, mode, current]);
  const result = outcome?.result;
  const errors = result?.messages.filter((m) => m.kind === 'error').length ?? 0;
  const canImport = !!result && errors === 0 && result.imported > 0;

  const toggle = (db: string) =>
    setPicked((s) => {
      const next = new Set(s);
      if (next.has(db)) next.delete(db);
      else next.add(db);
      return next;
    });

  const run = () => {
    if (!result || !canImport) return;
    importIntoDesign(result.pipeline, mode, { kind: 'paste' });
    useDesign.getState().notify('info', `Imported ${result.imported} object${result.imported === 1 ? '' : 's'} from the server.`);
    onClose();
  };

  return (
    <Dialog title="Pipelines from the server" testId="serverImport" onClose={onClose}>
      {read.state === 'loading' && <p>Reading system.tables…</p>}
      {read.state === 'failed' && (
        <p className="import-message import-error" data-testid="serverImport.failure">
          {read.message}
        </p>
      )}
      {read.state === 'ready' && rows.length === 0 && <p data-testid="serverImport.empty">The server has no tables outside its system databases.</p>}
      {read.state === 'ready' && rows.length > 0 && (
        <>
          <fieldset className="import-mode">
            <label>
              <input type="radio" name="server-by" data-testid="serverImport.by.databases" checked={by === 'databases'} onChange={() => setBy('databases')} /> Whole databases
            </label>
            <label>
              <input type="radio" name="server-by" data-testid="serverImport.by.pipeline" checked={by === 'pipeline'} onChange={() => setBy('pipeline')} /> One pipeline
            </label>
          </fieldset>
          <ul className="server-list" data-testid="serverImport.list">
            {by === 'databases'
              ? databases.map((d) => (
                  <li key={d.name}>
                    <label>
                      <input type="checkbox" data-testid={`serverImport.db.${d.name}`} checked={picked.has(d.name)} onChange={() => toggle(d.name)} /> {d.name}{' '}
                      <span className="server-count">({d.objects} object{d.objects === 1 ? '' : 's'})</span>
                    </label>
                  </li>
                ))
              : pipelines.map((p) => (
                  <li key={p.objects[0]}>
                    <label title={p.objects.join('\n')}>
                      <input type="radio" name="server-pipeline" data-testid={`serverImport.pipeline.${p.objects[0]}`} checked={around === p.objects[0]} onChange={() => setAround(p.objects[0]!)} />{' '}
                      {p.label}
                    </label>
                  </li>
                ))}
          </ul>
          <fieldset className="import-mode" disabled={!hasDesign}>
            <label>
              <input type="radio" name="server-mode" data-testid="serverImport.mode.merge" checked={mode === 'merge'} onChange={() => setMode('merge')} /> Merge into the design
            </label>
            <label>
              <input type="radio" name="server-mode" data-testid="serverImport.mode.replace" checked={mode === 'replace'} onChange={() => setMode('replace')} /> Replace the design
            </label>
          </fieldset>
        </>
      )}
      {outcome?.failure && <p className="import-message import-error">{outcome.failure}</p>}
      {result && (
        <div className="import-report" data-testid="serverImport.report">
          <p data-testid="serverImport.summary">
            {errors > 0 ? `${errors} error${errors === 1 ? '' : 's'} reading the server's statements.` : `${result.imported} object${result.imported === 1 ? '' : 's'} to import.`}
          </p>
          <ul>
            {result.messages.map((m, i) => (
              <li key={i} className={`import-message import-${m.kind}`}>
                <strong>{m.kind}</strong>: {m.text}
              </li>
            ))}
          </ul>
        </div>
      )}
      <div className="import-actions">
        <button type="button" className="toolbar-button" onClick={onClose}>
          Cancel
        </button>
        <button type="button" className="toolbar-button import-go" data-testid="serverImport.apply" disabled={!canImport} onClick={run}>
          Import
        </button>
      </div>
    </Dialog>
  );
}
