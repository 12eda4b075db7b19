// Runs SQL on a real ClickHouse (chdb, in-process) for tests. chdb allows one
// data directory per process, and a closed session cannot be replaced by a new
// one that still runs the Kafka engine ("Shutdown was called"), so the process
// keeps one temporary session for its lifetime. A namespace is that server
// emptied: opening one drops whatever an earlier case left, closing it drops what
// this case created. Use it from Vitest with pool 'forks' (threads segfault).
import { Session } from 'chdb';
import { keeperConfigPath } from './keeperConfig';

export interface StatementResult {
  sql: string;
  ok: boolean;
  /** Query output (TSVRaw) when ok. */
  output: string;
  /** ClickHouse's message without chdb's "Query failed:" prefix and version suffix. */
  error: string;
}

function cleanError(e: unknown): string {
  const m = e instanceof Error ? e.message : String(e);
  return m.replace(/^Query failed: /, '').replace(/\s+\(version [^)]*\)/g, '').trim();
}

// ClickHouse's in-memory test Keeper and the {shard}/{replica} macros: Replicated
// tables are created for real, and nothing sets default_replica_path, so a
// Replicated table without arguments fails exactly as on a user's plain server.
const CONNECTION_ARGS = [`--config-file=${keeperConfigPath()}`];

// A Replicated table here is read-only (chdb has no interserver port), and an
// INSERT into it would retry Keeper for minutes; fail it at once instead.
const SESSION_SETUP = 'SET insert_keeper_max_retries = 0';

let current: ChdbNamespace | null = null;
let shared: Session | null = null;

function sharedSession(): Session {
  if (!shared) {
    const s = new Session(undefined, { connectionArgs: CONNECTION_ARGS });
    s.query(SESSION_SETUP);
    shared = s;
    // Removes the temporary data directory when the test process ends.
    process.once('exit', () => s.close());
  }
  return shared;
}

export class ChdbNamespace {
  private session: Session | null;
  private readonly baseline: ReadonlySet<string>;

  constructor() {
    if (current) throw new Error('A chdb namespace is already open in this process; close it first.');
    this.session = sharedSession();
    current = this;
    this.baseline = BASELINE_DATABASES;
    this.reset();
  }

  get open(): boolean {
    return this.session !== null;
  }

  /** Runs one statement; never throws for SQL errors. */
  run(sql: string): StatementResult {
    if (!this.session) throw new Error('chdb namespace is closed');
    try {
      return { sql, ok: true, output: this.session.query(sql, 'TSVRaw'), error: '' };
    } catch (e) {
      return { sql, ok: false, output: '', error: cleanError(e) };
    }
  }

  runAll(statements: readonly string[]): StatementResult[] {
    return statements.map((s) => this.run(s));
  }

  /**
   * Rows of a query as objects. JSONEachRow escapes control characters, so
   * names containing NUL or newlines come back intact (TSV output is cut at NUL).
   */
  rows<T = Record<string, unknown>>(sql: string): T[] {
    const r = this.run(sql + ' FORMAT JSONEachRow');
    if (!r.ok) throw new Error(`query failed: ${r.error}\n${sql}`);
    return r.output
      .split('\n')
      .filter((l) => l.trim() !== '')
      .map((l) => JSON.parse(l) as T);
  }

  /** Databases created since the namespace opened. */
  createdDatabases(): string[] {
    return this.rows<{ name: string }>('SELECT name FROM system.databases')
      .map((r) => r.name)
      .filter((n) => !this.baseline.has(n));
  }

  /** Drops every database the case created and every table left in `default`. */
  reset(): void {
    for (const d of this.createdDatabases()) this.run(`DROP DATABASE IF EXISTS ${backquote(d)} SYNC`);
    // Views first: dropping a table a view reads is allowed, but keep the order tidy.
    const left = this.rows<{ name: string; engine: string }>(
      "SELECT name, engine FROM system.tables WHERE database = 'default' ORDER BY engine = 'MaterializedView' DESC",
    );
    for (const t of left) this.run(`DROP TABLE IF EXISTS default.${backquote(t.name)} SYNC`);
  }

  /** Drops what the case created; the shared session stays open for the next case. */
  close(): void {
    if (!this.session) return;
    try {
      this.reset();
    } finally {
      this.session = null;
      if (current === this) current = null;
    }
  }
}

// Databases every chdb server starts with; anything else was created by a test.
const BASELINE_DATABASES: ReadonlySet<string> = new Set(['default', 'system', 'information_schema', 'INFORMATION_SCHEMA']);

function backquote(name: string): string {
  return '`' + name.replace(/\\/g, '\\\\').replace(/`/g, '\\`') + '`';
}

/** Opens a fresh, empty namespace. Close it (or call closeNamespace) when done. */
export function openNamespace(): ChdbNamespace {
  return new ChdbNamespace();
}

/** Closes the namespace left open by a failed test, if any. */
export function closeNamespace(): void {
  current?.close();
}

/**
 * Runs statements in order in a fresh namespace and returns one result per
 * statement. The namespace stays open for inspection; call `close()` on it.
 */
export function runInFreshNamespace(statements: readonly string[]): { ns: ChdbNamespace; results: StatementResult[] } {
  closeNamespace();
  const ns = openNamespace();
  return { ns, results: ns.runAll(statements) };
}
