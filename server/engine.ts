// The embedded ClickHouse (chdb) behind the local endpoint. chdb allows one live
// session per process, and a closed session cannot be reopened with a working
// Kafka engine, so the process keeps one session for its lifetime and runs one
// query at a time on it (requests queue up behind each other).
import { Session } from 'chdb';

export interface EngineLimits {
  maxExecutionSeconds: number;
  maxMemoryBytes: number;
  maxResultRows: number;
  maxResultBytes: number;
}

export const DEFAULT_LIMITS: EngineLimits = {
  maxExecutionSeconds: 10,
  maxMemoryBytes: 1_000_000_000,
  maxResultRows: 100_000,
  maxResultBytes: 20_000_000,
};

export type EngineOutcome =
  | { ok: true; body: string }
  | { ok: false; code: number; name: string; message: string };

// The server's default Keeper path uses {uuid}, which chdb cannot expand; with
// {database}/{table} a Replicated table without arguments gets as far as a real
// server would without Keeper.
const CONNECTION_ARGS = ['--default_replica_path=/clickhouse/tables/{database}/{table}', '--default_replica_name=r1'];

let session: Session | null = null;
let appliedLimits = '';
let queue: Promise<unknown> = Promise.resolve();

function theSession(): Session {
  if (!session) {
    const s = new Session(undefined, { connectionArgs: CONNECTION_ARGS });
    session = s;
    // Removes the temporary data directory when the process ends.
    process.once('exit', () => s.close());
  }
  return session;
}

function limitStatement(l: EngineLimits): string {
  return (
    `SET max_execution_time = ${l.maxExecutionSeconds}, max_memory_usage = ${l.maxMemoryBytes}, ` +
    `max_result_rows = ${l.maxResultRows}, max_result_bytes = ${l.maxResultBytes}, result_overflow_mode = 'throw', ` +
    `timeout_overflow_mode = 'throw'`
  );
}

/** Splits chdb's error into ClickHouse's code, name and message (without chdb's prefix and version suffix). */
export function engineError(e: unknown): { code: number; name: string; message: string } {
  const raw = e instanceof Error ? e.message : String(e);
  const message = raw.replace(/^Query failed: /, '').replace(/\s+\(version [^)]*\)/g, '').trim();
  const m = /^Code: (\d+)\. DB::Exception: ([\s\S]*?)(?: \(([A-Z_0-9]+)\))?\.?$/.exec(message);
  const ext = e as { clickhouseCode?: number; name?: string };
  const code = m ? Number(m[1]) : typeof ext.clickhouseCode === 'number' ? ext.clickhouseCode : 1001;
  const name = m?.[3] ?? 'STD_EXCEPTION';
  return { code, name, message: m ? message : `Code: ${code}. DB::Exception: ${message} (${name})` };
}

async function runNow(sql: string, format: string, database: string | undefined, limits: EngineLimits): Promise<EngineOutcome> {
  const s = theSession();
  const wanted = limitStatement(limits);
  if (appliedLimits !== wanted) {
    s.query(wanted);
    appliedLimits = wanted;
  }
  // The session's current database persists between queries: set it for this one and restore it.
  const useDb = database !== undefined && database !== '';
  try {
    if (useDb) s.query('USE `' + database.replace(/[\\`]/g, (c) => '\\' + c) + '`');
    const r = await s.queryAsync(sql, { format });
    return { ok: true, body: r.text() };
  } catch (e) {
    return { ok: false, ...engineError(e) };
  } finally {
    if (useDb) s.query('USE default');
  }
}

/** Runs one statement on the embedded engine after every query queued before it. */
export function runQuery(sql: string, format: string, database?: string, limits: EngineLimits = DEFAULT_LIMITS): Promise<EngineOutcome> {
  const run = queue.then(() => runNow(sql, format, database, limits));
  queue = run.catch(() => undefined);
  return run;
}

/** ClickHouse version of the embedded engine, e.g. 26.7.2.1. */
export async function engineVersion(): Promise<string> {
  const r = await runQuery('SELECT version()', 'TSVRaw');
  return r.ok ? r.body.trim() : '';
}
