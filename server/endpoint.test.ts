// The endpoint against the real embedded ClickHouse (chdb).
import { request } from 'node:http';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestEndpoint, type TestEndpoint } from './testServer';

let ep: TestEndpoint;
beforeAll(async () => {
  ep = await startTestEndpoint();
});
afterAll(async () => {
  await ep.close();
});

interface Reply {
  status: number;
  code: string | null;
  text: string;
}

async function post(sql: string, params: Record<string, string> = {}, headers: Record<string, string> = {}): Promise<Reply> {
  const qs = new URLSearchParams(params).toString();
  const r = await fetch(`${ep.base}/engine/${qs ? '?' + qs : ''}`, {
    method: 'POST',
    body: sql,
    headers: { 'X-Chflow-Token': ep.token, ...headers },
  });
  return { status: r.status, code: r.headers.get('x-clickhouse-exception-code'), text: await r.text() };
}

const DB = 'chflow_scratch_t1';

describe('ClickHouse HTTP interface', () => {
  it('answers SELECT version() from the body or the URL', async () => {
    const a = await post('SELECT version()');
    expect(a.status).toBe(200);
    expect(a.text.trim()).toMatch(/^26\.7\./);
    const r = await fetch(`${ep.base}/engine/?query=${encodeURIComponent('SELECT 1 + 1')}`, { headers: { 'X-Chflow-Token': ep.token } });
    expect((await r.text()).trim()).toBe('2');
  });

  it('honours default_format', async () => {
    const r = await post('SELECT number AS n FROM numbers(3)', { default_format: 'JSONEachRow' });
    expect(r.text.trim().split('\n').map((l) => JSON.parse(l) as { n: string | number })).toHaveLength(3);
  });

  it('runs a DDL round trip in a scratch database and the database parameter', async () => {
    expect((await post(`CREATE DATABASE ${DB}`)).status).toBe(200);
    expect((await post(`CREATE TABLE ${DB}.t (a UInt8, s String) ENGINE = MergeTree ORDER BY a`)).status).toBe(200);
    expect((await post(`INSERT INTO ${DB}.t SELECT number + 1, 'x' FROM numbers(2)`)).status).toBe(200);
    const rows = await post('SELECT count() FROM t', { database: DB });
    expect(rows.text.trim()).toBe('2');
    const show = await post(`SHOW CREATE TABLE ${DB}.t`, { default_format: 'TSVRaw' });
    expect(show.text).toContain('ENGINE = MergeTree');
    expect((await post(`DROP DATABASE ${DB} SYNC`)).status).toBe(200);
    expect((await post(`EXISTS DATABASE ${DB}`)).text.trim()).toBe('0');
  });

  it('returns ClickHouse error text and code', async () => {
    const r = await post('SELECT nosuch_column');
    expect(r.status).toBe(500);
    expect(r.code).toBe('47');
    expect(r.text).toMatch(/^Code: 47\. DB::Exception: .*nosuch_column.*\(UNKNOWN_IDENTIFIER\) \(version 26\.7/);
    // ClickHouse's own parser reads the query first: its syntax errors come back as they are.
    const syntax = await post('SELEC 1');
    expect(syntax.code).toBe('62');
    expect(syntax.status).toBe(400);
    const bad = await post('SELECT (1');
    expect(bad.code).toBe('62');
    expect(bad.status).toBe(400);
    const unknownDb = await post('SELECT * FROM chflow_scratch_nope.t');
    expect(unknownDb.code).toBe('81');
  });

  it('infers columns and previews rows over format(…)', async () => {
    const samples = '{"id": 1, "name": "a", "ts": "2024-01-02 03:04:05"}\n{"id": 300, "name": "b", "ts": "nope"}';
    const d = await post(`DESCRIBE format(JSONEachRow, '${samples.replace(/\n/g, '\\n')}')`, { default_format: 'JSONEachRow' });
    const cols = d.text.trim().split('\n').map((l) => JSON.parse(l) as { name: string; type: string });
    expect(cols.map((c) => [c.name, c.type])).toEqual([
      ['id', 'Nullable(Int64)'],
      ['name', 'Nullable(String)'],
      ['ts', 'Nullable(String)'],
    ]);
    const p = await post(
      `SELECT accurateCastOrNull(id, 'UInt8') AS v, toString(id) AS raw FROM format(JSONEachRow, 'id Int64, name String', '${samples.replace(/\n/g, '\\n')}')`,
      { default_format: 'JSONEachRow' },
    );
    expect(p.text.trim().split('\n').map((l) => JSON.parse(l) as unknown)).toEqual([
      { v: 1, raw: '1' },
      { v: null, raw: '300' },
    ]);
  });

  it('serves concurrent requests one at a time without mixing databases', async () => {
    await post(`CREATE DATABASE ${DB}_a`);
    await post(`CREATE TABLE ${DB}_a.t ENGINE = MergeTree ORDER BY x AS SELECT 'a' AS x`);
    await post(`CREATE DATABASE ${DB}_b`);
    await post(`CREATE TABLE ${DB}_b.t ENGINE = MergeTree ORDER BY x AS SELECT 'b' AS x`);
    const replies = await Promise.all(
      Array.from({ length: 8 }, (_, i) => post('SELECT x FROM t', { database: i % 2 ? `${DB}_a` : `${DB}_b` })),
    );
    expect(replies.map((r) => r.text.trim())).toEqual(Array.from({ length: 8 }, (_, i) => (i % 2 ? 'a' : 'b')));
    await post(`DROP DATABASE ${DB}_a SYNC`);
    await post(`DROP DATABASE ${DB}_b SYNC`);
  });

  it('bounds result size and time', async () => {
    const big = await post('SELECT number FROM numbers(1000000)');
    expect(big.code).toBe('396');
    const many = await post('SELECT count() FROM numbers_mt(1e13)');
    expect(many.code).toBe('158'); // TOO_MANY_ROWS: max_rows_to_read in the engine's profile
    const slow = await post('SELECT count() FROM numbers(1e8) WHERE NOT ignore(SHA256(repeat(toString(number), 20)))');
    expect(slow.code).toBe('159'); // TIMEOUT_EXCEEDED after max_execution_time
  }, 30_000);

  it('caps the response body', async () => {
    const small = await startTestEndpoint({ maxResponseBytes: 100 });
    try {
      const r = await fetch(`${small.base}/engine/`, { method: 'POST', body: "SELECT repeat('x', 500)", headers: { 'X-Chflow-Token': small.token } });
      expect(r.headers.get('x-clickhouse-exception-code')).toBe('396');
    } finally {
      await small.close();
    }
  });
});

// fetch() does not let a caller set Host, so a DNS-rebound request is made with node:http.
function rawStatus(host: string): Promise<number> {
  const u = new URL(ep.base);
  return new Promise((resolve, reject) => {
    const req = request(
      { host: u.hostname, port: u.port, path: '/engine/', method: 'POST', headers: { Host: host, 'X-Chflow-Token': ep.token } },
      (res) => {
        res.resume();
        resolve(res.statusCode ?? 0);
      },
    );
    req.on('error', reject);
    req.end('SELECT 1');
  });
}

describe('who may call it', () => {
  it('hands the token to the same origin only', async () => {
    const ok = await fetch(`${ep.base}/engine/session`);
    expect(((await ok.json()) as { token: string }).token).toBe(ep.token);
    const cross = await fetch(`${ep.base}/engine/session`, { headers: { Origin: 'http://evil.example' } });
    expect(cross.status).toBe(403);
    expect(await cross.text()).not.toContain(ep.token);
    const site = await fetch(`${ep.base}/engine/session`, { headers: { 'Sec-Fetch-Site': 'cross-site' } });
    expect(site.status).toBe(403);
  });

  it('refuses a rebound host name, a missing token and a wrong one', async () => {
    expect(await rawStatus('evil.example:80')).toBe(403);
    expect(await rawStatus(new URL(ep.base).host)).toBe(200);
    const none = await fetch(`${ep.base}/engine/`, { method: 'POST', body: 'SELECT 1' });
    expect(none.headers.get('x-clickhouse-exception-code')).toBe('516');
    expect((await post('SELECT 1', {}, { 'X-Chflow-Token': 'guess' })).code).toBe('516');
  });
});

describe('a column named like a file-reaching function', () => {
  it('is an ordinary column in DDL, views and reads, and the function stays out of reach', async () => {
    const db = 'chflow_scratch_filecol';
    expect((await post(`CREATE DATABASE ${db}`)).status).toBe(200);
    expect((await post(`CREATE TABLE ${db}.logs (file String, line UInt32) ENGINE = MergeTree ORDER BY file`)).status).toBe(200);
    expect((await post(`CREATE TABLE ${db}.out (file String) ENGINE = MergeTree ORDER BY file`)).status).toBe(200);
    expect((await post(`CREATE MATERIALIZED VIEW ${db}.mv TO ${db}.out AS SELECT lower(file) AS file FROM ${db}.logs WHERE file != ''`)).status).toBe(200);
    expect((await post(`INSERT INTO ${db}.logs SELECT 'A.LOG', 1`)).status).toBe(200);
    expect((await post(`SELECT file FROM ${db}.out`)).text.trim()).toBe('a.log');
    for (const sql of [
      `SELECT arrayMap(file, ['/etc/passwd'])`,
      `SELECT * APPLY(file) FROM (SELECT '/etc/passwd' AS p)`,
      `SELECT file('/etc/passwd')`,
    ]) {
      const r = await post(sql);
      expect(r.status, sql).toBe(403);
      expect(r.text).not.toContain('root:');
    }
    await post(`DROP DATABASE ${db} SYNC`);
  });
});

describe('refusals', () => {
  const refused: [string, string, Record<string, string>?][] = [
    ['file()', "SELECT * FROM file('/etc/passwd', 'LineAsString')"],
    ['file() as a scalar', "SELECT file('/etc/passwd')"],
    ['url()', "SELECT * FROM url('http://example.com/x.csv', CSV)"],
    ['s3()', "SELECT * FROM s3('https://bucket.s3.amazonaws.com/x', CSV)"],
    ['remote()', "SELECT * FROM remote('10.0.0.1', system.one)"],
    ['remoteSecure()', "SELECT * FROM remoteSecure('10.0.0.1', system.one)"],
    ['mysql()', "SELECT * FROM mysql('h:3306', 'db', 't', 'u', 'p')"],
    ['postgresql()', "SELECT * FROM postgresql('h:5432', 'db', 't', 'u', 'p')"],
    ['hdfs()', "SELECT * FROM hdfs('hdfs://h/x', CSV)"],
    ['executable()', "SELECT * FROM executable('x.sh', CSV, 'a String')"],
    ['input()', "INSERT INTO chflow_scratch_x.t SELECT * FROM input('a String')"],
    ['a table function in a join', "SELECT * FROM numbers(1) AS a JOIN url('http://h', CSV) AS b ON 1"],
    ['a quoted table function', "SELECT * FROM `url`('http://h', CSV)"],
    ['INSERT INTO FUNCTION', "INSERT INTO FUNCTION file('x.csv', CSV) SELECT 1"],
    ['INTO OUTFILE', "SELECT 1 INTO OUTFILE '/tmp/x'"],
    ['FROM INFILE', "INSERT INTO chflow_scratch_x.t FROM INFILE '/etc/passwd' FORMAT CSV"],
    ['the File engine', 'CREATE TABLE chflow_scratch_x.t (a String) ENGINE = File(CSV)'],
    ['the URL engine', "CREATE TABLE chflow_scratch_x.t (a String) ENGINE = URL('http://h', CSV)"],
    ['the S3 engine', "CREATE TABLE chflow_scratch_x.t (a String) ENGINE = S3('http://h/x', CSV)"],
    ['the MySQL engine', "CREATE TABLE chflow_scratch_x.t (a String) ENGINE = MySQL('h:3306', 'd', 't', 'u', 'p')"],
    ['the Distributed engine', 'CREATE TABLE chflow_scratch_x.t (a String) ENGINE = Distributed(c, d, t)'],
    ['the Merge engine', "CREATE TABLE chflow_scratch_x.t (a String) ENGINE = Merge(default, '.*')"],
    ['a MySQL database', "CREATE DATABASE chflow_scratch_m ENGINE = MySQL('h:3306', 'd', 'u', 'p')"],
    ['a Kafka broker on another host', "CREATE TABLE chflow_scratch_x.k (a String) ENGINE = Kafka SETTINGS kafka_broker_list = 'kafka:9092', kafka_topic_list = 't', kafka_group_name = 'g', kafka_format = 'JSONEachRow'"],
    ['Kafka engine arguments', "CREATE TABLE chflow_scratch_x.k (a String) ENGINE = Kafka('h:9092', 't', 'g', 'JSONEachRow')"],
    ['an S3 disk in SETTINGS', "CREATE TABLE chflow_scratch_x.t (a String) ENGINE = MergeTree ORDER BY a SETTINGS disk = disk(type = s3, endpoint = 'http://h/')"],
    ['SYSTEM', 'SYSTEM FLUSH LOGS'],
    ['ATTACH', "ATTACH TABLE chflow_scratch_x.t FROM '/var/lib/x' (a String) ENGINE = Log"],
    ['SET', 'SET max_execution_time = 1000'],
    ['a limit in SETTINGS', 'SELECT 1 SETTINGS max_execution_time = 1000'],
    ['the default database', 'CREATE TABLE default.t (a String) ENGINE = MergeTree ORDER BY a'],
    ['an unqualified table', 'CREATE TABLE t (a String) ENGINE = MergeTree ORDER BY a'],
    ['the Memory engine (unbounded memory)', 'CREATE TABLE chflow_scratch_x.t (a String) ENGINE = Memory'],
    ['an unqualified read', 'SELECT * FROM t'],
    ['a read of default in a subquery', 'SELECT * FROM (SELECT * FROM default.t)'],
    ['a read through a comma join', 'SELECT * FROM system.one, default.t'],
    ['a read through IN', 'SELECT 1 WHERE 1 IN default.t'],
    ['a view into default', 'CREATE MATERIALIZED VIEW chflow_scratch_x.v TO default.t AS SELECT 1 AS a'],
    ['a database outside the namespace', 'CREATE DATABASE other'],
    ['dropping a database outside the namespace', 'DROP DATABASE default'],
    ['a database parameter outside the namespace', 'SELECT 1', { database: 'default' }],
    ['writing to system', 'INSERT INTO system.one SELECT 1'],
    ['inline INSERT data (dropped by normalisation)', 'INSERT INTO chflow_scratch_x.t VALUES (1)'],
    ['a dictionary', "CREATE DICTIONARY chflow_scratch_x.d (a UInt64) PRIMARY KEY a SOURCE(HTTP(url 'http://h' format 'CSV')) LAYOUT(FLAT()) LIFETIME(0)"],
    ['an unterminated string', "SELECT 'abc"],
  ];
  it.each(refused)('refuses %s', async (_label, sql, params) => {
    const r = await post(sql, params ?? {});
    expect(r.status).toBe(403);
    expect(r.code).toBe('497');
    expect(r.text).toMatch(/^Code: 497\. DB::Exception: chflow's local engine refused the query: .+\(ACCESS_DENIED\)/);
  });

  it('still runs what the app needs', async () => {
    const ok = [
      'SELECT name FROM system.databases',
      "DESCRIBE format(CSV, '1,\"a\"')",
      "SELECT extract('abc', 'b'), trim(BOTH ' ' FROM ' x ')",
      'WITH q AS (SELECT 1 AS a) SELECT * FROM q',
      `CREATE DATABASE IF NOT EXISTS ${DB}_k`,
      `CREATE TABLE ${DB}_k.k (a String) ENGINE = Kafka SETTINGS kafka_broker_list = '127.0.0.1:9', kafka_topic_list = 't', kafka_group_name = 'g', kafka_format = 'JSONEachRow'`,
      `CREATE TABLE ${DB}_k.t (a String, d Date) ENGINE = MergeTree ORDER BY a TTL d + INTERVAL 1 DAY`,
      `CREATE MATERIALIZED VIEW ${DB}_k.v TO ${DB}_k.t AS SELECT a, today() AS d FROM ${DB}_k.k WHERE a IN (SELECT a FROM ${DB}_k.t)`,
      `DROP DATABASE IF EXISTS ${DB}_k SYNC`,
    ];
    for (const sql of ok) {
      const r = await post(sql);
      expect(r.text, sql).not.toContain('refused');
      expect(r.status, `${sql}\n${r.text}`).toBe(200);
    }
  });
});
