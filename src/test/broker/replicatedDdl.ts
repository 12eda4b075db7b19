// The Replicated half of a design, proven on its own: its generated DDL (not a
// plain stand-in) runs in the session that reads the testkeeper config, and
// every Replicated table written with a Keeper path shows up in system.replicas
// under that path with its macros expanded. A Replicated table written without
// arguments must fail exactly as on a single server without the Replicated
// database engine: the default path needs the {uuid} macro. A design whose databases are
// Replicated runs its tables as such a database would (see below).
import { randomUUID } from 'node:crypto';
import { expect } from 'vitest';
import type { Pipeline } from '../../core/model/types';
import { generateSql } from '../../core/sql/generate';
import { qualify, quoteIdent, quoteString } from '../../core/sql/quote';
import { TEST_MACROS } from '../keeperConfig';
import { dropCreated } from './flow';
import { pointAtBroker, serverDatabases } from './rewire';
import type { EngineSession } from './session';

const EXPLICIT = /ENGINE = Replicated\w*MergeTree\('((?:[^'\\]|\\.)*)',\s*'((?:[^'\\]|\\.)*)'/;

function expand(text: string, database: string, table: string): string {
  return text
    .replace(/\\(.)/g, '$1')
    .replaceAll('{database}', database)
    .replaceAll('{table}', table)
    .replaceAll('{shard}', TEST_MACROS.shard)
    .replaceAll('{replica}', TEST_MACROS.replica);
}

export interface ReplicatedProof {
  created: string[];
  refusedWithoutPath: string[];
}

const INTERSERVER = /interserver_http\(s\)_port' required for replication/;
const REPLICATED_DATABASE = / ENGINE = Replicated\(/;

/** The CREATE TABLE as a Replicated database runs it on its replicas: with the table's UUID chosen up front. */
function withUuid(text: string, head: string, uuid: string): string {
  if (!text.startsWith(head)) throw new Error(`unexpected statement head: ${text.slice(0, 80)}`);
  return `${head} UUID '${uuid}'${text.slice(head.length)}`;
}

export function proveReplicatedDdl(session: EngineSession, design: Pipeline): ReplicatedProof {
  // The broker address is never dialled: no view-fed consumer outlives this function.
  const rewired = pointAtBroker(design, '127.0.0.1:9', 'ddl');
  const p = rewired.pipeline;
  const script = generateSql(p);
  const existing = serverDatabases(p, script);
  const byId = new Map(p.entities.map((e) => [e.id, e]));
  const proof: ReplicatedProof = { created: [], refusedWithoutPath: [] };
  let inReplicatedDatabase = false;
  try {
    for (const d of existing) session.exec(`CREATE DATABASE IF NOT EXISTS ${quoteIdent(d)}`);
    for (const sql of rewired.setup) session.exec(sql);
    const failed = new Set<string>();
    for (const st of script.statements) {
      if (st.runnable === false) continue;
      if (st.kind === 'database' && REPLICATED_DATABASE.test(st.text)) {
        // chdb never opens an interserver port, so a Replicated database stops exactly there; the
        // tables then go into a plain database, each with the UUID a Replicated database would give it.
        expect(session.attempt(st.text).error, st.text).toMatch(INTERSERVER);
        session.exec(`CREATE DATABASE IF NOT EXISTS ${quoteIdent(st.database!)}`);
        inReplicatedDatabase = true;
        continue;
      }
      const e = byId.get(st.entityId);
      const uuid = randomUUID();
      const head = e ? `CREATE TABLE ${qualify(e.database, e.name)}` : '';
      const text = inReplicatedDatabase && (st.kind === 'mergeTree' || st.kind === 'kafkaTable') ? withUuid(st.text, head, uuid) : st.text;
      const outcome = session.attempt(text);
      if (e?.kind === 'mergeTree' && e.engine.replicated) {
        const explicit = EXPLICIT.exec(st.text);
        if (explicit || inReplicatedDatabase) {
          expect(outcome.error, `${e.name} is created`).toBe('');
          const [row] = session.rows<{ zookeeper_path: string; replica_name: string; engine: string }>(
            `SELECT zookeeper_path, replica_name, engine FROM system.replicas
             WHERE database = ${quoteString(e.database)} AND table = ${quoteString(e.name)}`,
          );
          expect(row, `${e.name} is in system.replicas`).toEqual({
            // Without arguments ClickHouse's defaults apply: /clickhouse/tables/{uuid}/{shard} and {replica}.
            zookeeper_path: explicit ? expand(explicit[1]!, e.database, e.name) : `/clickhouse/tables/${uuid}/${TEST_MACROS.shard}`,
            replica_name: explicit ? expand(explicit[2]!, e.database, e.name) : TEST_MACROS.replica,
            engine: `Replicated${e.engine.family}`,
          });
          proof.created.push(e.name);
        } else {
          expect(outcome.error, `${e.name} without a Keeper path fails as on a plain server`).toMatch(/Macro 'uuid' in engine arguments is only supported/);
          failed.add(e.id);
          proof.refusedWithoutPath.push(e.name);
        }
        continue;
      }
      // A view into a table that could not be created cannot exist either.
      const target = e?.kind === 'materializedView' ? p.links.find((l) => l.source === e.id)?.target : undefined;
      if (!outcome.ok && target && failed.has(target)) continue;
      expect(outcome.error, `${st.text}`).toBe('');
    }
  } finally {
    dropCreated(session, script, p, rewired.collections, existing);
  }
  return proof;
}
