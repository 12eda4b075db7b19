// The SQL generated from each imported golden design runs on ClickHouse (chdb):
// raw SELECTs kept verbatim, Kafka tables from positional arguments, targets made
// from a view's ENGINE clause. Scripts that need a cluster are left out (chdb has
// none); databases the script only USEs are created first, as the server had them.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { splitStatements } from '../../../../e2e/support/runSql';
import { closeNamespace, runInFreshNamespace } from '../../../test/chdb';
import { generateSql } from '../generate';
import { importSql } from './importSql';

const DIR = join(import.meta.dirname, '__golden__');
const cases = readdirSync(DIR)
  .filter((f) => f.endsWith('.sql'))
  .map((f) => f.slice(0, -4))
  .sort();

describe('imported goldens run on ClickHouse', () => {
  afterAll(() => closeNamespace());
  it.each(cases)('%s', (name) => {
    const r = importSql(readFileSync(join(DIR, `${name}.sql`), 'utf8'));
    if (r.messages.some((m) => m.kind === 'error') || r.pipeline.options.cluster !== '') return;
    const sql = generateSql(r.pipeline).text.replace(/ENGINE = Replicated(\w*MergeTree)\b(?!\()/g, 'ENGINE = $1');
    const databases = [...new Set(r.pipeline.entities.map((e) => e.database))].filter((d) => d !== 'default');
    const { ns, results } = runInFreshNamespace([...databases.map((d) => `CREATE DATABASE IF NOT EXISTS \`${d}\``), ...splitStatements(sql)]);
    try {
      expect(results.filter((x) => !x.ok).map((x) => `${x.error}\n${x.sql}`)).toEqual([]);
    } finally {
      ns.close();
    }
  });
});
