// What Import does to the document, apart from the dialog: replace or merge in one
// undo step, with the trust the source deserves. SQL the user pasted is their own;
// a .sql file may come from anywhere, so it is treated like an opened design file.
import type { Pipeline } from '../core/model/types';
import { applyImport, type ImportMode } from '../core/sql/import/merge';
import { useDesign } from '../store/designStore';
import { trustFor } from '../store/trust';

export type ImportOrigin = { kind: 'paste' } | { kind: 'file'; name: string };

export function importIntoDesign(imported: Pipeline, mode: ImportMode, origin: ImportOrigin): void {
  const store = useDesign.getState();
  if (origin.kind === 'file') {
    // Merging a file's objects makes the whole document someone else's writing.
    store.replace(applyImport(store.pipeline, imported, mode), { trust: trustFor('file', `the file ${origin.name}`) });
  } else if (mode === 'replace') store.replace(imported, { trust: trustFor('new', 'SQL you pasted') });
  // A merge of pasted SQL is an edit of this document: it keeps the document's trust.
  else store.change((p) => applyImport(p, imported, 'merge'));
}
