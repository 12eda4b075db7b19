export { chosenTables, inModel, objectKey, serverDatabases, serverPipelines, serverScript, serverTablesQuery } from './serverTables';
export type { ServerChoice, ServerDatabase, ServerPipeline, ServerTable } from './serverTables';
export { importServer } from './importServer';
export { compareWithServer, designDatabases, driftQuery, sameTextQuery, settleDrift, type Drift, type DriftItem, type DriftKind } from './drift';
