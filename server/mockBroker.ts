// A real Kafka-protocol broker on 127.0.0.1: librdkafka's mock cluster, started by
// Debian's kcat. Used by "Run" (npm start, asynchronously) and by the broker
// tests. kcat serves the mock cluster only while its producer reads stdin, so the
// broker's stdin is a pipe this process holds open: closing it stops the broker,
// and if this process dies the pipe closes with it and kcat exits on its own. An
// exit hook kills whatever is still running anyway.
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { readFileSync } from 'node:fs';

const KCAT = process.env.KCAT_PATH ?? 'kcat';
const ADDRESS = /Mock cluster enabled: .*replaced with (\S+)/;

const live = new Set<ChildProcess>();
let hooked = false;

function killLeftovers(): void {
  for (const child of live) child.kill('SIGKILL');
  live.clear();
}

/** True while the process exists and is not a zombie waiting to be reaped. */
export function isRunning(pid: number): boolean {
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
    // The state letter follows the parenthesised command name.
    return stat.slice(stat.lastIndexOf(')') + 2, stat.lastIndexOf(')') + 3) !== 'Z';
  } catch {
    return false;
  }
}

export interface ProduceOptions {
  /** Partition to write to; fixed so offsets are known in advance (default 0). */
  partition?: number;
}

export class MockBroker {
  private exited: Promise<void>;
  private stderrTail = '';

  private constructor(
    private readonly child: ChildProcess,
    /** host:port of the mock cluster's only broker. */
    readonly address: string,
    /** The kcat that started it, also used to produce. */
    private readonly command: string,
  ) {
    this.exited = new Promise((resolve) => {
      if (child.exitCode !== null || child.signalCode !== null) resolve();
      else child.once('exit', () => resolve());
    });
    // Keep reading stderr so a chatty broker never blocks on a full pipe.
    child.stderr?.on('data', (d: Buffer) => {
      this.stderrTail = (this.stderrTail + d.toString()).slice(-4000);
    });
  }

  get pid(): number {
    return this.child.pid!;
  }

  /** Starts a one-broker mock cluster and resolves once its address is known. */
  static start({ timeoutMs = 10_000, command = KCAT }: { timeoutMs?: number; command?: string } = {}): Promise<MockBroker> {
    if (!hooked) {
      process.once('exit', killLeftovers);
      hooked = true;
    }
    return new Promise((resolve, reject) => {
      const child = spawn(command, ['-b', '127.0.0.1:1', '-X', 'test.mock.num.brokers=1', '-P', '-t', 'chflow_keepalive'], {
        stdio: ['pipe', 'ignore', 'pipe'],
      });
      live.add(child);
      child.once('exit', () => live.delete(child));
      let err = '';
      const fail = (message: string) => {
        clearTimeout(timer);
        child.kill('SIGKILL');
        reject(new Error(message));
      };
      const timer = setTimeout(
        () => fail(`kcat printed no mock broker address within ${timeoutMs} ms; its stderr:\n${err || '(empty)'}`),
        timeoutMs,
      );
      child.once('error', (e: NodeJS.ErrnoException) =>
        fail(
          e.code === 'ENOENT'
            ? `kcat not found (${command}): install Debian's kcat (apt-get install kcat) or set KCAT_PATH; .ci/run installs it`
            : `kcat could not start: ${e.message}`,
        ),
      );
      child.once('exit', (code, signal) => fail(`kcat exited (code ${code}, signal ${signal}) before the broker was up; its stderr:\n${err}`));
      const onData = (d: Buffer) => {
        err += d.toString();
        const m = ADDRESS.exec(err);
        if (!m) return;
        clearTimeout(timer);
        child.stderr!.off('data', onData);
        child.removeAllListeners('exit');
        child.once('exit', () => live.delete(child));
        resolve(new MockBroker(child, m[1]!, command));
      };
      child.stderr!.on('data', onData);
    });
  }

  /** kcat's arguments and input for `messages`, or a reason they cannot be sent. */
  private producerInput(topic: string, messages: readonly (string | Buffer)[], opts: ProduceOptions): { args: string[]; input: Buffer } {
    if (!this.running) throw new Error(`produce to ${topic}: the broker at ${this.address} is stopped`);
    const bufs = messages.map((m) => (typeof m === 'string' ? Buffer.from(m, 'utf8') : m));
    const empty = bufs.findIndex((m) => m.length === 0);
    if (empty >= 0) throw new Error(`produce to ${topic}: message ${empty} is empty, which kcat cannot send as a value`);
    const delimiter = bufs.some((m) => m.includes(0x0a)) ? '\u001e' : '\n';
    const clash = bufs.findIndex((m) => m.includes(delimiter));
    if (clash >= 0) throw new Error(`produce to ${topic}: message ${clash} contains both a newline and U+001E; no delimiter left`);
    const args = ['-b', this.address, '-t', topic, '-P', '-p', String(opts.partition ?? 0)];
    if (delimiter !== '\n') args.push('-D', delimiter);
    const sep = Buffer.from(delimiter);
    return { args, input: Buffer.concat(bufs.flatMap((m) => [m, sep])) };
  }

  /**
   * Writes messages (text or exact bytes) to a topic, created on first use, and returns once
   * kcat has delivered them all. Newline-delimited unless a message holds a newline byte.
   */
  produce(topic: string, messages: readonly (string | Buffer)[], opts: ProduceOptions = {}): void {
    if (messages.length === 0) return;
    const { args, input } = this.producerInput(topic, messages, opts);
    const r = spawnSync(this.command, args, { input, timeout: 15_000 });
    if (r.error) throw new Error(`produce to ${topic}: ${r.error.message}`);
    if (r.status !== 0) throw new Error(`produce to ${topic}: kcat exited with ${r.status}: ${r.stderr.toString()}`);
  }

  /** The same, without blocking: a web server producing for "Run" keeps answering meanwhile. */
  produceAsync(topic: string, messages: readonly (string | Buffer)[], opts: ProduceOptions = {}): Promise<void> {
    if (messages.length === 0) return Promise.resolve();
    let prepared: { args: string[]; input: Buffer };
    try {
      prepared = this.producerInput(topic, messages, opts);
    } catch (e) {
      return Promise.reject(e);
    }
    return new Promise((resolve, reject) => {
      const child = spawn(this.command, prepared.args, { stdio: ['pipe', 'ignore', 'pipe'] });
      let err = '';
      const timer = setTimeout(() => child.kill('SIGKILL'), 15_000);
      child.stderr!.on('data', (d: Buffer) => (err = (err + d.toString()).slice(-2000)));
      child.once('error', (e) => {
        clearTimeout(timer);
        reject(new Error(`produce to ${topic}: ${e.message}`));
      });
      child.once('exit', (code, signal) => {
        clearTimeout(timer);
        if (code === 0) resolve();
        else reject(new Error(`produce to ${topic}: kcat exited with ${code ?? signal}: ${err}`));
      });
      child.stdin!.end(prepared.input);
    });
  }

  get running(): boolean {
    return this.child.exitCode === null && this.child.signalCode === null;
  }

  /** What the broker last wrote on stderr, for failure messages. */
  get log(): string {
    return this.stderrTail;
  }

  /** Closes the broker's stdin, signals it by PID (SIGKILL if it lingers past 2 s) and waits for the exit. */
  async stop(): Promise<void> {
    if (this.running) {
      this.child.stdin?.end();
      try {
        process.kill(this.pid, 'SIGTERM');
      } catch {
        // Already gone between the check and the signal; the exit event follows.
      }
      const t = setTimeout(() => this.child.kill('SIGKILL'), 2000);
      await this.exited;
      clearTimeout(t);
    }
    live.delete(this.child);
  }
}
