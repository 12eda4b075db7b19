// What a Kafka message format needs besides its name (docs/clickhouse.md §a.5), and
// the format settings a Kafka table may carry in its SETTINGS (§a.4).
import lexicon from './lexicon.json';

export interface FormatNeed {
  /** The setting that supplies it. */
  setting: string;
  /** True when ClickHouse cannot read the format without it. */
  required: boolean;
  placeholder: string;
  help: string;
}

const SCHEMA_FILE = (kind: string, ext: string): FormatNeed => ({
  setting: 'kafka_schema',
  required: false,
  placeholder: `file.${ext}:MessageName`,
  help: `The ${kind} schema file (in the server’s format_schemas directory) and message type. Without it ClickHouse derives a schema from the table’s columns.`,
});

const NEEDS: Record<string, readonly FormatNeed[]> = {
  Protobuf: [SCHEMA_FILE('Protobuf', 'proto')],
  ProtobufSingle: [SCHEMA_FILE('Protobuf', 'proto')],
  ProtobufList: [SCHEMA_FILE('Protobuf', 'proto')],
  CapnProto: [SCHEMA_FILE('Cap’n Proto', 'capnp')],
  AvroConfluent: [
    {
      setting: 'format_avro_schema_registry_url',
      required: true,
      placeholder: 'http://schema-registry:8081',
      help: 'Where the writer schemas are fetched from; each message names its schema id.',
    },
  ],
  Template: templateNeeds(),
  TemplateIgnoreSpaces: templateNeeds(),
  Regexp: [
    {
      setting: 'format_regexp',
      required: true,
      placeholder: '(\\d+) (\\w+)',
      help: 'A regular expression (re2) with one capture group per column, in column order.',
    },
    {
      setting: 'format_regexp_escaping_rule',
      required: false,
      placeholder: 'Raw',
      help: 'How each captured field is parsed: Raw (default), CSV, JSON, Escaped, Quoted, XML.',
    },
  ],
};

function templateNeeds(): FormatNeed[] {
  return [
    {
      setting: 'format_template_row',
      required: true,
      placeholder: '/path/row.format',
      help: 'File with the row template, e.g. `id: ${id:CSV}, name: ${name:JSON}`.',
    },
    {
      setting: 'format_template_resultset',
      required: false,
      placeholder: '/path/resultset.format',
      help: 'File with the template around the rows (`${data}`); optional.',
    },
  ];
}

/** Settings the given format needs or commonly uses, the required ones first. */
export function formatNeeds(format: string): readonly FormatNeed[] {
  return NEEDS[format.trim()] ?? [];
}

export interface FormatSettingInfo {
  name: string;
  type: string;
  default: string;
}

/** Format settings accepted (and persisted) in a Kafka table's SETTINGS, from the lexicon. */
export const FORMAT_SETTINGS: readonly FormatSettingInfo[] = lexicon.formatSettings.map((s) => ({
  name: s.name,
  type: s.type,
  default: s.default ?? '',
}));

const FORMAT_SETTING_NAMES: ReadonlySet<string> = new Set(FORMAT_SETTINGS.map((s) => s.name));

export function isFormatSetting(name: string): boolean {
  return FORMAT_SETTING_NAMES.has(name);
}
