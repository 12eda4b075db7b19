// CREATE TABLE … ENGINE = Kafka SETTINGS …: the four connection settings from the
// table's own fields, then only the settings that differ from ClickHouse's default.
// With a named collection, `ENGINE = Kafka(collection)` supplies the connection and
// credentials from the server, and only the other settings are written.
import { isDefaultSetting, KAFKA_COMMON_SETTINGS } from '../../clickhouse/kafkaSettings';
import lexicon from '../../clickhouse/lexicon.json';
import type { KafkaTable } from '../../model/types';
import { columnList } from '../columns';
import type { SqlContext } from '../context';
import { qualify, quoteIdent, quoteString } from '../quote';
import { kafkaSettingKind, settingLiteral } from '../settingValue';
import { TextCache2 } from '../../cache/textCache';
import { trim } from '../trim';

// Written from the Brokers/Topic/Group/Format fields; a copy in the settings map
// (possible after an import) would be a second, conflicting value, so it is dropped.
const FROM_FIELDS = new Set(['kafka_broker_list', 'kafka_topic_list', 'kafka_group_name', 'kafka_format']);
// Credentials a named collection exists to keep out of the DDL.
const SECRET = new Set(['kafka_sasl_username', 'kafka_sasl_password']);
const COMMON_RANK = new Map(KAFKA_COMMON_SETTINGS.map((s, i) => [s.name, i]));

// Defaults of the engine settings the form does not cover, from the lexicon
// (`0 (= max_insert_block_size)` → `0`, `'default'` → `default`). Format settings
// are not included: their defaults changed between versions (date_time_input_format
// is basic before 26.5), so an explicit value is kept.
const ENGINE_DEFAULTS: ReadonlyMap<string, string> = new Map(
  lexicon.kafkaSettings
    .filter((s) => s.default !== null && !s.required)
    .map((s) => [s.name, s.default!.replace(/\s*\(.*\)$/, '').replace(/^'(.*)'$/, '$1')]),
);

function normalized(value: string): string {
  const v = value.trim().replace(/^'(.*)'$/, '$1');
  return /^true$/i.test(v) ? '1' : /^false$/i.test(v) ? '0' : v;
}

/** True when writing the setting would only repeat what ClickHouse does without it. */
export function isOmittedKafkaSetting(name: string, value: string): boolean {
  if (value.trim() === '' || isDefaultSetting(name, value)) return true;
  const d = ENGINE_DEFAULTS.get(name);
  return d !== undefined && normalized(value) === d;
}

/** Extra settings in output order: the common ones in form order, then the rest by name. */
export function kafkaSettingOrder(settings: Readonly<Record<string, string>>, namedCollection = ''): string[] {
  const keys = Object.keys(settings);
  if (keys.length === 0) return keys;
  const viaCollection = namedCollection.trim() !== '';
  const names = keys.filter(
    (n) => n.trim() !== '' && !FROM_FIELDS.has(n) && !(viaCollection && SECRET.has(n)) && settingLine(n, settings[n] ?? '') !== '',
  );
  return names.sort((a, b) => {
    const ra = COMMON_RANK.get(a) ?? Infinity;
    const rb = COMMON_RANK.get(b) ?? Infinity;
    if (ra !== rb) return ra - rb;
    return a < b ? -1 : a > b ? 1 : 0;
  });
}

// name → value → `name = literal`, or '' when the value only repeats ClickHouse's default.
const lines = new TextCache2<string>();

function settingLine(name: string, value: string): string {
  let line = lines.get(name, value);
  if (line === undefined) {
    line = isOmittedKafkaSetting(name, value) ? '' : quoteIdent(name) + ' = ' + settingLiteral(value, kafkaSettingKind(name));
    lines.set(name, value, line);
  }
  return line;
}

const KAFKA_COLUMNS = { kafka: true };

export function emitKafkaTable(t: KafkaTable, ctx: SqlContext): string {
  let s = 'CREATE TABLE ' + qualify(t.database, t.name) + ctx.onCluster + '\n';
  s += columnList(t.columns, KAFKA_COLUMNS) + '\n';
  const collection = trim(t.namedCollection ?? '');
  let sep: string;
  if (collection !== '') {
    s += 'ENGINE = Kafka(' + quoteIdent(collection) + ')';
    sep = '\nSETTINGS\n    ';
  } else {
    s += 'ENGINE = Kafka\nSETTINGS\n    kafka_broker_list = ' + quoteString(trim(t.brokers));
    s += ',\n    kafka_topic_list = ' + quoteString(trim(t.topic));
    s += ',\n    kafka_group_name = ' + quoteString(trim(t.consumerGroup));
    s += ',\n    kafka_format = ' + quoteString(trim(t.format));
    sep = ',\n    ';
  }
  for (const name of kafkaSettingOrder(t.settings, collection)) {
    s += sep + settingLine(name, t.settings[name]!);
    sep = ',\n    ';
  }
  if (t.comment !== '') s += '\nCOMMENT ' + quoteString(t.comment);
  return s + ';';
}
