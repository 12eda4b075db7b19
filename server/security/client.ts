// Posting to the test endpoint the way the page does, keeping every answer so
// the canary can be checked against all of them at the end.
import type { TestEndpoint } from '../testServer.ts';

export interface Reply {
  status: number;
  code: string | null;
  text: string;
}

export interface Request {
  sql: string;
  /** URL parameters: `query`, `database`, `default_format`, anything else. */
  params?: Record<string, string>;
  headers?: Record<string, string>;
}

export interface Client {
  send(r: Request): Promise<Reply>;
  post(sql: string, params?: Record<string, string>): Promise<Reply>;
  /** Every reply body so far. */
  readonly bodies: string[];
}

const BUSY = '202';

export function client(ep: Pick<TestEndpoint, 'base' | 'token'>): Client {
  const bodies: string[] = [];
  const once = async (r: Request): Promise<Reply> => {
    const qs = new URLSearchParams(r.params ?? {}).toString();
    const res = await fetch(`${ep.base}/engine/${qs ? '?' + qs : ''}`, {
      method: 'POST',
      body: r.sql,
      headers: { 'X-Chflow-Token': ep.token, ...r.headers },
    });
    const reply = { status: res.status, code: res.headers.get('x-clickhouse-exception-code'), text: await res.text() };
    bodies.push(reply.text);
    return reply;
  };
  const send = async (r: Request): Promise<Reply> => {
    // A busy engine is not a refusal: ask again so every attempt meets the guard.
    for (let tries = 0; ; tries++) {
      const reply = await once(r);
      if (reply.code !== BUSY || tries > 50) return reply;
      await new Promise((resolve) => setTimeout(resolve, 20));
    }
  };
  return { send, post: (sql, params) => send({ sql, params }), bodies };
}

/** Runs `fn` over `items` with at most `width` in flight (the engine queue holds 8). */
export async function inParallel<T, R>(items: T[], width: number, fn: (item: T) => Promise<R>): Promise<R[]> {
  const out = new Array<R>(items.length);
  let next = 0;
  const worker = async (): Promise<void> => {
    while (next < items.length) {
      const i = next++;
      out[i] = await fn(items[i]!);
    }
  };
  await Promise.all(Array.from({ length: Math.min(width, items.length) }, worker));
  return out;
}

/** Which layer answered: the tokenizer, ClickHouse's parser, the guard, or the engine running the query. */
export function layerOf(r: Reply): 'ok' | 'endpoint' | 'tokenizer' | 'parser' | 'guard' | 'engine' | 'other' {
  if (r.status === 200) return 'ok';
  if (r.code === '516' || r.text.includes('the output format') || r.text.includes('bytes (version')) return 'endpoint';
  if (r.text.includes('could not be read')) return 'tokenizer';
  if (r.code === '62') return 'parser';
  if (r.text.includes("chflow's local engine refused")) return 'guard';
  if (r.code !== null && /^Code: \d+\. DB::Exception: /.test(r.text)) return 'engine';
  return 'other';
}
