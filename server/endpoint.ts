// The local engine endpoint: enough of ClickHouse's HTTP interface for chflow's
// client (query in the body and/or `?query=`, `default_format`, `database`,
// ClickHouse-style errors with X-ClickHouse-Exception-Code), guarded so only the
// page this process served can use it, and only inside the scratch namespace.
// A query passes four layers: our strict tokenizer on the text as sent,
// ClickHouse's own parser (the normalised text is what is checked and what runs),
// our allow-lists on that text, and the engine user's grants and constraints.
import { randomBytes } from 'node:crypto';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { brokerRoute } from './brokerRoutes.ts';
import { engineVersion, normalizeQuery, runQuery } from './engine.ts';
import { sharedEngineHost, type EngineHost } from './engineHost.ts';
import { guardQuery } from './sqlGuard.ts';
import { tokenize } from './sqlTokens.ts';

export const ENGINE_PATH = '/engine/';
export const TOKEN_HEADER = 'x-chflow-token';

export interface EndpointOptions {
  /** Fixed token for tests; a random one per start otherwise. */
  token?: string;
  /** The engine process to use; the process-wide one by default. */
  host?: EngineHost;
  /** Largest response body sent; larger results are refused like max_result_bytes. */
  maxResponseBytes?: number;
  maxRequestBytes?: number;
}

export type Middleware = (req: IncomingMessage, res: ServerResponse, next: () => void) => void;

const LOOPBACK_HOST = /^(127\.0\.0\.1|localhost|\[::1\])(:\d+)?$/i;
const CONTENT_TYPES: Record<string, string> = {
  JSON: 'application/json; charset=UTF-8',
  JSONEachRow: 'application/x-ndjson; charset=UTF-8',
  JSONCompact: 'application/json; charset=UTF-8',
};
const HTTP_STATUS: Record<number, number> = { 62: 400, 60: 404, 81: 404, 497: 403, 516: 403, 396: 500 };

// Text output formats only: no schema files (Protobuf, CapnProto), no template files.
const ALLOWED_FORMAT = /^(TabSeparated\w*|TSV\w*|CSV\w*|JSON\w*|Pretty\w*|Values|Vertical|Null|Markdown|XML)$/;

function sendError(res: ServerResponse, code: number, name: string, message: string, v: string): void {
  const text = message.startsWith('Code: ') ? message : `Code: ${code}. DB::Exception: ${message}. (${name})`;
  res.statusCode = HTTP_STATUS[code] ?? 500;
  res.setHeader('Content-Type', 'text/plain; charset=UTF-8');
  res.setHeader('X-ClickHouse-Exception-Code', String(code));
  res.end(`${text} (version ${v || 'unknown'})\n`);
}

/** Why a request may not use the endpoint, or '' when it comes from the app's own page. */
export function originProblem(req: IncomingMessage): string {
  const host = req.headers.host ?? '';
  if (!LOOPBACK_HOST.test(host)) return `requests must be addressed to 127.0.0.1, not ${host || '(no host)'}`;
  const origin = req.headers.origin;
  if (origin !== undefined && origin !== `http://${host}`) return `requests from ${origin} are not accepted`;
  const site = req.headers['sec-fetch-site'];
  if (site !== undefined && site !== 'same-origin' && site !== 'none') return `cross-site requests (${String(site)}) are not accepted`;
  return '';
}

function readBody(req: IncomingMessage, limit: number): Promise<string | null> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    let size = 0;
    req.on('data', (c: Buffer) => {
      size += c.length;
      if (size <= limit) chunks.push(c);
    });
    req.on('end', () => resolve(size > limit ? null : Buffer.concat(chunks).toString('utf8')));
    req.on('error', reject);
  });
}

export function createEngineMiddleware(opts: EndpointOptions = {}): Middleware & { token: string } {
  const token = opts.token ?? randomBytes(24).toString('hex');
  const host = opts.host ?? sharedEngineHost();
  const maxResponse = opts.maxResponseBytes ?? 16_000_000;
  // A Check sends one statement at a time; 1,000 nodes make 250 KB of SQL in all.
  const maxRequest = opts.maxRequestBytes ?? 1_000_000;
  let version: Promise<string> | null = null;

  const handle = async (req: IncomingMessage, res: ServerResponse): Promise<void> => {
    version ??= engineVersion(host).then((v) => {
      if (v === '') version = null; // not started yet: ask again next time
      return v;
    });
    const v = await version;
    const url = new URL(req.url ?? '/', 'http://127.0.0.1');
    const problem = originProblem(req);
    if (problem) return sendError(res, 516, 'AUTHENTICATION_FAILED', problem, v);
    res.setHeader('Cache-Control', 'no-store');
    if (req.method === 'OPTIONS') {
      // Our own preflight answer: same origin only (checked above), and nothing is cached for other pages.
      res.statusCode = 204;
      res.setHeader('Access-Control-Allow-Origin', `http://${req.headers.host ?? '127.0.0.1'}`);
      res.setHeader('Access-Control-Allow-Methods', 'GET, POST');
      res.setHeader('Access-Control-Allow-Headers', 'X-Chflow-Token, Content-Type');
      res.setHeader('Vary', 'Origin');
      res.end();
      return;
    }
    if (url.pathname === ENGINE_PATH + 'session') {
      // Readable only by the app's own page: no CORS headers, and the origin checks above.
      res.setHeader('Content-Type', 'application/json');
      res.end(JSON.stringify({ engine: 'embedded', version: v, token, path: ENGINE_PATH }));
      return;
    }
    const route = url.pathname === ENGINE_PATH + 'broker' ? 'broker' : url.pathname === ENGINE_PATH + 'produce' ? 'produce' : null;
    if (url.pathname !== ENGINE_PATH && !route) return sendError(res, 497, 'ACCESS_DENIED', `unknown path ${url.pathname}`, v);
    if (req.method !== 'POST' && (req.method !== 'GET' || route)) return sendError(res, 497, 'ACCESS_DENIED', `method ${req.method} is not accepted`, v);
    if (req.headers[TOKEN_HEADER] !== token) {
      return sendError(res, 516, 'AUTHENTICATION_FAILED', 'missing or wrong chflow token (reload the page after restarting npm start)', v);
    }
    const body = await readBody(req, maxRequest);
    if (body === null) return sendError(res, 497, 'ACCESS_DENIED', `the request is larger than ${maxRequest} bytes`, v);
    if (route) {
      const reply = await brokerRoute(route, body);
      res.statusCode = reply.status;
      res.setHeader('Content-Type', 'application/json');
      res.end(JSON.stringify(reply.body));
      return;
    }
    // As ClickHouse does: the URL's query first, then the body.
    const sql = [url.searchParams.get('query') ?? '', body].filter((s) => s !== '').join('\n');
    const format = url.searchParams.get('default_format') || 'TabSeparated';
    if (!ALLOWED_FORMAT.test(format)) return sendError(res, 497, 'ACCESS_DENIED', `the output format ${format} is not accepted by the local engine`, v);
    const database = url.searchParams.get('database') ?? undefined;
    const refused = (reason: string): void =>
      sendError(res, 497, 'ACCESS_DENIED', `chflow's local engine refused the query: ${reason}`, v);
    // 1. As sent: anything ClickHouse might read differently from us is refused before ClickHouse sees it.
    const raw = tokenize(sql);
    if (!raw.ok) return refused(`the query could not be read (${raw.reason})`);
    if (raw.tokens.length === 0) return refused('empty query');
    // 2. As ClickHouse reads it: syntax errors come back as ClickHouse's own (code 62).
    const normal = await normalizeQuery(sql, host);
    if (!normal.ok) return sendError(res, normal.code, normal.name, normal.message, v);
    // 3. Our allow-lists, on exactly the text that will run.
    const guard = guardQuery(normal.body, { database });
    if (!guard.ok) return refused(guard.reason);
    const out = await runQuery(normal.body, format, database, host);
    if (!out.ok) return sendError(res, out.code, out.name, out.message, v);
    if (Buffer.byteLength(out.body) > maxResponse) {
      return sendError(res, 396, 'TOO_MANY_ROWS_OR_BYTES', `the result is larger than ${maxResponse} bytes`, v);
    }
    res.statusCode = 200;
    res.setHeader('Content-Type', CONTENT_TYPES[format] ?? 'text/plain; charset=UTF-8');
    res.setHeader('X-ClickHouse-Format', format);
    res.end(out.body);
  };

  const middleware = ((req, res, next) => {
    const path = (req.url ?? '').split('?')[0] ?? '';
    if (!path.startsWith(ENGINE_PATH) && path !== ENGINE_PATH.slice(0, -1)) return next();
    handle(req, res).catch((e: unknown) => {
      if (!res.headersSent) sendError(res, 1001, 'STD_EXCEPTION', e instanceof Error ? e.message : String(e), '');
      else res.end();
    });
  }) as Middleware & { token: string };
  middleware.token = token;
  return middleware;
}
