// Replays the measurement behind aggregateTypes.ts on chdb: an AggregateFunction
// column over each representative argument type is refused exactly when the
// validator says so.
import { afterAll, describe, expect, it } from 'vitest';
import { closeNamespace, runInFreshNamespace } from '../../../test/chdb';
import { aggregateArgumentProblem } from './aggregateTypes';

const ARGS = ['UInt64', 'Int8', 'Bool', 'Float64', 'Decimal(38, 2)', 'Nullable(UInt64)', 'String', 'Date', 'DateTime', "DateTime64(3)", 'UUID', "Enum8('a' = 1)", 'Array(UInt8)', 'IPv4'];
const FUNCTIONS = ['sum', 'sumWithOverflow', 'avg', 'quantile(0.5)', 'quantile(2)', 'groupBitOr', 'groupBitXor', 'max', 'uniq'];

afterAll(() => closeNamespace());

describe('aggregate function argument types (chdb 26.7)', () => {
  it('each AggregateFunction(f, T) is refused exactly when flagged', { timeout: 120_000 }, () => {
    const types = FUNCTIONS.flatMap((f) => ARGS.map((t) => `AggregateFunction(${f}, ${t})`));
    const { ns, results } = runInFreshNamespace(types.map((t, i) => `CREATE TABLE default.agg${i} (x ${t}) ENGINE = Memory`));
    ns.close();
    const wrong = types.flatMap((t, i) => {
      const refused = !results[i]!.ok;
      const flagged = aggregateArgumentProblem(t) !== undefined;
      return refused === flagged ? [] : [`${t}: ClickHouse ${refused ? 'refuses' : 'accepts'}, validator ${flagged ? 'flags it' : 'is silent'}`];
    });
    expect(wrong).toEqual([]);
  });
});
