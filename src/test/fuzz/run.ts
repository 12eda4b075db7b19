// Runs one random design on chdb and classifies the outcome against validation.
import { validate } from '../../core/rules/validate';
import type { Diagnostic } from '../../core/rules/diagnostics';
import type { Pipeline } from '../../core/model/types';
import { generateSql } from '../../core/sql/generate';
import { runInFreshNamespace, type StatementResult } from '../chdb';

// Where a chdb session without Keeper stops a Replicated table that passed every other check.
// With the test Keeper configured nothing stops there and Replicated tables are created for real.
const KEEPER_MESSAGE = "Can't create replicated table without ZooKeeper";
const isKeeperBoundary = (r: StatementResult): boolean => !r.ok && r.error.includes(KEEPER_MESSAGE);

// A Replicated table without a Keeper path relies on the server's default_replica_path, which
// on a plain server (chdb with the test Keeper included) needs the {uuid} macro and fails. The
// validator says so with a warning, as the outcome depends on the server; that refusal is predicted.
const SERVER_DEFAULT_PATH = 'mergeTree.engine.replication.noDefaultPath';
const MACRO_UUID = "Macro 'uuid' in engine arguments is only supported";

export interface Outcome {
  errors: Diagnostic[];
  /** Statements ClickHouse refused (Keeper-boundary refusals of Replicated tables excluded). */
  failures: StatementResult[];
  /** Statements stopped at the Keeper boundary. */
  keeper: number;
  executed: number;
}

/** Fuzz settings from the environment: FUZZ_RUNS (default `runs`) and FUZZ_SEED (random by default). */
/** The sample `npm test` checks (any seed works; this one is simply fixed). */
const FIXED_SEED = 20261124;

export function fuzzConfig(runs: number): { numRuns: number; seed: number } {
  const numRuns = Number(process.env['FUZZ_RUNS'] ?? runs);
  // `npm test` replays one fixed sample so CI is reproducible; `npm run fuzz` (FUZZ_RUNS set)
  // explores fresh seeds, and a failure found there becomes a regression fixture.
  const explore = process.env['FUZZ_RUNS'] !== undefined;
  const seed =
    process.env['FUZZ_SEED'] !== undefined
      ? Number(process.env['FUZZ_SEED'])
      : explore
        ? (Date.now() ^ (Math.random() * 0x7fffffff)) | 0
        : FIXED_SEED;
  return { numRuns, seed };
}

export function runDesign(p: Pipeline): Outcome {
  const diagnostics = validate(p);
  const errors = diagnostics.filter((d) => d.severity === 'error');
  const predicted = new Set(diagnostics.filter((d) => d.code === SERVER_DEFAULT_PATH).map((d) => d.entityId));
  const script = generateSql(p);
  const statements = script.statements.filter((s) => s.runnable !== false);
  const { ns, results } = runInFreshNamespace(statements.map((s) => s.text));
  ns.close();
  let keeper = 0;
  const failures: StatementResult[] = [];
  const stoppedAtKeeper = new Set<string>();
  results.forEach((r, i) => {
    if (r.ok) return;
    const st = statements[i]!;
    if (isKeeperBoundary(r) || (predicted.has(st.entityId) && r.error.includes(MACRO_UUID))) {
      keeper++;
      stoppedAtKeeper.add(st.entityId);
      return;
    }
    // A view whose target stopped at the Keeper boundary cannot be created on chdb; not a verdict.
    const target = p.links.find((l) => l.source === st.entityId)?.target;
    const source = p.links.find((l) => l.target === st.entityId)?.source;
    if (st.kind === 'materializedView' && ((target && stoppedAtKeeper.has(target)) || (source && stoppedAtKeeper.has(source)))) return;
    failures.push(r);
  });
  return { errors, failures, keeper, executed: results.length };
}

export function describeOutcome(p: Pipeline, o: Outcome): string {
  return [
    ...o.failures.map((f) => `REFUSED: ${f.error}\n${f.sql}`),
    `validator errors: ${o.errors.map((e) => `${e.code} (${e.entityId}: ${e.message})`).join('; ') || 'none'}`,
    `design: ${JSON.stringify(p)}`,
  ].join('\n\n');
}
