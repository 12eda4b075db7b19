// The toolbar's Import SQL… button, and .sql files dropped anywhere on the page.
// The dialog (and with it the parser) is loaded on first use.
import { lazy, Suspense, useCallback, useEffect, useState } from 'react';
import { useDesign } from '../store/designStore';
import type { ImportDialogProps } from './ImportDialog';

const ImportDialog = lazy(() => import('./ImportDialog').then((m) => ({ default: m.ImportDialog })));

const isSqlFile = (f: File) => /\.sql$/i.test(f.name);

export function ImportButton() {
  const [open, setOpen] = useState<{ initial?: ImportDialogProps['initial'] } | null>(null);
  const close = useCallback(() => setOpen(null), []);

  useEffect(() => {
    const hasFiles = (e: DragEvent) => e.dataTransfer?.types.includes('Files') ?? false;
    const onDragOver = (e: DragEvent) => {
      if (!hasFiles(e)) return;
      // Without this the browser would open a dropped file in place of the app.
      e.preventDefault();
      if (e.dataTransfer) e.dataTransfer.dropEffect = 'copy';
    };
    const onDrop = async (e: DragEvent) => {
      const file = e.dataTransfer?.files[0];
      if (!file) return;
      e.preventDefault();
      if (!isSqlFile(file)) {
        useDesign.getState().notify('error', `${file.name} is not a .sql file; open designs with Open…`);
        return;
      }
      try {
        setOpen({ initial: { text: await file.text(), origin: { kind: 'file', name: file.name } } });
      } catch (err) {
        useDesign.getState().notify('error', `Could not read ${file.name}: ${err instanceof Error ? err.message : String(err)}`);
      }
    };
    window.addEventListener('dragover', onDragOver);
    window.addEventListener('drop', onDrop);
    return () => {
      window.removeEventListener('dragover', onDragOver);
      window.removeEventListener('drop', onDrop);
    };
  }, []);

  return (
    <>
      <button type="button" className="toolbar-button" data-testid="toolbar.importSql" title="Import ClickHouse SQL (or drop a .sql file)" onClick={() => setOpen({})}>
        Import SQL…
      </button>
      <Suspense fallback={null}>{open && <ImportDialog initial={open.initial} onClose={close} />}</Suspense>
    </>
  );
}
