import { Session } from 'chdb';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { INVALID_TYPES, VALID_TYPES } from './engine.fixtures';
import { checkType } from './check';
import { normalizeType } from './normalize';
import { quoteName } from './format';

const DB = 'chflow_types_test';
let session: Session;

beforeAll(() => {
  session = new Session();
  session.query(`DROP DATABASE IF EXISTS ${DB}`);
  session.query(`CREATE DATABASE ${DB}`);
});

afterAll(() => {
  session.query(`DROP DATABASE IF EXISTS ${DB}`);
  session.close();
});

/** Tries to create a one-column table; returns the stored type or the engine's error. */
function create(table: string, type: string): { stored: string } | { error: string } {
  try {
    // flatten_nested = 0 keeps Nested as one column so its stored type can be compared.
    session.query(`CREATE TABLE ${DB}.${quoteName(table)} (c ${type}) ENGINE = MergeTree ORDER BY tuple()`);
  } catch (e) {
    return { error: String((e as Error).message) };
  }
  const stored = session.query(`SELECT type FROM system.columns WHERE database = '${DB}' AND table = '${table}' AND name = 'c'`, 'TSVRaw');
  return { stored: stored.trim() };
}

describe('types against ClickHouse (chdb)', () => {
  it('has enough cases', () => {
    expect(VALID_TYPES.length).toBeGreaterThanOrEqual(60);
    expect(INVALID_TYPES.length).toBeGreaterThanOrEqual(20);
  });

  it('stores every accepted type exactly as normalizeType spells it', () => {
    session.query('SET flatten_nested = 0');
    const mismatches: string[] = [];
    VALID_TYPES.forEach(([written, stored], i) => {
      const problems = checkType(written).filter((p) => p.severity === 'error');
      if (problems.length) mismatches.push(`${written}: checker objects: ${problems[0]!.message}`);
      const ours = normalizeType(written);
      if (ours !== stored) mismatches.push(`${written}: normalizeType gives ${ours}, fixture says ${stored}`);
      const r = create(`v${i}`, written);
      if ('error' in r) mismatches.push(`${written}: ClickHouse refused: ${r.error}`);
      else if (r.stored !== ours) mismatches.push(`${written}: ClickHouse stores ${r.stored}, we say ${ours}`);
      // The canonical spelling itself must be accepted and stored unchanged.
      const again = create(`w${i}`, ours);
      if ('error' in again || again.stored !== ours) mismatches.push(`${ours}: not stable in ClickHouse`);
    });
    expect(mismatches).toEqual([]);
  });

  it('rejects every type the checker rejects', () => {
    const disagreements: string[] = [];
    INVALID_TYPES.forEach((t, i) => {
      const errors = checkType(t).filter((p) => p.severity === 'error');
      if (errors.length === 0) disagreements.push(`${t}: checker accepts it`);
      const r = create(`x${i}`, t);
      if (!('error' in r)) disagreements.push(`${t}: ClickHouse accepted it as ${r.stored}`);
    });
    expect(disagreements).toEqual([]);
  });
});
