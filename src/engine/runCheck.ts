// Runs a check plan statement by statement and reports each one, then removes the
// scratch databases whatever happened. A statement is tried as the script has it
// first; a stand-in runs only after a failure that is the checking server's
// shortcoming, and such a step is reported as substituted, never as plain ok.
import type { Pipeline } from '../core/model/types';
import type { Diagnostic } from '../core/rules/diagnostics';
import { buildCheckPlan, fallbackApplies, newRunId, toDesignNames, type Attempt, type CheckPlan, type CheckStep, type CheckTarget } from './checkPlan';
import { EngineError, runSql, type EngineConnection } from './client';
import { errorField } from './errorField';

/** ok: ran exactly as the script has it; substituted: ran, but with the step's substitutions. */
export type StepStatus = 'ok' | 'substituted' | 'error' | 'blocked' | 'skipped';

/** `sql` and `substitutions` are those of the attempt the status belongs to. */
export interface StepResult extends CheckStep {
  status: StepStatus;
  /** ClickHouse's message with the design's database names, '' when ok. */
  message: string;
  code: number;
  codeName: string;
  /** Panel field the error points at, when the message tells. */
  field?: string;
  /** When a stand-in ran: ClickHouse's answer to the statement as the script has it. */
  asWritten?: string;
}

export interface CheckReport {
  target: CheckTarget;
  version: string;
  steps: StepResult[];
  notes: string[];
  /** Every statement sent, in order, cleanup included. */
  ran: string[];
  /** Set when the check could not run at all (no answer, auth, …). */
  failure?: string;
  /** Set when a scratch database could not be dropped. */
  cleanupProblem?: string;
}

const MISSING_OBJECT = new Set([60, 81]);

export const checkTarget = (conn: EngineConnection): CheckTarget => (conn.kind === 'embedded' ? 'embedded' : 'remote');

/** Every statement a check of `plan` may send, in order: what the consent dialog shows. */
export function planStatements(plan: CheckPlan): string[] {
  const steps = plan.steps.filter((s) => s.runnable).flatMap((s) => [s.sql, ...s.fallbacks.map((f) => f.sql)]);
  return [...plan.setup, ...steps, ...plan.cleanup];
}

/** Runs `plan` (by default a fresh plan of `design`), the exact statements a consent was given for. */
export async function runCheck(conn: EngineConnection, design: Pipeline, plan: CheckPlan = buildCheckPlan(design, checkTarget(conn), newRunId())): Promise<CheckReport> {
  const target = checkTarget(conn);
  const report: CheckReport = { target, version: conn.version, steps: [], notes: plan.notes, ran: [] };
  let failed = false;
  try {
    for (const sql of plan.setup) {
      report.ran.push(sql);
      await runSql(conn, sql);
    }
    for (const step of plan.steps) {
      if (!step.runnable) {
        report.steps.push({ ...step, status: 'skipped', message: 'Not valid SQL yet (see the problems list); not sent.', code: 0, codeName: '' });
        continue;
      }
      let attempt: Attempt = step;
      let next = 0;
      let asWritten: string | undefined;
      for (;;) {
        report.ran.push(attempt.sql);
        try {
          await runSql(conn, attempt.sql);
          const status = attempt.substitutions.length > 0 ? 'substituted' : 'ok';
          report.steps.push({ ...step, ...attempt, status, message: '', code: 0, codeName: '', ...(asWritten !== undefined ? { asWritten } : {}) });
          break;
        } catch (e) {
          if (!(e instanceof EngineError) || e.kind !== 'clickhouse') throw e;
          const message = toDesignNames(e.message, plan);
          const i = step.fallbacks.findIndex((f, k) => k >= next && fallbackApplies(f.when, e.code, e.message, target));
          if (i >= 0) {
            asWritten ??= message;
            attempt = step.fallbacks[i]!;
            next = i + 1;
            continue;
          }
          const blocked = failed && MISSING_OBJECT.has(e.code);
          failed = true;
          const entity = design.entities.find((x) => x.id === step.entityId);
          report.steps.push({
            ...step,
            ...attempt,
            status: blocked ? 'blocked' : 'error',
            message,
            code: e.code,
            codeName: e.codeName,
            field: blocked ? undefined : errorField(entity, message, e.codeName),
            ...(asWritten !== undefined ? { asWritten } : {}),
          });
          break;
        }
      }
    }
  } catch (e) {
    report.failure = e instanceof Error ? e.message : String(e);
  } finally {
    for (const sql of plan.cleanup) {
      report.ran.push(sql);
      try {
        await runSql(conn, sql);
      } catch (e) {
        report.cleanupProblem = `${sql} failed: ${e instanceof Error ? e.message : String(e)}`;
      }
    }
  }
  return report;
}

/** Problems to show on the nodes: one per statement ClickHouse rejected. */
export function checkDiagnostics(report: CheckReport): Diagnostic[] {
  return report.steps
    .filter((s) => s.status === 'error' && s.entityId !== '')
    .map((s) => ({
      code: `engine.${s.codeName || 'error'}`,
      severity: 'error' as const,
      entityId: s.entityId,
      field: s.field,
      message: `ClickHouse: ${s.message}`,
    }));
}
