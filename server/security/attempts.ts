// The attacks the security suite replays on the real endpoint, generated from
// ClickHouse 26.7's own lists: every table function, table engine, database
// engine and dictionary source, every statement kind the endpoint does not run
// and every setting that names a path, a URL or a host, each in the places a
// query can hide it and in the disguises of disguises.ts. Every attempt must be
// refused; every one that reaches a file or a host aims at the canary or at the
// loopback listener, so a miss shows up there even if the answer looked fine.
import { ALLOWED_ENGINES, ALLOWED_TABLE_FUNCTIONS } from '../guardLists.ts';
import { CORE_DISGUISES, DISGUISES, nameForms, type Disguise } from './disguises.ts';
import { DATABASE_ENGINES, TABLE_ENGINES, TABLE_FUNCTIONS } from './names.ts';
import { callerAttempts, functionReferenceAttempts, settingAttempts, statementAttempts, urlParameterAttempts } from './statements.ts';

export interface Attempt {
  label: string;
  sql: string;
  params?: Record<string, string>;
  headers?: Record<string, string>;
}

export interface Targets {
  /** A file whose content must never be read. */
  secretPath: string;
  /** A path that must never be created. */
  writePath: string;
  /** 127.0.0.1:port of a listener that must never be called. */
  listener: string;
}

/** The scratch database attempts name, so that only the attack itself is wrong. */
export const DB = 'chflow_scratch_sec';

/** Arguments that make each table function reach the canary or the listener. */
export function tableFunctionArgs(name: string, t: Targets): string {
  const url = `'http://${t.listener}/x.csv'`;
  const n = name.toLowerCase();
  if (/local|^file$|filesystem|arrowstream/.test(n)) return `'${t.secretPath}', 'LineAsString', 'line String'`;
  if (n === 'filecluster') return `'default', '${t.secretPath}', 'LineAsString'`;
  if (n === 'sqlite') return `'${t.secretPath}', 't'`;
  if (n === 'remote' || n === 'remotesecure') return `'${t.listener}', system.one`;
  if (n === 'cluster' || n === 'clusterallreplicas') return 'default, system.one';
  if (['mysql', 'postgresql', 'mongodb', 'jdbc', 'odbc', 'ytsaurus'].includes(n)) return `'${t.listener}', 'db', 't', 'u', 'p'`;
  if (n === 'redis') return `'${t.listener}', 'k', 'k String, v String'`;
  if (n === 'executable') return `'cat ${t.secretPath}', 'LineAsString', 'line String'`;
  if (n === 'input') return `'line String'`;
  if (n === 'merge') return `'system', '.*'`;
  if (n === 'loop') return 'system.one';
  if (n === 'dictionary') return `'${DB}.d'`;
  if (n.startsWith('mergetree')) return 'system, one';
  if (n === 'viewexplain') return `'EXPLAIN', '', (SELECT * FROM url(${url}, CSV))`;
  if (n === 'viewifpermitted') return `SELECT * FROM url(${url}, CSV) ELSE null('a String')`;
  if (n === 'eval') return `'cat ${t.secretPath}'`;
  if (n.startsWith('fuzz')) return `${url}, 'x'`;
  if (n.includes('cluster')) return `'default', ${url}, 'CSV'`;
  return `${url}, 'CSV'`;
}

/** Places a table function call can stand in a query. `{f}` is the call. */
const CALL_SITES: ReadonlyArray<[string, string]> = [
  ['FROM', 'SELECT * FROM {f}'],
  ['FROM TABLE', 'SELECT * FROM TABLE {f}'],
  ['a scalar call', 'SELECT {f}'],
  ['a JOIN', 'SELECT * FROM numbers(1) AS a JOIN {f} AS b ON 1'],
  ['a comma join', 'SELECT * FROM system.one, {f}'],
  ['a subquery', 'SELECT * FROM (SELECT * FROM {f})'],
  ['a CTE', 'WITH q AS (SELECT * FROM {f}) SELECT * FROM q'],
  ['a scalar CTE', 'WITH (SELECT count() FROM {f}) AS n SELECT n'],
  ['IN', 'SELECT 1 WHERE 1 IN (SELECT * FROM {f})'],
  ['UNION', 'SELECT 1 UNION ALL SELECT * FROM {f}'],
  ['a scalar subquery', 'SELECT (SELECT * FROM {f} LIMIT 1)'],
  ['view()', 'SELECT * FROM view(SELECT * FROM {f})'],
  ['EXPLAIN', 'EXPLAIN SELECT * FROM {f}'],
  ['EXPLAIN PIPELINE', 'EXPLAIN PIPELINE SELECT * FROM {f}'],
  ['DESCRIBE', 'DESCRIBE TABLE {f}'],
  ['DESC', 'DESC {f}'],
  ['INSERT INTO FUNCTION', 'INSERT INTO FUNCTION {f} SELECT 1'],
  ['INSERT INTO TABLE FUNCTION', 'INSERT INTO TABLE FUNCTION {f} SELECT 1'],
  ['INSERT … SELECT', `INSERT INTO ${DB}.t SELECT * FROM {f}`],
  ['CREATE TABLE AS', `CREATE TABLE ${DB}.t AS {f}`],
  ['CREATE VIEW', `CREATE VIEW ${DB}.v AS SELECT * FROM {f}`],
  ['CREATE MATERIALIZED VIEW', `CREATE MATERIALIZED VIEW ${DB}.mv TO ${DB}.t AS SELECT * FROM {f}`],
  ['a column DEFAULT', `CREATE TABLE ${DB}.t (a String DEFAULT {f}) ENGINE = MergeTree ORDER BY tuple()`],
  ['a FORMAT tail', 'SELECT * FROM {f} FORMAT JSONEachRow'],
  ['a SETTINGS tail', 'SELECT * FROM {f} SETTINGS max_threads = 1'],
  ['a WHERE clause', 'SELECT 1 FROM system.one WHERE (SELECT count() FROM {f}) > 0'],
  ['a lambda', 'SELECT arrayMap(x -> (SELECT count() FROM {f}), [1])'],
];

/** Where every table function is tried; the ones in KEY_FUNCTIONS are tried everywhere. */
const COMMON_SITES = ['FROM', 'a scalar call', 'a JOIN', 'a subquery', 'a CTE', 'IN', 'EXPLAIN', 'DESCRIBE', 'INSERT INTO FUNCTION', 'CREATE TABLE AS', 'view()'];
/** The functions that reach files, URLs, hosts and programs most directly. */
const KEY_FUNCTIONS = ['file', 'url', 'remote', 's3', 'executable', 'mysql', 'input'];

/** Table functions the endpoint lets through by design (they read only the query's own text). */
const harmless = (name: string): boolean => ALLOWED_TABLE_FUNCTIONS.has(name.toLowerCase());

function tableFunctionAttempts(t: Targets, full: boolean): Attempt[] {
  const out: Attempt[] = [];
  const reaching = [...TABLE_FUNCTIONS.filter((n) => !harmless(n)), 'disk'];
  for (const name of reaching) {
    const call = `${name}(${tableFunctionArgs(name, t)})`;
    const sites = KEY_FUNCTIONS.includes(name) ? CALL_SITES : CALL_SITES.filter(([site]) => COMMON_SITES.includes(site));
    for (const [site, tpl] of sites) out.push({ label: `${name}() in ${site}`, sql: tpl.replace('{f}', call) });
    for (const form of nameForms(name).slice(1)) {
      out.push({ label: `${name}() spelled ${form}`, sql: `SELECT * FROM ${form}(${tableFunctionArgs(name, t)})` });
    }
    for (const d of DISGUISES) out.push({ label: `${name}() with ${d.name}`, sql: d.apply(`SELECT * FROM ${call}`) });
  }
  // The functions that reach files, URLs, hosts and programs: every place, in the main disguises (all of them when full).
  const disguises = full ? DISGUISES : CORE_DISGUISES.slice(0, 6);
  for (const name of KEY_FUNCTIONS) {
    const call = `${name}(${tableFunctionArgs(name, t)})`;
    for (const [site, tpl] of CALL_SITES) {
      for (const d of disguises) out.push({ label: `${name}() in ${site} with ${d.name}`, sql: d.apply(tpl.replace('{f}', call)) });
    }
  }
  return out;
}

/** Engine arguments that reach the canary or the listener. */
function engineArgs(name: string, t: Targets): string {
  const n = name.toLowerCase();
  if (n === 'file' || n === 'filelog') return `'${t.secretPath}', 'LineAsString'`;
  if (n.endsWith('local') || n === 'embeddedrocksdb' || n === 'sqlite' || n === 'filesystem' || n === 'backup') return `'${t.secretPath}'`;
  if (['mysql', 'postgresql', 'materializedpostgresql', 'mongodb', 'odbc', 'jdbc', 'ytsaurus'].includes(n)) return `'${t.listener}', 'db', 't', 'u', 'p'`;
  if (n === 'redis') return `'${t.listener}', 0, ''`;
  if (n === 'remote' || n === 'remotesecure') return `'${t.listener}', 'system', 'one'`;
  if (n === 'distributed') return `default, system, one`;
  if (n === 'executable' || n === 'executablepool') return `'cat ${t.secretPath}', 'LineAsString'`;
  if (n === 'merge') return `'system', '.*'`;
  if (n === 'buffer') return `system, one, 1, 1, 1, 1, 1, 1, 1`;
  if (n === 'dictionary') return `'${DB}.d'`;
  if (n === 'keepermap') return `'/chflow'`;
  if (n === 'alias' || n === 'loop') return 'system.one';
  if (n === 'join') return 'ANY, LEFT, a';
  if (['memory', 'log', 'tinylog', 'stripelog', 'set', 'null', 'view', 'materializedview', 'ordinary', 'atomic'].includes(n)) return '';
  return `'http://${t.listener}/x', 'CSV'`;
}

function engineAttempts(t: Targets): Attempt[] {
  const out: Attempt[] = [];
  for (const name of TABLE_ENGINES.filter((e) => !ALLOWED_ENGINES.has(e))) {
    const args = engineArgs(name, t);
    const table = (engine: string): string => `CREATE TABLE ${DB}.t (a String) ENGINE = ${engine}(${args})`;
    for (const form of nameForms(name)) out.push({ label: `the ${name} engine spelled ${form}`, sql: table(form) });
    out.push({ label: `the ${name} engine without =`, sql: `CREATE TABLE ${DB}.t (a String) ENGINE ${name}(${args})` });
    out.push({ label: `the ${name} engine under a view`, sql: `CREATE MATERIALIZED VIEW ${DB}.v ENGINE = ${name}(${args}) AS SELECT 'x' AS a` });
    out.push({ label: `the ${name} engine in CREATE … AS SELECT`, sql: `CREATE TABLE ${DB}.t ENGINE = ${name}(${args}) AS SELECT 'x' AS a` });
    out.push({ label: `the ${name} engine as a temporary table`, sql: `CREATE TEMPORARY TABLE t (a String) ENGINE = ${name}(${args})`, params: { database: DB } });
    for (const d of CORE_DISGUISES) out.push({ label: `the ${name} engine with ${d.name}`, sql: d.apply(table(name)) });
  }
  for (const name of DATABASE_ENGINES.filter((e) => !ALLOWED_ENGINES.has(e))) {
    const db = (engine: string): string => `CREATE DATABASE ${DB}_db ENGINE = ${engine}(${engineArgs(name, t)})`;
    for (const form of nameForms(name)) out.push({ label: `the ${name} database engine spelled ${form}`, sql: db(form) });
    for (const d of CORE_DISGUISES) out.push({ label: `the ${name} database engine with ${d.name}`, sql: d.apply(db(name)) });
  }
  return out;
}

/** Every dictionary source ClickHouse has, each aimed at the canary or the listener. */
function dictionarySources(t: Targets): Array<[string, string]> {
  const [host, port] = t.listener.split(':');
  const remote = `host '${host}' port ${port} user 'u' password 'p' db 'd' table 't'`;
  return [
    ['FILE', `FILE(path '${t.secretPath}' format 'TabSeparated')`],
    ['EXECUTABLE', `EXECUTABLE(command 'cat ${t.secretPath}' format 'TabSeparated')`],
    ['EXECUTABLE_POOL', `EXECUTABLE_POOL(command 'cat ${t.secretPath}' format 'TabSeparated' size 1)`],
    ['HTTP', `HTTP(url 'http://${t.listener}/d.tsv' format 'TabSeparated')`],
    ['CLICKHOUSE', `CLICKHOUSE(host '${host}' port ${port} user 'default' db 'system' table 'one')`],
    ['CLICKHOUSE (local query)', `CLICKHOUSE(query 'SELECT 1 AS a, file(''${t.secretPath}'') AS b')`],
    ['MYSQL', `MYSQL(${remote})`],
    ['POSTGRESQL', `POSTGRESQL(${remote})`],
    ['MONGODB', `MONGODB(${remote} collection 'c')`],
    ['REDIS', `REDIS(host '${host}' port ${port} storage_type 'simple' db_index 0)`],
    ['ODBC', `ODBC(connection_string 'DSN=x;SERVER=${host};PORT=${port}' table 't')`],
    ['JDBC', `JDBC(url 'jdbc:mysql://${t.listener}/d' table 't')`],
    ['CASSANDRA', `CASSANDRA(host '${host}' port ${port} keyspace 'k' column_family 'c')`],
    ['YTSAURUS', `YTSAURUS(http_proxy_urls 'http://${t.listener}' cypress_path '//t' oauth_token 'x')`],
    ['YAMLRegExpTree', `YAMLRegExpTree(PATH '${t.secretPath}')`],
    ['NULL', 'NULL()'],
  ];
}

function dictionaryAttempts(t: Targets): Attempt[] {
  const out: Attempt[] = [];
  for (const [kind, source] of dictionarySources(t)) {
    const sql = `CREATE DICTIONARY ${DB}.d (a UInt64, b String) PRIMARY KEY a SOURCE(${source}) LAYOUT(FLAT()) LIFETIME(0)`;
    for (const d of CORE_DISGUISES) out.push({ label: `a ${kind} dictionary with ${d.name}`, sql: d.apply(sql) });
    out.push({ label: `a ${kind} dictionary, OR REPLACE`, sql: sql.replace('CREATE DICTIONARY', 'CREATE OR REPLACE DICTIONARY') });
    out.push({ label: `a ${kind} dictionary, unqualified`, sql: sql.replace(`${DB}.d`, 'd'), params: { database: DB } });
  }
  out.push({ label: 'dictGet', sql: `SELECT dictGet('${DB}.d', 'b', toUInt64(1))` });
  return out;
}

/** Every attempt of the suite, by kind; `full` crosses more of them with every disguise (minutes, not seconds). */
export function buildAttempts(t: Targets, full = false): Record<string, Attempt[]> {
  return {
    'table functions': tableFunctionAttempts(t, full),
    'table and database engines': engineAttempts(t),
    dictionaries: dictionaryAttempts(t),
    statements: statementAttempts(t, full ? DISGUISES : CORE_DISGUISES),
    settings: settingAttempts(t, CORE_DISGUISES),
    'URL parameters': urlParameterAttempts(t),
    'function references': functionReferenceAttempts(t, CORE_DISGUISES),
    callers: callerAttempts(),
  };
}

export type { Disguise };
