// The measured ClickHouse behaviour in shared/clickhouse/ddl-cases.json, replayed
// through designs: every case a design can express is built as that design; the
// validator must flag the rejected ones with the matching rule and pass the
// accepted ones, whose generated SQL must then run on chdb.
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import type { Pipeline } from '../../core/model/types';
import { validate } from '../../core/rules/validate';
import { generateSql } from '../../core/sql/generate';
import { quoteString } from '../../core/sql/quote';
import { closeNamespace, runInFreshNamespace, type StatementResult } from '../chdb';
import { DESIGNS, NOT_EXPRESSIBLE } from './designs';

const CASES_PATH = join(import.meta.dirname, '..', '..', '..', '..', 'shared', 'clickhouse', 'ddl-cases.json');

interface DdlCase {
  id: string;
  category: string;
  title: string;
  setup: string[];
  sql: string;
  accepted: boolean;
  error_contains: string | null;
  check: { sql: string; expect: string } | null;
  verify: 'execute' | 'keeper_boundary';
  environment_dependent: boolean;
}

// Checks whose query reads what the case's own SQL text wrote and the generator deliberately writes differently.
const CHECK_DIFFERS: Record<string, string> = {
  M23: 'the case checks that both duplicate settings are stored; the generator writes each design setting as given, and the validator warns (mergeTree.setting.duplicate)',
};

afterEach(() => closeNamespace());

function failure(r: StatementResult): string {
  return `${r.error}\n--- statement ---\n${r.sql}`;
}

/** Runs the design's SQL as written (chdb with the test Keeper, so Replicated tables are created for real); every statement must succeed. */
function runDesign(p: Pipeline): { results: StatementResult[]; ns: ReturnType<typeof runInFreshNamespace>['ns'] } {
  const stmts = generateSql(p).statements.filter((s) => s.runnable !== false);
  const { ns, results } = runInFreshNamespace(stmts.map((s) => s.text));
  for (const r of results) if (!r.ok) expect.fail(failure(r));
  return { results, ns };
}

const cases: DdlCase[] = existsSync(CASES_PATH) ? (JSON.parse(readFileSync(CASES_PATH, 'utf8')) as { cases: DdlCase[] }).cases : [];

describe.skipIf(!existsSync(CASES_PATH))(`ddl-cases (${CASES_PATH})`, () => {
  it('every case is either built as a design or listed as not expressible, never both', () => {
    const ids = new Set(cases.map((c) => c.id));
    for (const c of cases) expect(c.id in DESIGNS || c.id in NOT_EXPRESSIBLE, `${c.id} (${c.title}) is classified`).toBe(true);
    for (const id of Object.keys(DESIGNS)) expect(ids.has(id), `${id} exists in the file`).toBe(true);
    for (const id of Object.keys(DESIGNS)) expect(id in NOT_EXPRESSIBLE, id).toBe(false);
  });

  for (const c of cases) {
    const d = DESIGNS[c.id];
    const label = `${c.id} [${c.category}, ${c.accepted ? 'accepted' : 'rejected'}] ${c.title}`;
    if (!d) {
      it.skip(`${label}: not expressible as a design (${NOT_EXPRESSIBLE[c.id]})`, () => {});
      continue;
    }
    if (d.bug) {
      it.skip(`${label}: MISMATCH ${d.bug}`, () => {});
      continue;
    }
    if (!c.accepted) {
      it(`${label}: the validator reports ${(d.codes ?? []).join(', ')}`, () => {
        const p = d.build();
        const codes = validate(p).map((x) => x.code);
        expect(d.codes?.length, 'a rejected case names the codes it expects').toBeGreaterThan(0);
        for (const code of d.codes!) expect(codes, `validate() of ${c.id}`).toContain(code);
        // The design reproduces the refusal: its SQL fails the same way, unless the generator already avoids it.
        const stmts = generateSql(p).statements.filter((s) => s.runnable !== false);
        const { ns, results } = runInFreshNamespace(stmts.map((s) => s.text));
        const failed = results.filter((r) => !r.ok);
        if (d.sqlAccepted) expect(failed.map(failure), d.sqlAccepted).toEqual([]);
        // Runtime cases: the DDL stands, and the case's INSERT then fails as measured.
        if (c.category === 'runtime') expect(ns.run(c.sql).error).toContain(c.error_contains!);
        else if (!d.sqlAccepted) {
          expect(failed.length, 'ClickHouse refuses the generated SQL').toBeGreaterThan(0);
          expect(failed[0]!.error, d.refusedAs?.why).toContain(d.refusedAs?.message ?? c.error_contains!);
        }
      });
      continue;
    }
    it(`${label}: validates without errors and runs${c.verify === 'keeper_boundary' ? ', the Replicated table created for real (test Keeper)' : ''}`, () => {
      const p = d.build();
      expect(validate(p).filter((x) => x.severity === 'error')).toEqual([]);
      const { ns } = runDesign(p);
      if (c.verify === 'keeper_boundary') {
        // The case was measured without Keeper; with the test Keeper the table exists with its Replicated engine.
        const replicated = p.entities.filter((e) => e.kind === 'mergeTree' && e.engine.replicated);
        expect(replicated.length).toBeGreaterThan(0);
        for (const e of replicated) {
          const rows = ns.rows<{ engine: string }>(`SELECT engine FROM system.tables WHERE database = ${quoteString(e.database)} AND name = ${quoteString(e.name)}`);
          expect(rows.map((r) => r.engine)).toEqual([`Replicated${e.kind === 'mergeTree' ? e.engine.family : ''}`]);
        }
      }
      if (c.category === 'runtime') expect(ns.run(c.sql).error, c.sql).toBe('');
      if (c.check && !CHECK_DIFFERS[c.id]) {
        const r = ns.run(c.check.sql);
        expect(r.error).toBe('');
        expect(r.output.trim(), c.check.sql).toBe(c.check.expect);
      }
      if (d.codes) for (const code of d.codes) expect(validate(p).map((x) => x.code)).toContain(code);
    });
  }
});
