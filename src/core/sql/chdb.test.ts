// The bar: every golden script runs unchanged on a real ClickHouse (chdb 26.7),
// and what the server then holds matches the design.
import { afterEach, describe, expect, it } from 'vitest';
import type { Entity, Pipeline } from '../model/types';
import { closeNamespace, runInFreshNamespace, type StatementResult } from '../../test/chdb';
import { goldenCases, type GoldenCase } from '../../test/golden';
import { HOSTILE } from '../../test/hostileNames';
import { asInReplicatedDatabase, serverDatabases } from '../../test/replicatedDatabase';
import { verifyDesign } from '../../test/verifyDesign';
import { validate } from '../rules/validate';
import { explicitReplication, NO_DEFAULT_PATH, usesServerDefaults } from '../rules/validate/replicated';
import { generateSql, type SqlScript } from './generate';
import { quoteIdent, quoteString } from './quote';

// Cases whose SQL cannot run in chdb, with the reason shown in the test name.
const NOT_EXECUTED: Record<string, string> = {
  on_cluster: 'chdb has no clusters (ON CLUSTER fails with "Requested cluster … not found")',
};

// What chdb answers a Replicated *database*: it checks the macros and arguments, then
// needs an interserver port that clickhouse-local never opens.
const NO_INTERSERVER = /^Code: 139\. DB::Exception: Parameter 'interserver_http\(s\)_port' required for replication/;

function hasReplicated(p: Pipeline): boolean {
  return p.entities.some((e) => e.kind === 'mergeTree' && e.engine.replicated);
}

/** The same design with every Replicated* engine replaced by its plain family. */
function withoutReplication(p: Pipeline): Pipeline {
  return {
    ...p,
    entities: p.entities.map((e): Entity => (e.kind === 'mergeTree' ? { ...e, engine: { ...e.engine, replicated: false } } : e)),
  };
}

function runnable(script: SqlScript) {
  return script.statements.filter((s) => s.runnable !== false);
}

function describeFailure(r: StatementResult): string {
  return `${r.error}\n--- statement ---\n${r.sql}`;
}

/**
 * Runs a golden script as written on chdb with the test Keeper. Databases the
 * script leaves to the server are made first; a design whose databases are
 * Replicated has its CREATE DATABASE refused only for the missing interserver
 * port, and its tables then run as that database would run them (see
 * replicatedDatabase.ts).
 */
function runGolden(c: GoldenCase, p: Pipeline) {
  const script = generateSql(p);
  const existing = serverDatabases(p, script);
  const setup = [...c.setup, ...existing.map((d) => `CREATE DATABASE ${quoteIdent(d)}`)];
  if (!p.options.replicatedDatabases) {
    const stmts = runnable(script);
    const { ns, results } = runInFreshNamespace([...setup, ...stmts.map((s) => s.text)]);
    for (const r of results.slice(0, setup.length)) if (!r.ok) expect.fail(`setup: ${describeFailure(r)}`);
    return { ns, script, existing, stmts, results: results.slice(setup.length) };
  }
  const { ns, results: setupResults } = runInFreshNamespace(setup);
  for (const r of setupResults) if (!r.ok) expect.fail(`setup: ${describeFailure(r)}`);
  for (const st of script.statements.filter((s) => s.kind === 'database')) {
    expect(ns.run(st.text).error).toMatch(NO_INTERSERVER);
    expect(ns.run(`CREATE DATABASE ${quoteIdent(st.database!)}`).error).toBe('');
  }
  const stmts = runnable(script).filter((s) => s.kind !== 'database');
  const results = ns.runAll(asInReplicatedDatabase(p, { ...script, statements: stmts }));
  return { ns, script, existing, stmts, results };
}

afterEach(() => closeNamespace());

const cases = goldenCases();

describe('golden scripts on chdb', () => {
  for (const c of cases) {
    const skip = NOT_EXECUTED[c.name];
    if (skip) {
      it.skip(`${c.name}: not executed, ${skip}`, () => {});
      continue;
    }

    it(`${c.name}: every statement is accepted, or refused exactly where the validator says`, () => {
      const flagged = new Set(validate(c.pipeline).filter((d) => d.code === NO_DEFAULT_PATH || d.code === 'mergeTree.engine.replication.partial').map((d) => d.entityId));
      const run = runGolden(c, c.pipeline);
      expect(run.stmts.length).toBeGreaterThan(0);
      const byId = new Map(c.pipeline.entities.map((e) => [e.id, e]));
      const refused = new Set<string>();
      run.results.forEach((r, i) => {
        if (r.ok) return;
        const e = byId.get(run.stmts[i]!.entityId);
        // A Replicated table relying on server defaults on a plain server: flagged, and refused for the {uuid} macro.
        if (e && flagged.has(e.id) && /^Code: 36\. .*Macro 'uuid' in engine arguments/.test(r.error)) {
          refused.add(e.id);
          return;
        }
        // A view into such a table cannot be created either.
        const target = e?.kind === 'materializedView' ? c.pipeline.links.find((l) => l.source === e.id)?.target : undefined;
        if (target && refused.has(target) && /does not exist|UNKNOWN_TABLE/.test(r.error)) return;
        expect.fail(describeFailure(r));
      });
      // Every table the validator flagged was really refused: the warning is not a guess.
      expect([...refused].sort()).toEqual([...flagged].sort());
      if (refused.size === 0) verifyDesign(run.ns, c.pipeline, run.script, run.existing);
      run.ns.close();
    });

    if (c.pipeline.entities.some((e) => e.kind === 'mergeTree' && usesServerDefaults(e)) && !c.pipeline.options.replicatedDatabases) {
      it(`${c.name}: with the explicit Keeper path and replica the fix fills in, everything runs as written and matches the design`, () => {
        const p: Pipeline = {
          ...c.pipeline,
          entities: c.pipeline.entities.map((e): Entity => (e.kind === 'mergeTree' && usesServerDefaults(e) ? { ...e, engine: explicitReplication(e.engine) } : e)),
        };
        expect(validate(p).filter((d) => d.code === NO_DEFAULT_PATH)).toEqual([]);
        const run = runGolden(c, p);
        for (const r of run.results) if (!r.ok) expect.fail(describeFailure(r));
        verifyDesign(run.ns, p, run.script, run.existing);
        run.ns.close();
      });
    }

    if (hasReplicated(c.pipeline)) {
      it(`${c.name}: with plain engines instead of Replicated, everything runs and matches the design`, () => {
        const p = withoutReplication(c.pipeline);
        const run = runGolden(c, p);
        for (const r of run.results) if (!r.ok) expect.fail(describeFailure(r));
        verifyDesign(run.ns, p, run.script, run.existing);
        run.ns.close();
      });
    }
  }
});

describe('generated views move data on chdb', () => {
  it('chain: rows inserted into the raw table reach the rollup through the second view', () => {
    const c = cases.find((x) => x.name === 'chain')!;
    const { ns, results } = runInFreshNamespace(runnable(generateSql(c.pipeline)).map((s) => s.text));
    for (const r of results) if (!r.ok) expect.fail(describeFailure(r));
    const insert = ns.run(
      `INSERT INTO analytics.events_raw VALUES (1, 'Ann', 2.5, '2026-01-02 10:00:00'), (2, 'Ann', 1.5, '2026-01-02 11:00:00'), (3, 'Bob', -1, '2026-01-02 12:00:00')`,
    );
    expect(insert.error).toBe('');
    // WHERE amount > 0 drops Bob's row; GROUP BY day, user sums Ann's two rows.
    expect(ns.rows('SELECT toString(day) AS day, user, total, n FROM analytics.daily FINAL ORDER BY user')).toEqual([
      { day: '2026-01-02', user: 'Ann', total: 4, n: 2 },
    ]);
    ns.close();
  });
});

describe('quoting round trip on chdb', () => {
  it.each(HOSTILE)('%j as a string literal and as a column alias reads back exactly', (s) => {
    const { ns } = runInFreshNamespace([]);
    expect(ns.rows<{ v: string }>(`SELECT ${quoteString(s)} AS v`)).toEqual([{ v: s }]);
    const row = ns.rows(`SELECT 1 AS ${quoteIdent(s)}`)[0]!;
    expect(Object.keys(row)).toEqual([s]);
    ns.close();
  });
});
