// A test file's own local endpoint (chdb behind the real HTTP layer), started
// before its tests and closed after them.
import { afterAll, beforeAll } from 'vitest';
import { startTestEndpoint, type TestEndpoint } from '../../server/testServer';
import { discoverEmbedded, type EngineConnection } from '../engine/client';

/** Registers the endpoint's start and stop; call the result inside a test for the connection. */
export function useLocalEngine(): () => EngineConnection {
  let ep: TestEndpoint | undefined;
  let conn: EngineConnection | undefined;
  beforeAll(async () => {
    ep = await startTestEndpoint({ token: undefined });
    conn = (await discoverEmbedded(ep.base)) ?? undefined;
    if (!conn) throw new Error('no embedded engine found');
  });
  afterAll(async () => {
    await ep?.close();
  });
  return () => {
    if (!conn) throw new Error('the local engine did not start');
    return conn;
  };
}
