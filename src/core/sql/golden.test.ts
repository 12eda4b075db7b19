// Each golden pipeline must generate exactly its reviewed .sql file.
// `UPDATE_GOLDEN=1 npx vitest run src/core/sql` rewrites the files; review the diff.
import { writeFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { goldenCases } from '../../test/golden';
import { generateSql } from './generate';

const UPDATE = process.env['UPDATE_GOLDEN'] === '1';
const cases = goldenCases();

describe('golden SQL', () => {
  it('has the required cases', () => {
    const names = cases.map((c) => c.name);
    for (const required of ['seed_aiven', 'mergetree_families', 'replicated', 'chain', 'fan_out', 'kafka_defaults_omitted', 'kafka_settings', 'quoting', 'clauses', 'on_cluster'])
      expect(names).toContain(required);
  });

  it.each(cases.map((c) => [c.name, c] as const))('%s', (_name, c) => {
    const text = generateSql(c.pipeline).text;
    if (UPDATE) {
      writeFileSync(c.sqlPath, text);
      return;
    }
    expect(c.expected, `${c.sqlPath} is missing; run with UPDATE_GOLDEN=1 and review it`).toBeDefined();
    expect(text).toBe(c.expected);
  });
});
