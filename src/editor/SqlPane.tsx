// The SQL pane: plain text at once, Monaco once its chunk has arrived.
import { useEffect, useState, type ComponentType } from 'react';
import { useDesign } from '../store/designStore';
import { scriptFor } from './sqlDerived';
import { SqlToolbar } from './SqlToolbar';
import './editor.css';

export function SqlPane() {
  const pipeline = useDesign((s) => s.pipeline);
  const selectedId = useDesign((s) => s.selectedId);
  const script = scriptFor(pipeline);
  const [Editor, setEditor] = useState<ComponentType | null>(null);
  const [loadError, setLoadError] = useState<string | null>(null);

  useEffect(() => {
    let live = true;
    // Start after the first paint so the canvas is up before Monaco's chunk is parsed.
    const t = setTimeout(() => {
      import('./MonacoSqlEditor').then(
        (m) => live && setEditor(() => m.MonacoSqlEditor),
        (e: unknown) => live && setLoadError(e instanceof Error ? e.message : String(e)),
      );
    }, 0);
    return () => {
      live = false;
      clearTimeout(t);
    };
  }, []);

  return (
    <section className="sql-pane" data-testid="sql.pane" aria-label="Generated SQL">
      <SqlToolbar script={script} selectedId={selectedId} />
      {loadError && (
        <div className="sql-load-error" role="alert" data-testid="sql.loadError">
          The editor could not load ({loadError}); the SQL is shown as plain text.
        </div>
      )}
      <div className="sql-body">
        {Editor ? (
          <Editor />
        ) : (
          <pre className="sql-fallback" data-testid="sql.fallback">
            {script.text}
          </pre>
        )}
        {script.text.length === 0 && (
          <div className="sql-empty" data-testid="sql.empty">
            No SQL yet: add a Kafka table or a MergeTree table to the canvas.
          </div>
        )}
      </div>
    </section>
  );
}
