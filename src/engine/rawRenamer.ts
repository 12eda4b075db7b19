// A view's query kept as SQL names its tables in text, so Check and Run, which
// create the design in throwaway databases, must move those names too. The code
// that does it is part of the SQL importer and loads only when a design needs it.
import type { Pipeline } from '../core/model/types';
import type { RawTableRenamer } from './checkPlan';

export async function rawRenamerFor(design: Pipeline): Promise<RawTableRenamer | undefined> {
  const raw = design.entities.some((e) => e.kind === 'materializedView' && e.rawSelect !== undefined);
  return raw ? (await import('../core/sql/import/rawSelectTables')).renameRawTables : undefined;
}
