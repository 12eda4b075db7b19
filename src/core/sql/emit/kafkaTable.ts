// CREATE TABLE … ENGINE = Kafka SETTINGS …: the four connection settings from the
// table's own fields, then only the settings that differ from ClickHouse's default.
import { isDefaultSetting, KAFKA_COMMON_SETTINGS } from '../../clickhouse/kafkaSettings';
import type { KafkaTable } from '../../model/types';
import { columnList } from '../columns';
import type { SqlContext } from '../context';
import { qualify, quoteIdent, quoteString } from '../quote';
import { kafkaSettingKind, settingLiteral } from '../settingValue';

// Written from the Brokers/Topic/Group/Format fields; a copy in the settings map
// (possible after an import) would be a second, conflicting value, so it is dropped.
const FROM_FIELDS = new Set(['kafka_broker_list', 'kafka_topic_list', 'kafka_group_name', 'kafka_format']);
const COMMON_RANK = new Map(KAFKA_COMMON_SETTINGS.map((s, i) => [s.name, i]));

/** Extra settings in output order: the common ones in form order, then the rest by name. */
export function kafkaSettingOrder(settings: Readonly<Record<string, string>>): string[] {
  const names = Object.keys(settings).filter(
    (n) => n.trim() !== '' && !FROM_FIELDS.has(n) && (settings[n] ?? '').trim() !== '' && !isDefaultSetting(n, settings[n]!),
  );
  return names.sort((a, b) => {
    const ra = COMMON_RANK.get(a) ?? Infinity;
    const rb = COMMON_RANK.get(b) ?? Infinity;
    if (ra !== rb) return ra - rb;
    return a < b ? -1 : a > b ? 1 : 0;
  });
}

export function emitKafkaTable(t: KafkaTable, ctx: SqlContext): string {
  const lines = [
    'kafka_broker_list = ' + quoteString(t.brokers.trim()),
    'kafka_topic_list = ' + quoteString(t.topic.trim()),
    'kafka_group_name = ' + quoteString(t.consumerGroup.trim()),
    'kafka_format = ' + quoteString(t.format.trim()),
  ];
  for (const name of kafkaSettingOrder(t.settings)) {
    lines.push(quoteIdent(name) + ' = ' + settingLiteral(t.settings[name]!, kafkaSettingKind(name)));
  }
  let s = 'CREATE TABLE ' + qualify(t.database, t.name) + ctx.onCluster + '\n';
  s += columnList(t.columns, { kafka: true }) + '\n';
  s += 'ENGINE = Kafka\nSETTINGS\n    ' + lines.join(',\n    ');
  if (t.comment !== '') s += '\nCOMMENT ' + quoteString(t.comment);
  return s + ';';
}
