// Import SQL…: paste a script (or open / drop a .sql file), see what it becomes,
// then replace the design or merge into it. The parser arrives with this dialog,
// so it adds nothing to what loads before the canvas.
import { useDeferredValue, useMemo, useState, type ChangeEvent } from 'react';
import { importSql, type ImportMessage } from '../core/sql/import/importSql';
import type { ImportMode } from '../core/sql/import/merge';
import { Dialog } from '../ui/Dialog';
import { useDesign } from '../store/designStore';
import { importIntoDesign, type ImportOrigin } from './importActions';
import './import.css';

export interface ImportDialogProps {
  initial?: { text: string; origin: ImportOrigin };
  onClose: () => void;
}

const LABEL: Record<ImportMessage['kind'], string> = { error: 'Error', skipped: 'Skipped', note: 'Note' };

export function ImportDialog({ initial, onClose }: ImportDialogProps) {
  const [text, setText] = useState(initial?.text ?? '');
  const [origin, setOrigin] = useState<ImportOrigin>(initial?.origin ?? { kind: 'paste' });
  const hasDesign = useDesign((s) => s.pipeline.entities.length > 0);
  const [mode, setMode] = useState<ImportMode>(hasDesign ? 'merge' : 'replace');
  const current = useDesign((s) => s.pipeline);
  const deferred = useDeferredValue(text);
  // Names the script uses but does not define resolve to the design's tables when merging.
  const result = useMemo(() => (deferred.trim() === '' ? undefined : importSql(deferred, mode === 'merge' ? { context: current } : {})), [deferred, mode, current]);
  const errors = result?.messages.filter((m) => m.kind === 'error').length ?? 0;
  const canImport = result !== undefined && errors === 0 && result.imported > 0 && deferred === text;

  const onFile = async (e: ChangeEvent<HTMLInputElement>) => {
    const file = e.currentTarget.files?.[0];
    e.currentTarget.value = '';
    if (!file) return;
    setText(await file.text());
    setOrigin({ kind: 'file', name: file.name });
  };

  const run = () => {
    if (!result || !canImport) return;
    importIntoDesign(result.pipeline, mode, origin);
    const skipped = result.messages.filter((m) => m.kind === 'skipped').length;
    useDesign.getState().notify('info', `Imported ${result.imported} object${result.imported === 1 ? '' : 's'}${skipped ? `; ${skipped} statement${skipped === 1 ? '' : 's'} skipped` : ''}.`);
    onClose();
  };

  return (
    <Dialog title="Import SQL" testId="import" onClose={onClose}>
      <p className="import-hint">
        Paste CREATE DATABASE / TABLE / MATERIALIZED VIEW statements or SHOW CREATE output
        {origin.kind === 'file' ? ` (from ${origin.name}: it runs nothing on an engine until you allow it)` : ''}.
      </p>
      <textarea
        className="import-text"
        data-testid="import.text"
        data-autofocus
        spellCheck={false}
        value={text}
        placeholder="CREATE TABLE …"
        onChange={(e) => {
          setText(e.target.value);
          if (origin.kind === 'file') setOrigin({ kind: 'paste' });
        }}
      />
      <div className="import-row">
        <label className="toolbar-button import-file">
          Open .sql file…
          <input type="file" accept=".sql,text/plain" hidden data-testid="import.file" onChange={(e) => void onFile(e)} />
        </label>
        <fieldset className="import-mode" disabled={!hasDesign}>
          <label>
            <input type="radio" name="import-mode" data-testid="import.mode.merge" checked={mode === 'merge'} onChange={() => setMode('merge')} /> Merge into the design
          </label>
          <label>
            <input type="radio" name="import-mode" data-testid="import.mode.replace" checked={mode === 'replace'} onChange={() => setMode('replace')} /> Replace the design
          </label>
        </fieldset>
      </div>
      {result && (
        <div className="import-report" data-testid="import.report">
          <p data-testid="import.summary">
            {errors > 0
              ? `${errors} error${errors === 1 ? '' : 's'}: fix ${errors === 1 ? 'it' : 'them'} to import.`
              : `${result.imported} object${result.imported === 1 ? '' : 's'} from ${result.statements} statement${result.statements === 1 ? '' : 's'}.`}
          </p>
          <ul>
            {result.messages.map((m, i) => (
              <li key={i} className={`import-message import-${m.kind}`} data-testid={`import.message.${m.kind}`}>
                <strong>{LABEL[m.kind]}</strong> line {m.line}, column {m.column}: {m.text}
              </li>
            ))}
          </ul>
        </div>
      )}
      <div className="import-actions">
        <button type="button" className="toolbar-button" onClick={onClose}>
          Cancel
        </button>
        <button type="button" className="toolbar-button import-go" data-testid="import.apply" disabled={!canImport} onClick={run}>
          Import
        </button>
      </div>
    </Dialog>
  );
}
