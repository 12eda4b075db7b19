// Executes a copied script on ClickHouse 26.7 (chdb) from a Playwright test.
// The script is split at top-level semicolons (outside strings, quoted names
// and comments), exactly as a user pasting it into clickhouse-client would run it.
import { runInFreshNamespace, type StatementResult } from '../../src/test/chdb';

export function splitStatements(script: string): string[] {
  const out: string[] = [];
  let start = 0;
  let i = 0;
  const n = script.length;
  while (i < n) {
    const c = script[i]!;
    if (c === "'" || c === '`' || c === '"') {
      i++;
      while (i < n && script[i] !== c) i += script[i] === '\\' ? 2 : 1;
      i++;
    } else if (c === '-' && script[i + 1] === '-') {
      while (i < n && script[i] !== '\n') i++;
    } else if (c === '/' && script[i + 1] === '*') {
      const end = script.indexOf('*/', i + 2);
      i = end < 0 ? n : end + 2;
    } else if (c === ';') {
      out.push(script.slice(start, i));
      start = ++i;
    } else i++;
  }
  out.push(script.slice(start));
  return out.map((s) => s.trim()).filter((s) => s.replace(/--[^\n]*/g, '').trim() !== '');
}

export interface RunReport {
  results: StatementResult[];
  failures: StatementResult[];
}

/** Runs every statement in a fresh namespace (test Keeper: Replicated tables with a Keeper path are created for real). */
export function runScript(script: string): RunReport {
  const { ns, results } = runInFreshNamespace(splitStatements(script));
  ns.close();
  return { results, failures: results.filter((r) => !r.ok) };
}

/** Runs the script with Replicated engines made local, so the views over them are created too. */
export function runScriptLocally(script: string): RunReport {
  return runScript(script.replace(/ENGINE = Replicated(\w*MergeTree)/g, 'ENGINE = $1'));
}
