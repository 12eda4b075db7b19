// The Aiven export on ClickHouse 26.7 (chdb): the Kafka tables are created from
// the integration config the way the integration describes them (name,
// columns, topics, format, group in service_<kafka service>), then the
// exported SQL for views and tables must run unchanged against them.
import { afterEach, describe, expect, it } from 'vitest';
import { quoteIdent, quoteString } from '../sql/quote';
import { closeNamespace, runInFreshNamespace } from '../../test/chdb';
import { exportAiven, SETTING_FIELDS, type AivenTable } from './aiven';
import { exportFixtures } from './fixtures';

const SERVICE = 'kafka-1';

function integrationTable(database: string, t: AivenTable): string {
  // The integration's optional fields are Kafka engine settings under other names.
  const extra = Object.entries(SETTING_FIELDS)
    .filter(([, field]) => t[field] !== undefined)
    .map(([setting, field]) => `, ${setting} = ${typeof t[field] === 'string' ? quoteString(t[field]) : Number(t[field])}`)
    .join('');
  const cols = t.columns.map((c) => `${quoteIdent(c.name)} ${c.type}`).join(', ');
  return (
    `CREATE TABLE ${quoteIdent(database)}.${quoteIdent(t.name)} (${cols}) ENGINE = Kafka SETTINGS ` +
    `kafka_broker_list = 'kafka:9092', kafka_topic_list = ${quoteString(t.topics.map((x) => x.name).join(','))}, ` +
    `kafka_group_name = ${quoteString(t.group_name)}, kafka_format = ${quoteString(t.data_format)}${extra}`
  );
}

afterEach(() => closeNamespace());

describe('Aiven export runs against the integration tables', () => {
  for (const { name, pipeline } of exportFixtures()) {
    const x = exportAiven(pipeline, { kafkaService: SERVICE });
    if (x.issues.some((d) => d.severity === 'error')) continue;
    it(`${name}: ${x.userConfig.tables.length} integration table(s), ${x.statements.length} statement(s)`, () => {
      const setup = [`CREATE DATABASE ${quoteIdent(x.database)}`, ...x.userConfig.tables.map((t) => integrationTable(x.database, t))];
      // chdb's Replicated tables need Keeper arguments; run the targets as their plain family.
      const statements = x.statements.map((s) => s.replace(/ENGINE = Replicated(\w*MergeTree)\b(?!\()/g, 'ENGINE = $1'));
      const { results } = runInFreshNamespace([...setup, ...statements]);
      expect(results.filter((r) => !r.ok).map((r) => `${r.error}\n${r.sql}`)).toEqual([]);
    });
  }
});
