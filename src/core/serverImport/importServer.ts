// A live server's objects as a design: the chosen rows' CREATE statements go
// through the SQL importer (one parser), which also lays the result out by stage.
import { importSql, type ImportResult } from '../sql/import/importSql';
import type { Entity, Pipeline } from '../model/types';
import { chosenTables, serverScript, type ServerChoice, type ServerTable } from './serverTables';

/**
 * ClickHouse writes `index_granularity = 8192` into every MergeTree table's
 * CREATE even when nobody asked for it; it is the default, so the design leaves
 * it out as it would had the user typed it (same meaning, same table).
 */
function withoutAddedDefaults(e: Entity): Entity {
  if (e.kind !== 'mergeTree') return e;
  const settings = e.settings.filter((s) => !(s.name === 'index_granularity' && s.value.trim() === '8192'));
  return settings.length === e.settings.length ? e : { ...e, settings };
}

/** The given objects read by the SQL importer, as chflow would have written them. */
export function readServerTables(tables: readonly ServerTable[], context?: Pipeline): ImportResult {
  const result = importSql(serverScript(tables), context ? { context } : {});
  return { ...result, pipeline: { ...result.pipeline, entities: result.pipeline.entities.map(withoutAddedDefaults) } };
}

export function importServer(rows: readonly ServerTable[], choice: ServerChoice, context?: Pipeline): ImportResult {
  return readServerTables(chosenTables(rows, choice), context);
}
