// Kafka engine virtual columns and their exact types in ClickHouse 26.7.
export interface VirtualColumn {
  name: string;
  type: string;
  /** Only present with kafka_handle_error_mode = 'stream'. */
  streamOnly?: boolean;
}

export const KAFKA_VIRTUAL_COLUMNS: readonly VirtualColumn[] = [
  { name: '_topic', type: 'LowCardinality(String)' },
  { name: '_key', type: 'String' },
  { name: '_offset', type: 'UInt64' },
  { name: '_partition', type: 'UInt64' },
  { name: '_timestamp', type: 'Nullable(DateTime)' },
  { name: '_timestamp_ms', type: 'Nullable(DateTime64(3))' },
  { name: '_headers.name', type: 'Array(String)' },
  { name: '_headers.value', type: 'Array(String)' },
  { name: '_raw_message', type: 'String', streamOnly: true },
  { name: '_error', type: 'String', streamOnly: true },
];

export function kafkaVirtualColumns(handleErrorMode: string | undefined): VirtualColumn[] {
  const stream = (handleErrorMode ?? '').replace(/'/g, '') === 'stream';
  return KAFKA_VIRTUAL_COLUMNS.filter((v) => stream || !v.streamOnly);
}
