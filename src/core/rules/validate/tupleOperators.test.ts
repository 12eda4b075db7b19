// -t, t % N, t + N and t - N over Tuple columns, replayed on chdb: argumentProblem flags
// exactly the expressions ClickHouse refuses (% and negation go element by element).
import { afterAll, describe, expect, it } from 'vitest';
import { closeNamespace, runInFreshNamespace } from '../../../test/chdb';
import { argumentProblem } from './exprType';

const TYPES = [
  'Tuple(UInt8)', 'Tuple(String)', 'Tuple(UInt8, String)', 'Tuple(DateTime)', 'Tuple(Array(UInt8))', 'Tuple(Date)', 'Tuple(Nullable(UInt8))',
  'Tuple(UUID)', 'Tuple(Tuple(UInt8))', 'Tuple(Tuple(String))', 'Tuple(Decimal(9, 2))', 'Tuple(IPv4)', "Tuple(Enum8('a' = 1))",
  'Tuple(Float64, Float64)', 'Tuple(Map(String, UInt8))', 'Tuple(Variant(UInt8, String))', 'Tuple(Dynamic)', 'Tuple(a Int32, b Float32)',
];
const OPERATIONS = ['c + 1', 'c - 1', '-c', 'c % 4'];
const CASES = TYPES.flatMap((type) => OPERATIONS.map((expr) => ({ type, expr })));

afterAll(() => closeNamespace());

describe('operators over Tuple columns (chdb 26.7)', () => {
  it(`are flagged exactly when ClickHouse refuses them (${CASES.length} cases)`, () => {
    const table = `CREATE TABLE default.tuples (${TYPES.map((t, i) => `c${i} ${t}`).join(', ')}) ENGINE = Memory`;
    const { ns, results } = runInFreshNamespace([table, ...CASES.map(({ type, expr }) => `SELECT ${expr.replace('c', `c${TYPES.indexOf(type)}`)} FROM default.tuples`)]);
    ns.close();
    expect(results[0]!.error).toBe('');
    const wrong = CASES.flatMap(({ type, expr }, i) => {
      const refused = !results[i + 1]!.ok;
      const flagged = argumentProblem(expr, new Map([['c', type]])) !== undefined;
      return refused === flagged ? [] : [`${expr} with c ${type}: ClickHouse ${refused ? 'refuses' : 'accepts'}, validator ${flagged ? 'flags it' : 'says nothing'}`];
    });
    expect(wrong).toEqual([]);
    expect(results.filter((r) => !r.ok).length).toBeGreaterThan(CASES.length / 3);
  }, 60_000);
});
