// Talks to a ClickHouse HTTP interface: the local engine endpoint that `npm start`
// serves, or a user's own server. Both answer the same way, so one function runs
// a query on either; failures come back as EngineError with a plain explanation.
// Every query runSql sends passes the trust gate (gate.ts) first.
import { engineRefusal } from './gate';

export type EngineConnection =
  | { kind: 'embedded'; url: string; token: string; version: string }
  | { kind: 'remote'; url: string; user: string; password: string; version: string };

export type EngineErrorKind = 'clickhouse' | 'refused' | 'auth' | 'cors' | 'network' | 'no-engine' | 'untrusted';

export class EngineError extends Error {
  constructor(
    readonly kind: EngineErrorKind,
    message: string,
    /** ClickHouse's exception code (0 when the failure is not ClickHouse's). */
    readonly code = 0,
    /** ClickHouse's exception name, e.g. UNKNOWN_IDENTIFIER. */
    readonly codeName = '',
  ) {
    super(message);
    this.name = 'EngineError';
  }
}

export interface QueryOptions {
  format?: string;
  database?: string;
  signal?: AbortSignal;
}

export const EMBEDDED_PATH = '/engine/';
const AUTH_CODES = new Set([516, 192, 193, 194]);

/** ClickHouse's error text without the version suffix, plus its code and name. */
export function parseClickHouseError(text: string, headerCode: string | null): { code: number; name: string; message: string } {
  const message = text.trim().replace(/\s*\(version [^)]*\)\s*$/, '');
  const m = /^Code: (\d+)\. DB::Exception: [\s\S]*?\(([A-Z_0-9]+)\)\.?$/.exec(message);
  const code = headerCode ? Number(headerCode) : m ? Number(m[1]) : 0;
  return { code, name: m?.[2] ?? '', message };
}

function endpointUrl(conn: EngineConnection, opts: QueryOptions): string {
  const base = conn.kind === 'embedded' ? conn.url : conn.url.replace(/\/?$/, '/');
  const params = new URLSearchParams();
  if (opts.format) params.set('default_format', opts.format);
  if (opts.database) params.set('database', opts.database);
  const qs = params.toString();
  return qs ? `${base}?${qs}` : base;
}

function headersFor(conn: EngineConnection): Record<string, string> {
  if (conn.kind === 'embedded') return { 'X-Chflow-Token': conn.token };
  const h: Record<string, string> = { 'X-ClickHouse-User': conn.user || 'default' };
  if (conn.password !== '') h['X-ClickHouse-Key'] = conn.password;
  return h;
}

/**
 * Runs one statement and returns the response body. Throws EngineError; kind
 * 'untrusted' (nothing sent) while the open design may not run on an engine.
 */
export async function runSql(conn: EngineConnection, sql: string, opts: QueryOptions = {}): Promise<string> {
  const refusal = engineRefusal();
  if (refusal !== null) throw new EngineError('untrusted', refusal);
  return send(conn, sql, opts);
}

/** The request itself; only for fixed statements that carry nothing from the design (the version probe). */
async function send(conn: EngineConnection, sql: string, opts: QueryOptions): Promise<string> {
  let res: Response;
  try {
    res = await fetch(endpointUrl(conn, opts), {
      method: 'POST',
      body: sql,
      headers: headersFor(conn),
      signal: opts.signal,
      credentials: 'omit',
    });
  } catch (e) {
    if (e instanceof DOMException && e.name === 'AbortError') throw e;
    if (conn.kind === 'embedded') {
      throw new EngineError('network', 'The local engine did not answer. Is `npm start` still running?');
    }
    // fetch() reports a CORS refusal and an unreachable host the same way.
    throw new EngineError(
      'cors',
      `No answer from ${conn.url}. Either the server is unreachable, or it does not allow requests from this page (CORS): ` +
        `the server must send Access-Control-Allow-Origin for ${originText()} and allow the X-ClickHouse-User and X-ClickHouse-Key headers.`,
    );
  }
  const text = await res.text();
  if (res.ok) return text;
  const err = parseClickHouseError(text, res.headers.get('x-clickhouse-exception-code'));
  if (res.status === 401 || AUTH_CODES.has(err.code)) {
    const what = conn.kind === 'embedded' ? 'The local engine did not accept this page (reload it after restarting `npm start`).' : 'The server refused the user name or password.';
    throw new EngineError('auth', `${what} ${err.message}`.trim(), err.code, err.name || 'AUTHENTICATION_FAILED');
  }
  if (err.code === 497 && conn.kind === 'embedded') throw new EngineError('refused', err.message, err.code, err.name);
  if (err.code === 0 && !text.startsWith('Code:')) {
    throw new EngineError('network', `HTTP ${res.status} from ${conn.url}: ${text.slice(0, 200) || res.statusText}`);
  }
  throw new EngineError('clickhouse', err.message, err.code, err.name);
}

function originText(): string {
  return typeof location === 'undefined' ? 'this page' : location.origin;
}

/** Rows of a JSONEachRow answer. */
export function parseJsonRows<T = Record<string, unknown>>(body: string): T[] {
  return body
    .split('\n')
    .filter((l) => l.trim() !== '')
    .map((l) => JSON.parse(l) as T);
}

export async function queryRows<T = Record<string, unknown>>(conn: EngineConnection, sql: string, opts: QueryOptions = {}): Promise<T[]> {
  return parseJsonRows<T>(await runSql(conn, sql, { ...opts, format: 'JSONEachRow' }));
}

/**
 * The embedded engine of the server this page came from, or null when there is
 * none (a static build served elsewhere answers /engine/session with 404 or HTML).
 */
export async function discoverEmbedded(base = ''): Promise<EngineConnection | null> {
  try {
    const res = await fetch(`${base}${EMBEDDED_PATH}session`, { credentials: 'same-origin' });
    if (!res.ok || !(res.headers.get('content-type') ?? '').includes('application/json')) return null;
    const info = (await res.json()) as { token?: unknown; version?: unknown };
    if (typeof info.token !== 'string' || typeof info.version !== 'string') return null;
    return { kind: 'embedded', url: `${base}${EMBEDDED_PATH}`, token: info.token, version: info.version };
  } catch {
    return null;
  }
}

/** Connects to a user's server: asks its version, which also proves the credentials. */
export async function connectRemote(url: string, user: string, password: string): Promise<EngineConnection> {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    throw new EngineError('network', `${url || '(empty)'} is not a URL; write it as https://host:8443`);
  }
  if (parsed.protocol !== 'https:' && parsed.protocol !== 'http:') throw new EngineError('network', 'The URL must start with https:// or http://');
  const conn: EngineConnection = { kind: 'remote', url: parsed.origin + parsed.pathname, user, password, version: '' };
  // Connecting runs nothing of the design, so it does not need the design's consent.
  const body = await send(conn, 'SELECT version()', { format: 'TabSeparated' });
  return { ...conn, version: body.trim() };
}
