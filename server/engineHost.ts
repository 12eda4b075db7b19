// The web server's side of the engine process: a bounded queue with a deadline.
// When the queue is full a request is refused at once (the pages stay quick);
// when a request outlives its deadline the engine process is killed and started
// again, so one stuck query costs the requests behind it an error, not minutes.
// The host is kept on globalThis: Vite re-evaluates its config on restart, and
// the new server must reuse the running engine instead of starting a second one.
import { fork, type ChildProcess } from 'node:child_process';
import { existsSync, rmSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { resolve } from 'node:path';
import type { ChildReply, ChildRequest, EngineOutcome } from './engineProtocol.ts';

export interface HostOptions {
  /** Requests waiting or running at once; more are refused. */
  maxPending: number;
  /** From sending to answer, queue time included. */
  deadlineMs: number;
  /** Extra server XML for the engine (a test Keeper, macros). */
  extraXml?: string;
}

export const DEFAULT_HOST_OPTIONS: HostOptions = { maxPending: 8, deadlineMs: 20_000 };

type Pending = { resolve: (o: EngineOutcome) => void; timer?: NodeJS.Timeout };
/** A cold start takes 1–4 s; the request deadline counts from when the engine is up. */
const START_TIMEOUT_MS = 60_000;
type Request = { op: 'normalize'; sql: string } | { op: 'run'; sql: string; format: string; database?: string };

const fail = (code: number, name: string, message: string): EngineOutcome => ({ ok: false, code, name, message });

function childScript(): string {
  const here = fileURLToPath(new URL('./engineChild.ts', import.meta.url));
  // Vite bundles its config: when import.meta.url no longer points into server/, fall back to the project's copy.
  return existsSync(here) ? here : resolve(process.cwd(), 'server/engineChild.ts');
}

export class EngineHost {
  private child: ChildProcess | null = null;
  private ready: Promise<boolean> | null = null;
  private readonly pending = new Map<number, Pending>();
  private nextId = 1;
  /** Engine processes started so far (a restart after a crash or a deadline adds one). */
  starts = 0;
  /** The running engine's private directories (config, data). */
  engineDirs: string[] = [];

  constructor(readonly opts: HostOptions = DEFAULT_HOST_OPTIONS) {}

  get pendingCount(): number {
    return this.pending.size;
  }

  private start(): Promise<boolean> {
    this.starts++;
    const child = fork(childScript(), [], {
      execArgv: ['--import', 'tsx', '--max-old-space-size=512'],
      env: { ...process.env, CHFLOW_ENGINE_EXTRA_XML: this.opts.extraXml ?? '' },
      stdio: ['ignore', 'ignore', 'inherit', 'ipc'],
    });
    this.child = child;
    let dirs: string[] = [];
    const ready = new Promise<boolean>((res) => {
      const timer = setTimeout(() => {
        res(false);
        child.kill('SIGKILL');
      }, START_TIMEOUT_MS);
      const onReady = (m: ChildReply): void => {
        if (m.id !== 0) return;
        clearTimeout(timer);
        child.off('message', onReady);
        // The engine's private directories, removed here when it ends (it cannot after a SIGKILL).
        if (m.result.ok) dirs = this.engineDirs = (JSON.parse(m.result.body) as { dirs: string[] }).dirs;
        res(m.result.ok);
      };
      child.on('message', onReady);
      child.once('exit', () => {
        clearTimeout(timer);
        res(false);
      });
    });
    child.once('exit', () => {
      for (const d of dirs) rmSync(d, { recursive: true, force: true });
    });
    child.on('message', (m: ChildReply) => {
      if (m.id === 0) return;
      const p = this.pending.get(m.id);
      if (!p) return;
      clearTimeout(p.timer);
      this.pending.delete(m.id);
      p.resolve(m.result);
    });
    child.once('exit', (code, signal) => {
      // A process we killed on purpose has already answered its requests.
      if (this.child !== child) return;
      this.child = null;
      this.ready = null;
      this.failAll(fail(1001, 'STD_EXCEPTION', `the local engine stopped (${signal ?? 'exit code ' + String(code)}); it starts again with the next request`));
    });
    return ready;
  }

  private failAll(o: EngineOutcome): void {
    for (const [id, p] of this.pending) {
      clearTimeout(p.timer);
      this.pending.delete(id);
      p.resolve(o);
    }
  }

  /** Kills the engine process; the next request starts a new one. */
  restart(reason = 'the local engine was restarted'): void {
    const c = this.child;
    this.child = null;
    this.ready = null;
    this.failAll(fail(1001, 'STD_EXCEPTION', reason));
    c?.kill('SIGKILL');
  }

  async request(req: Request): Promise<EngineOutcome> {
    if (this.pending.size >= this.opts.maxPending) {
      return fail(202, 'TOO_MANY_SIMULTANEOUS_QUERIES', `the local engine is busy (${this.pending.size} queries waiting); try again in a moment`);
    }
    const id = this.nextId++;
    return new Promise<EngineOutcome>((resolveOutcome) => {
      this.pending.set(id, { resolve: resolveOutcome });
      void this.send({ id, ...req } as ChildRequest);
    });
  }

  private startDeadline(id: number): void {
    const p = this.pending.get(id);
    if (!p) return;
    p.timer = setTimeout(() => {
      this.pending.delete(id);
      p.resolve(fail(159, 'TIMEOUT_EXCEEDED', `no answer from the local engine within ${this.opts.deadlineMs / 1000} s; it was restarted`));
      this.restart(`the local engine was restarted after a query ran past ${this.opts.deadlineMs / 1000} s`);
    }, this.opts.deadlineMs);
  }

  private async send(msg: ChildRequest): Promise<void> {
    if (!this.child) this.ready = this.start();
    const ok = await this.ready;
    if (!ok || !this.child?.connected) {
      const p = this.pending.get(msg.id);
      if (p) {
        clearTimeout(p.timer);
        this.pending.delete(msg.id);
        p.resolve(fail(1001, 'STD_EXCEPTION', 'the local engine could not start'));
      }
      return;
    }
    this.startDeadline(msg.id);
    this.child.send(msg);
  }

  close(): void {
    this.restart('the local engine was closed');
  }
}

const KEY = Symbol.for('chflow.engineHost');
type Holder = { [KEY]?: EngineHost };

/** The process's one engine host, shared across Vite restarts. */
export function sharedEngineHost(): EngineHost {
  const g = globalThis as Holder;
  if (!g[KEY]) {
    const host = new EngineHost();
    g[KEY] = host;
    process.once('exit', () => host.close());
  }
  return g[KEY];
}
