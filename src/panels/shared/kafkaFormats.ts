import lexicon from '../../core/clickhouse/lexicon.json';

// The formats Kafka pipelines actually use, first; then every other input format.
const COMMON = [
  'JSONEachRow',
  'JSONAsString',
  'JSONCompactEachRow',
  'JSONStringsEachRow',
  'CSV',
  'TSV',
  'TSKV',
  'Avro',
  'AvroConfluent',
  'Protobuf',
  'ProtobufSingle',
  'MsgPack',
  'Parquet',
  'RawBLOB',
  'LineAsString',
];

const ALL: readonly string[] = lexicon.inputFormats;

export const COMMON_KAFKA_FORMATS: readonly string[] = COMMON.filter((f) => ALL.includes(f));
export const OTHER_KAFKA_FORMATS: readonly string[] = ALL.filter((f) => !COMMON.includes(f));

export function isKnownFormat(f: string): boolean {
  return ALL.includes(f);
}
