// The dead-letter pattern for a Kafka table in kafka_handle_error_mode = 'stream':
// broken messages arrive as rows with defaults and the parser's message in _error.
// One operation adds a view and table that keep those messages with their Kafka
// position (for replay), and narrows every other view of the table to good rows.
import { KAFKA_VIRTUAL_COLUMNS } from '../clickhouse/virtualColumns';
import { createColumn, uniqueName } from './columns';
import { newId } from './ids';
import { createMapping, createMaterializedView } from './kinds/materializedView';
import { createMergeTree } from './kinds/mergeTree';
import { getEntity, outgoing } from './query';
import type { KafkaTable, MaterializedView, Pipeline } from './types';

export const BAD_ROWS = 'length(_error) > 0';
export const GOOD_ROWS = 'length(_error) = 0';

/** Target column ← virtual column; types come from the engine's virtual columns. */
const STORED: readonly (readonly [string, string])[] = [
  ['kafka_topic', '_topic'],
  ['kafka_partition', '_partition'],
  ['kafka_offset', '_offset'],
  ['raw_message', '_raw_message'],
  ['error', '_error'],
];

const virtualType = (name: string): string => KAFKA_VIRTUAL_COLUMNS.find((v) => v.name === name)!.type;

export function isStreamMode(t: KafkaTable): boolean {
  return (t.settings['kafka_handle_error_mode'] ?? '').trim().replace(/^'(.*)'$/, '$1') === 'stream';
}

function mentionsBadRows(where: string): boolean {
  return where.replace(/\s+/g, ' ').includes(BAD_ROWS);
}

/** The views reading the Kafka table. */
function readers(p: Pipeline, tableId: string): MaterializedView[] {
  return outgoing(p, tableId)
    .map((l) => getEntity(p, l.target))
    .filter((e): e is MaterializedView => e?.kind === 'materializedView');
}

/** True when a view of the table already stores the broken messages. */
export function hasDeadLetter(p: Pipeline, tableId: string): boolean {
  return readers(p, tableId).some((v) => mentionsBadRows(v.where));
}

/** `where` narrowed to good rows: AND-ed after the existing condition, never twice. */
export function withGoodRowsFilter(where: string): string {
  const w = where.trim();
  if (w === '') return GOOD_ROWS;
  if (w.replace(/\s+/g, ' ').includes(GOOD_ROWS)) return where;
  return `(${w}) AND ${GOOD_ROWS}`;
}

export type DeadLetterResult =
  | { ok: true; pipeline: Pipeline; viewId: string; tableId: string }
  | { ok: false; reason: string; pipeline: Pipeline };

/**
 * Adds `<table>_errors` and `<table>_errors_mv` (WHERE length(_error) > 0) next to the
 * Kafka table and filters its other views to length(_error) = 0. Switches the table
 * to stream mode when it is not in it yet, since _error exists only there.
 */
export function addDeadLetter(p: Pipeline, kafkaTableId: string): DeadLetterResult {
  const table = getEntity(p, kafkaTableId);
  if (!table || table.kind !== 'kafkaTable') return { ok: false, reason: 'Pick a Kafka engine table.', pipeline: p };
  if (hasDeadLetter(p, kafkaTableId))
    return { ok: false, reason: `A view of ${table.name} already stores the rows with ${BAD_ROWS}.`, pipeline: p };
  const mode = table.settings['kafka_handle_error_mode'];
  if (mode !== undefined && !isStreamMode(table) && mode.trim().replace(/^'(.*)'$/, '$1') !== 'default')
    return { ok: false, reason: `kafka_handle_error_mode is ${mode}; the dead-letter views need 'stream'.`, pipeline: p };

  const names = p.entities.map((e) => e.name);
  const tableName = uniqueName(`${table.name}_errors`, names);
  const viewName = uniqueName(`${table.name}_errors_mv`, [...names, tableName]);
  const { x, y } = table.position;
  const errors = createMergeTree(tableName, { x: x + 560, y: y + 220 }, {
    database: table.database,
    comment: `Messages of ${table.name} that failed to parse`,
    columns: STORED.map(([col, virtual]) => createColumn(col, virtualType(virtual))),
    orderBy: 'kafka_topic, kafka_partition, kafka_offset',
  });
  const view = createMaterializedView(viewName, { x: x + 280, y: y + 220 }, {
    database: table.database,
    mappings: STORED.map(([col, virtual]) => createMapping(col, virtual)),
    where: BAD_ROWS,
  });

  const streamTable: KafkaTable = isStreamMode(table)
    ? table
    : { ...table, settings: { ...table.settings, kafka_handle_error_mode: 'stream' } };
  const goodViews = new Set(readers(p, kafkaTableId).map((v) => v.id));
  const entities = p.entities.map((e) => {
    if (e.id === table.id) return streamTable;
    if (e.kind === 'materializedView' && goodViews.has(e.id)) {
      const where = withGoodRowsFilter(e.where);
      return where === e.where ? e : { ...e, where };
    }
    return e;
  });
  const links = [
    ...p.links,
    { id: newId('link'), source: table.id, target: view.id },
    { id: newId('link'), source: view.id, target: errors.id },
  ];
  return { ok: true, pipeline: { ...p, entities: [...entities, view, errors], links }, viewId: view.id, tableId: errors.id };
}
