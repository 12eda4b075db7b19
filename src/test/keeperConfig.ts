// A ClickHouse config file for test sessions that run Replicated engines for real:
// chdb has no embedded Keeper, but ClickHouse's in-memory test Keeper and a pair
// of macros let `ReplicatedMergeTree('/clickhouse/tables/{shard}/{database}/{table}',
// '{replica}')` be created exactly as on a single server with Keeper. Nothing here
// sets default_replica_path: a Replicated table without arguments must fail as it
// does on a user's plain server.
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

export const TEST_MACROS = { shard: '01', replica: 'r1' } as const;

let written: string | null = null;

/** Path of the config file (written once per process), for `--config-file=`. */
export function keeperConfigPath(): string {
  if (written) return written;
  const dir = mkdtempSync(join(tmpdir(), 'chflow-keeper-'));
  const path = join(dir, 'keeper.xml');
  writeFileSync(
    path,
    `<clickhouse>
  <zookeeper><implementation>testkeeper</implementation></zookeeper>
  <macros><shard>${TEST_MACROS.shard}</shard><replica>${TEST_MACROS.replica}</replica></macros>
</clickhouse>
`,
  );
  written = path;
  return path;
}
