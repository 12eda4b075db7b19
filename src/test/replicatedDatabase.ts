// chdb cannot host a Replicated *database* (CREATE DATABASE … ENGINE = Replicated
// needs an interserver port, which clickhouse-local never opens: code 139). What
// such a database changes for a table is one thing: every CREATE TABLE is run with
// a UUID chosen by the initiating replica, which is what lets
// `ReplicatedMergeTree` without arguments expand default_replica_path's {uuid}.
// Tests reproduce exactly that, and nothing else, by giving each CREATE TABLE of a
// design that declares Replicated databases an explicit UUID.
import { randomUUID } from 'node:crypto';
import type { Pipeline } from '../core/model/types';
import type { SqlScript } from '../core/sql/generate';
import { qualify } from '../core/sql/quote';

/** The script's runnable statements, each CREATE TABLE with a fresh UUID as a Replicated database would run it. */
export function asInReplicatedDatabase(p: Pipeline, script: SqlScript): string[] {
  const byId = new Map(p.entities.map((e) => [e.id, e]));
  return script.statements
    .filter((s) => s.runnable !== false)
    .map((s) => {
      const e = byId.get(s.entityId);
      if (!e || (s.kind !== 'mergeTree' && s.kind !== 'kafkaTable')) return s.text;
      const head = `CREATE TABLE ${qualify(e.database, e.name)}`;
      if (!s.text.startsWith(head)) throw new Error(`unexpected statement head: ${s.text.slice(0, 80)}`);
      return `${head} UUID '${randomUUID()}'${s.text.slice(head.length)}`;
    });
}

/** Databases the design uses but its script does not create (other than `default`): the server must already have them. */
export function serverDatabases(p: Pipeline, script: SqlScript): string[] {
  const created = new Set(script.statements.filter((s) => s.kind === 'database').map((s) => s.database));
  return [...new Set(p.entities.map((e) => e.database))].filter((d) => d !== 'default' && d !== '' && !created.has(d)).sort();
}
