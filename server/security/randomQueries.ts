// Random queries for the property-based security test: token soup built from
// the pieces attackers use (keywords, table functions, engines, settings that
// name paths or hosts, quotes, every comment form, Unicode spaces), and
// query-shaped compositions of the same pieces, so that some get past the
// parser and reach the guard's judgement and the engine.
import fc from 'fast-check';
import { UNICODE_SPACES } from './disguises.ts';
import { tableFunctionArgs, type Targets } from './attempts.ts';
import { TABLE_ENGINES, TABLE_FUNCTIONS } from './names.ts';

export const PROP_DB = 'chflow_scratch_prop';

const KEYWORDS = [
  'SELECT', 'FROM', 'WHERE', 'WITH', 'AS', 'IN', 'JOIN', 'ON', 'UNION ALL', 'INSERT INTO', 'INSERT INTO FUNCTION', 'CREATE TABLE',
  'CREATE DATABASE', 'CREATE VIEW', 'CREATE MATERIALIZED VIEW', 'TO', 'DROP TABLE', 'ENGINE =', 'ORDER BY', 'SETTINGS', 'FORMAT',
  'EXPLAIN', 'DESCRIBE', 'EXISTS', 'SHOW CREATE TABLE', 'INTO OUTFILE', 'FROM INFILE', 'APPLY', 'ATTACH', 'SYSTEM', 'SET', 'USE',
  'ALTER TABLE', 'BACKUP', 'GRANT', 'KILL', 'TABLE', 'FUNCTION', 'VALUES', 'LIMIT 1', 'ARRAY JOIN', 'COLUMNS', 'EXCEPT', 'REPLACE',
];
const SETTING_NAMES = [
  'format_template_row', 'format_schema', 'output_format_schema', 'format_avro_schema_registry_url', 'input_format_record_errors_file_path',
  'kafka_schema', 'storage_policy', 'disk', 'max_execution_time', 'max_memory_usage', 'readonly', 'max_threads', 'kafka_broker_list',
  'default_table_engine', 'additional_table_filters', 'schema_inference_make_columns_nullable', 'input_format_skip_unknown_fields',
];
const FORMATS = ['TSV', 'JSONEachRow', 'Template', 'Protobuf', 'CapnProto', 'LineAsString', 'CSV', 'Native', 'Parquet'];
const COMMENTS = [' -- c\n', '/* c */', '/* a /* b */ c */', ' // c\n', ' # c\n', '/*\n*/'];
const SEPARATORS = [' ', ' ', ' ', '\n', '\t', ...COMMENTS, ...UNICODE_SPACES.map((c) => String.fromCodePoint(c))];
const TABLES = [`${PROP_DB}.t`, 'system.one', 'system.tables', 'default.t', 't', 'information_schema.tables', 'numbers(3)', `\`${PROP_DB}\`.\`t\``];

const quoteForms = (name: string): fc.Arbitrary<string> =>
  fc.constantFrom(name, '`' + name + '`', '"' + name + '"', name.toUpperCase());

export function pieces(t: Targets): fc.Arbitrary<string> {
  const strings = [`'${t.secretPath}'`, "'/etc/passwd'", `'http://${t.listener}/x'`, `'${t.listener}'`, `'${t.writePath}'`, "'x'", "'1,2'"];
  const calls = TABLE_FUNCTIONS.map((f) => `${f}(${tableFunctionArgs(f, t)})`);
  return fc.oneof(
    { weight: 4, arbitrary: fc.constantFrom(...KEYWORDS) },
    { weight: 3, arbitrary: fc.constantFrom(...calls) },
    { weight: 2, arbitrary: fc.constantFrom(...TABLE_FUNCTIONS, 'file', 'catboostEvaluate').chain(quoteForms) },
    { weight: 2, arbitrary: fc.constantFrom(...TABLES) },
    { weight: 2, arbitrary: fc.constantFrom(...strings) },
    { weight: 2, arbitrary: fc.constantFrom('(', ')', ',', '*', '=', ';', '.', '1', 'a', 'x ->', '[', ']') },
    { weight: 1, arbitrary: fc.constantFrom(...TABLE_ENGINES).map((e) => `ENGINE = ${e}`) },
    { weight: 2, arbitrary: fc.tuple(fc.constantFrom(...SETTING_NAMES).chain(quoteForms), fc.constantFrom(...strings, '1', '0')).map(([n, v]) => `${n} = ${v}`) },
    { weight: 1, arbitrary: fc.constantFrom(...FORMATS).map((f) => `FORMAT ${f}`) },
  );
}

/** Token soup: most of it is refused by the tokenizer or the parser. */
export function soup(t: Targets): fc.Arbitrary<string> {
  return fc
    .array(fc.tuple(pieces(t), fc.constantFrom(...SEPARATORS)), { minLength: 1, maxLength: 12 })
    .map((parts) => parts.map(([p, s]) => p + s).join('').trim());
}

/** Query-shaped: a statement skeleton filled with random pieces, so the guard and the engine see well-formed text. */
export function shaped(t: Targets): fc.Arbitrary<string> {
  const p = pieces(t);
  // Mostly harmless fillings, so that a good share of queries is well-formed and the guard's judgement is what decides.
  const source = fc.oneof({ weight: 3, arbitrary: fc.constantFrom(...TABLES) }, { weight: 1, arbitrary: p });
  const expr = fc.oneof({ weight: 3, arbitrary: fc.constantFrom('1', '*', 'count()', "'x'", 'name', 'a', 'file', 't.file', 'toString(1) AS file') }, { weight: 1, arbitrary: p });
  const tail = fc.oneof(
    { weight: 4, arbitrary: fc.constant('') },
    { weight: 1, arbitrary: p.map((x) => ` SETTINGS ${x}`) },
    { weight: 1, arbitrary: fc.constantFrom(...SETTING_NAMES).map((n) => ` SETTINGS ${n} = 1`) },
    { weight: 1, arbitrary: fc.constantFrom(...FORMATS).map((f) => ` FORMAT ${f}`) },
  );
  const sep = fc.oneof({ weight: 8, arbitrary: fc.constant(' ') }, { weight: 2, arbitrary: fc.constantFrom(...COMMENTS, '\u00A0', '\u3000', '\n') });
  return fc
    .tuple(
      fc.constantFrom(
        'SELECT {e} FROM {s}{t}',
        'SELECT {e} FROM {s} WHERE 1 IN (SELECT {e} FROM {s}){t}',
        'WITH q AS (SELECT {e} FROM {s}) SELECT * FROM q{t}',
        'SELECT {e} FROM {s} JOIN {s} ON 1{t}',
        'SELECT {e} FROM {s} UNION ALL SELECT {e} FROM {s}{t}',
        'SELECT * APPLY({e}) FROM {s}',
        'SELECT arrayMap({e}, [{e}])',
        'EXPLAIN SELECT {e} FROM {s}{t}',
        'DESCRIBE {s}',
        `INSERT INTO ${PROP_DB}.t SELECT {e} FROM {s}{t}`,
        'INSERT INTO {s} SELECT {e}',
        `CREATE TABLE ${PROP_DB}.r{n} (a String) ENGINE = {g} ORDER BY a{t}`,
        `CREATE TABLE ${PROP_DB}.r{n} ENGINE = MergeTree ORDER BY tuple() AS SELECT {e} FROM {s}`,
        `CREATE VIEW ${PROP_DB}.v{n} AS SELECT {e} FROM {s}`,
        'CREATE TABLE {s} (a String) ENGINE = MergeTree ORDER BY a',
        `DROP TABLE IF EXISTS {s}`,
        'SELECT {e} FROM {s} INTO OUTFILE {e}',
      ),
      fc.array(fc.tuple(expr, source, tail), { minLength: 2, maxLength: 2 }),
      fc.constantFrom('MergeTree', 'Null', 'Log', 'File(CSV)', 'Memory', 'URL(\'http://' + t.listener + '/\', CSV)', 'Kafka'),
      fc.nat(1_000_000),
      sep,
    )
    .map(([tpl, fill, engine, n, s]) => {
      let k = 0;
      const next = () => fill[Math.min(k++, 1)]!;
      return tpl
        .replace(/\{e\}/g, () => next()[0])
        .replace(/\{s\}/g, () => next()[1])
        .replace(/\{t\}/g, () => fill[0]![2])
        .replace('{g}', engine)
        .replace(/\{n\}/g, String(n))
        .replace(/ (?=(?:[^']*'[^']*')*[^']*$)/g, () => s);
    });
}
