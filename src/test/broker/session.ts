// The chdb server the broker tests consume with. chdb allows one data directory
// per process and its Kafka engine does not survive a second Session, so a test
// file owns one Session for its lifetime (Vitest runs each file in its own fork).
// The session reads the testkeeper config, so Replicated DDL is created for real
// as on a single server with Keeper, and nothing sets default_replica_path.
import { Session } from 'chdb';
import { keeperConfigPath } from '../keeperConfig';

export interface Outcome {
  ok: boolean;
  error: string;
}

/** Rows with the column names and types ClickHouse reports for them. */
export interface TypedRows {
  names: string[];
  types: string[];
  rows: unknown[][];
}

function cleanError(e: unknown): string {
  const m = e instanceof Error ? e.message : String(e);
  return m.replace(/^Query failed: /, '').replace(/\s+\(version [^)]*\)/g, '').trim();
}

export class EngineSession {
  private session: Session | null;

  constructor() {
    this.session = new Session(undefined, { connectionArgs: [`--config-file=${keeperConfigPath()}`] });
    process.once('exit', () => this.close());
  }

  private raw(sql: string, format: string): string {
    if (!this.session) throw new Error('the chdb session is closed');
    return this.session.query(sql, format);
  }

  /** Runs a statement; a failure throws with ClickHouse's message and the statement. */
  exec(sql: string): void {
    try {
      this.raw(sql, 'TSVRaw');
    } catch (e) {
      throw new Error(`${cleanError(e)}\n--- statement ---\n${sql}`);
    }
  }

  /** Runs a statement that is allowed to fail. */
  attempt(sql: string): Outcome {
    try {
      this.raw(sql, 'TSVRaw');
      return { ok: true, error: '' };
    } catch (e) {
      return { ok: false, error: cleanError(e) };
    }
  }

  rows<T = Record<string, unknown>>(sql: string): T[] {
    let out: string;
    try {
      out = this.raw(sql, 'JSONEachRow');
    } catch (e) {
      throw new Error(`${cleanError(e)}\n--- query ---\n${sql}`);
    }
    return out
      .split('\n')
      .filter((l) => l.trim() !== '')
      .map((l) => JSON.parse(l) as T);
  }

  /** A query's rows as arrays, with names and types (JSONCompactEachRowWithNamesAndTypes). */
  typedRows(sql: string): TypedRows {
    let out: string;
    try {
      out = this.raw(sql, 'JSONCompactEachRowWithNamesAndTypes');
    } catch (e) {
      throw new Error(`${cleanError(e)}\n--- query ---\n${sql}`);
    }
    const lines = out
      .split('\n')
      .filter((l) => l.trim() !== '')
      .map((l) => JSON.parse(l) as unknown[]);
    if (lines.length < 2) return { names: [], types: [], rows: [] };
    return { names: lines[0] as string[], types: lines[1] as string[], rows: lines.slice(2) };
  }

  /** Consumer errors per Kafka table, to explain rows that never arrived. */
  kafkaConsumerReport(): string {
    const rows = this.rows<{ database: string; table: string; assignments: unknown; exceptions: string[]; messages: string }>(
      `SELECT database, table, assignments.topic AS assignments, exceptions.text AS exceptions, num_messages_read AS messages
       FROM system.kafka_consumers`,
    );
    if (rows.length === 0) return 'system.kafka_consumers is empty';
    return rows
      .map((r) => `${r.database}.${r.table}: read ${r.messages}, assigned ${JSON.stringify(r.assignments)}, exceptions ${JSON.stringify(r.exceptions)}`)
      .join('\n');
  }

  get open(): boolean {
    return this.session !== null;
  }

  /** Closes the session; drop every Kafka and Replicated table first or close may hang. */
  close(): void {
    const s = this.session;
    this.session = null;
    s?.close();
  }
}

let shared: EngineSession | null = null;

/** The process's one session, created on first use. */
export function engineSession(): EngineSession {
  if (!shared) shared = new EngineSession();
  if (!shared.open) throw new Error("this process closed its chdb session; a second one would not run the Kafka engine (\"Shutdown was called\")");
  return shared;
}
