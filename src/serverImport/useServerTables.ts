// Reads system.tables from the connected engine once per dialog, with its state
// (loading, the rows, or the failure in words).
import { useEffect, useState } from 'react';
import { queryRows } from '../engine/client';
import { errorText, useEngine } from '../engine/engineStore';
import type { ServerTable } from '../core/serverImport';

export type ServerRead = { state: 'loading' } | { state: 'failed'; message: string } | { state: 'ready'; rows: ServerTable[] };

export function useServerTables(query: string): ServerRead {
  const connection = useEngine((s) => s.connection);
  const [read, setRead] = useState<ServerRead>({ state: 'loading' });
  useEffect(() => {
    if (!connection) {
      setRead({ state: 'failed', message: 'No ClickHouse is connected: start chflow with `npm start` or use Connect… to reach your server.' });
      return;
    }
    const abort = new AbortController();
    setRead({ state: 'loading' });
    queryRows<ServerTable>(connection, query, { signal: abort.signal }).then(
      (rows) => setRead({ state: 'ready', rows }),
      (e: unknown) => {
        if (!abort.signal.aborted) setRead({ state: 'failed', message: errorText(e) });
      },
    );
    return () => abort.abort();
  }, [connection, query]);
  return read;
}
