// Runs a check plan statement by statement and reports each one, then removes the
// scratch databases whatever happened.
import type { Pipeline } from '../core/model/types';
import type { Diagnostic } from '../core/rules/diagnostics';
import { buildCheckPlan, newRunId, toDesignNames, type CheckPlan, type CheckStep, type CheckTarget } from './checkPlan';
import { EngineError, runSql, type EngineConnection } from './client';
import { errorField } from './errorField';

export type StepStatus = 'ok' | 'error' | 'blocked' | 'skipped';

export interface StepResult extends CheckStep {
  status: StepStatus;
  /** ClickHouse's message with the design's database names, '' when ok. */
  message: string;
  code: number;
  codeName: string;
  /** Panel field the error points at, when the message tells. */
  field?: string;
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
  return [...plan.steps.filter((s) => s.runnable).map((s) => s.sql), ...plan.cleanup];
}

/** Runs `plan` (by default a fresh plan of `design`), the exact statements a consent was given for. */
export async function runCheck(conn: EngineConnection, design: Pipeline, plan: CheckPlan = buildCheckPlan(design, checkTarget(conn), newRunId())): Promise<CheckReport> {
  const target = checkTarget(conn);
  const report: CheckReport = { target, version: conn.version, steps: [], notes: plan.notes, ran: [] };
  let failed = false;
  try {
    for (const step of plan.steps) {
      if (!step.runnable) {
        report.steps.push({ ...step, status: 'skipped', message: 'Not valid SQL yet (see the problems list); not sent.', code: 0, codeName: '' });
        continue;
      }
      report.ran.push(step.sql);
      try {
        await runSql(conn, step.sql);
        report.steps.push({ ...step, status: 'ok', message: '', code: 0, codeName: '' });
      } catch (e) {
        if (!(e instanceof EngineError) || e.kind !== 'clickhouse') throw e;
        const message = toDesignNames(e.message, plan);
        const blocked = failed && MISSING_OBJECT.has(e.code);
        failed = true;
        const entity = design.entities.find((x) => x.id === step.entityId);
        report.steps.push({
          ...step,
          status: blocked ? 'blocked' : 'error',
          message,
          code: e.code,
          codeName: e.codeName,
          field: blocked ? undefined : errorField(entity, message, e.codeName),
        });
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
