// Runs a design for real on the local engine: broker up, pipeline created,
// sample messages produced, rows read from each target as they arrive, then
// everything dropped. The same trust gate as every other engine call applies.
import type { Pipeline } from '../core/model/types';
import { EngineError, queryRows, runSql, type EngineConnection } from './client';
import { engineRefusal } from './gate';
import { rawRenamerFor } from './rawRenamer';
import { buildRunPlan, toDesignNames, type RunPlan } from './runPlan';

export const RUN_ROW_LIMIT = 100;

export interface TargetRows {
  label: string;
  entityId: string;
  rows: Array<Record<string, unknown>>;
}

export interface RunReport {
  plan: RunPlan;
  targets: TargetRows[];
  /** Set when a step failed: what, in the design's names. */
  failure?: string;
  /** Milliseconds from the first statement to the last row read. */
  elapsedMs: number;
}

export interface RunOptions {
  /** How long to wait for rows after producing (rows land in ~4 s). */
  waitMs?: number;
  pollMs?: number;
  runId?: string;
  onProgress?: (step: string) => void;
}

async function postJson(conn: EngineConnection, route: 'broker' | 'produce', body: unknown): Promise<Record<string, unknown>> {
  const refusal = engineRefusal();
  if (refusal !== null) throw new EngineError('untrusted', refusal);
  if (conn.kind !== 'embedded') throw new EngineError('no-engine', 'Run needs the local engine of `npm start` (it starts a local Kafka broker).');
  const res = await fetch(conn.url + route, {
    method: 'POST',
    body: JSON.stringify(body),
    headers: { 'X-Chflow-Token': conn.token, 'Content-Type': 'application/json' },
    credentials: 'omit',
  });
  const out = (await res.json().catch(() => ({}))) as Record<string, unknown>;
  if (!res.ok) throw new EngineError('clickhouse', String(out.error ?? `HTTP ${res.status}`));
  return out;
}

export async function brokerAddress(conn: EngineConnection): Promise<string> {
  return String((await postJson(conn, 'broker', {})).address);
}

const sleep = (ms: number): Promise<void> => new Promise((r) => setTimeout(r, ms));

async function readTargets(conn: EngineConnection, plan: RunPlan): Promise<TargetRows[]> {
  return Promise.all(
    plan.targets.map(async (t) => ({
      label: t.label,
      entityId: t.entityId,
      rows: await queryRows(conn, `SELECT * FROM ${t.table} LIMIT ${RUN_ROW_LIMIT}`),
    })),
  );
}

/** Builds the plan with the broker's address; the caller asks consent with its statements first. */
export async function planRun(conn: EngineConnection, design: Pipeline, runId: string): Promise<RunPlan> {
  return buildRunPlan(design, runId, await brokerAddress(conn), await rawRenamerFor(design));
}

export async function runPipeline(conn: EngineConnection, plan: RunPlan, opts: RunOptions = {}): Promise<RunReport> {
  const started = Date.now();
  const report: RunReport = { plan, targets: [], elapsedMs: 0 };
  const progress = opts.onProgress ?? (() => undefined);
  try {
    progress('Creating the pipeline…');
    for (const st of plan.statements) await runSql(conn, st.sql);
    progress('Producing the sample messages…');
    for (const p of plan.produce) if (p.messages.length > 0) await postJson(conn, 'produce', { topic: p.topic, messages: p.messages });
    const deadline = Date.now() + (opts.waitMs ?? 20_000);
    const expected = plan.produce.reduce((n, p) => n + p.messages.length, 0);
    // Rows arrive in blocks; stop when every target has rows and nothing changed for a poll, or at the deadline.
    let last = -1;
    for (;;) {
      progress('Waiting for rows…');
      report.targets = await readTargets(conn, plan);
      const total = report.targets.reduce((n, t) => n + t.rows.length, 0);
      const allFed = report.targets.every((t) => t.rows.length > 0);
      if ((expected === 0 || (allFed && total === last)) || Date.now() > deadline) break;
      last = total;
      await sleep(opts.pollMs ?? 1000);
    }
  } catch (e) {
    report.failure = toDesignNames(e instanceof Error ? e.message : String(e), plan);
  } finally {
    for (const sql of plan.cleanup) await runSql(conn, sql).catch(() => undefined);
    report.elapsedMs = Date.now() - started;
  }
  return report;
}
