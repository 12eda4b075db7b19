// The suite's copy of ClickHouse's lists (names.ts) against the engine it runs
// on and against ../shared's lexicon when present: a table function or engine
// ClickHouse adds must show up here, so the attempts cover it and the guard
// knows it.
import { existsSync, readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { KNOWN_TABLE_FUNCTIONS } from '../guardLists.ts';
import { startTestEndpoint, type TestEndpoint } from '../testServer.ts';
import { client, type Client } from './client.ts';
import { DATABASE_ENGINES, TABLE_ENGINES, TABLE_FUNCTIONS } from './names.ts';

const LEXICON = new URL('../../../shared/clickhouse/clickhouse-lexicon.json', import.meta.url);
const sorted = (xs: readonly string[]): string[] => [...xs].sort();

let ep: TestEndpoint;
let c: Client;
beforeAll(async () => {
  ep = await startTestEndpoint();
  c = client(ep);
}, 60_000);
afterAll(async () => {
  await ep?.close();
});

const names = async (table: string): Promise<string[]> => {
  const r = await c.post(`SELECT name FROM system.${table} ORDER BY name`);
  expect(r.status, r.text).toBe(200);
  return r.text.trim().split('\n');
};

describe('the lists the attempts are built from', () => {
  it('match the engine: system.table_functions, table_engines, database_engines', async () => {
    expect(sorted(await names('table_functions'))).toEqual(sorted(TABLE_FUNCTIONS));
    expect(sorted(await names('table_engines'))).toEqual(sorted(TABLE_ENGINES));
    expect(sorted(await names('database_engines'))).toEqual(sorted(DATABASE_ENGINES));
  });

  it('every table function the engine knows is known to the guard', async () => {
    const unknown = (await names('table_functions')).filter((f) => !KNOWN_TABLE_FUNCTIONS.has(f.toLowerCase()));
    expect(unknown).toEqual([]);
  });

  it.skipIf(!existsSync(LEXICON))('match ../shared/clickhouse/clickhouse-lexicon.json', () => {
    const lex = JSON.parse(readFileSync(LEXICON, 'utf8')) as {
      table_functions: string[];
      table_engines: Array<{ name: string }>;
      database_engines: string[];
    };
    expect(sorted(TABLE_FUNCTIONS)).toEqual(sorted(lex.table_functions));
    expect(sorted(TABLE_ENGINES)).toEqual(sorted(lex.table_engines.map((e) => e.name)));
    expect(sorted(DATABASE_ENGINES)).toEqual(sorted(lex.database_engines));
  });
});
