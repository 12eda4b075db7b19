// The embedded ClickHouse as the endpoint sees it: ClickHouse's own reading of a
// query (normalize) and running it, both in the engine process (engineHost.ts).
// Limits are not applied here: the engine's user profile holds them, with
// constraints, so they apply to every query and no query can raise them.
import { sharedEngineHost, type EngineHost } from './engineHost.ts';
import type { EngineOutcome } from './engineProtocol.ts';

export type { EngineOutcome } from './engineProtocol.ts';
export { engineError } from './engineErrors.ts';

/** The query as ClickHouse's parser reads it: one statement, no comments, canonical spacing. */
export function normalizeQuery(sql: string, host: EngineHost = sharedEngineHost()): Promise<EngineOutcome> {
  return host.request({ op: 'normalize', sql });
}

/** Runs one statement on the embedded engine after every query queued before it. */
export function runQuery(sql: string, format: string, database?: string, host: EngineHost = sharedEngineHost()): Promise<EngineOutcome> {
  return host.request({ op: 'run', sql, format, database });
}

/** ClickHouse version of the embedded engine, e.g. 26.7.2.1. */
export async function engineVersion(host: EngineHost = sharedEngineHost()): Promise<string> {
  const r = await runQuery('SELECT version()', 'TSVRaw', undefined, host);
  return r.ok ? r.body.trim() : '';
}
