// "Run" on the local engine: a mock Kafka broker on 127.0.0.1 that the page may
// start and produce sample messages to. Topics are confined to names the app
// makes for a run, messages are bounded, and the broker stops after a quiet spell
// (and with the server).
import { MockBroker } from './mockBroker.ts';

export const RUN_TOPIC = /^chflow_run_[A-Za-z0-9_.-]{1,200}$/;
export const PRODUCE_LIMITS = { messages: 1000, bytes: 1_000_000 };
const IDLE_MS = 10 * 60_000;

type Holder = { broker?: Promise<MockBroker>; idle?: NodeJS.Timeout };
const KEY = Symbol.for('chflow.mockBroker');

function holder(): Holder {
  const g = globalThis as { [KEY]?: Holder };
  g[KEY] ??= {};
  return g[KEY];
}

function touch(h: Holder): void {
  clearTimeout(h.idle);
  h.idle = setTimeout(() => void stopRunBroker(), IDLE_MS);
  h.idle.unref();
}

/** The running broker, started on first use (and again if it died). */
export async function runBroker(): Promise<MockBroker> {
  const h = holder();
  const current = h.broker ? await h.broker.catch(() => null) : null;
  if (!current || !current.running) {
    h.broker = MockBroker.start();
    h.broker.catch(() => (h.broker = undefined));
  }
  touch(h);
  return h.broker!;
}

export async function stopRunBroker(): Promise<void> {
  const h = holder();
  const b = h.broker;
  h.broker = undefined;
  clearTimeout(h.idle);
  if (b) await (await b.catch(() => null))?.stop();
}

export type RouteReply = { status: number; body: unknown };

const problem = (status: number, message: string): RouteReply => ({ status, body: { error: message } });

/** POST /engine/broker: start (or reuse) the broker; POST /engine/produce {topic, messages}. */
export async function brokerRoute(route: 'broker' | 'produce', body: string): Promise<RouteReply> {
  try {
    if (route === 'broker') return { status: 200, body: { address: (await runBroker()).address } };
    let input: unknown;
    try {
      input = JSON.parse(body);
    } catch {
      return problem(400, 'the body must be JSON: {"topic": "...", "messages": ["..."]}');
    }
    const { topic, messages } = (input ?? {}) as { topic?: unknown; messages?: unknown };
    if (typeof topic !== 'string' || !RUN_TOPIC.test(topic)) return problem(400, 'topic must be a run topic (chflow_run_…)');
    if (!Array.isArray(messages) || !messages.every((m) => typeof m === 'string')) return problem(400, 'messages must be a list of strings');
    if (messages.length > PRODUCE_LIMITS.messages) return problem(400, `at most ${PRODUCE_LIMITS.messages} messages per request`);
    if (messages.reduce((n, m) => n + m.length, 0) > PRODUCE_LIMITS.bytes) return problem(400, `at most ${PRODUCE_LIMITS.bytes} bytes of messages per request`);
    const broker = await runBroker();
    await broker.produceAsync(topic, messages as string[]);
    return { status: 200, body: { produced: messages.length, address: broker.address } };
  } catch (e) {
    return problem(503, e instanceof Error ? e.message : String(e));
  }
}
