// The rows each target must end up with, computed without Kafka: in a scratch
// database, every message is parsed by ClickHouse's format() table function
// into a plain Memory table that also carries the Kafka virtual columns as
// ordinary columns (topic, partition 0, the message's offset), and each view's
// SELECT runs over it as a plain INSERT … SELECT into a copy of its target.
// Nothing here reads the pipeline's own tables.
import { kafkaVirtualColumns } from '../../core/clickhouse/virtualColumns';
import type { KafkaTable, MaterializedView, MergeTreeTable, Pipeline } from '../../core/model/types';
import { columnDefinition } from '../../core/sql/columns';
import { generateSql } from '../../core/sql/generate';
import { qualify, quoteIdent, quoteString } from '../../core/sql/quote';
import { kafkaSettingKind, settingLiteral } from '../../core/sql/settingValue';
import { usableMappings } from '../../core/sql/skip';
import type { Message } from './messages';
import { readTarget } from './readTarget';
import type { EngineSession, TypedRows } from './session';

/** What the expected side writes for _error: ClickHouse's parser message is compared by kind, not text. */
export const PARSE_ERROR = '<parse error>';

export interface TopicInput {
  topic: string;
  messages: Message[];
}

export interface Expected {
  /** Rows per MergeTree target (entity id) fed by a view. */
  targets: Map<string, TypedRows>;
  /** Rows per Kafka table without views (entity id), read directly with their topic and offset. */
  direct: Map<string, TypedRows>;
}

const SCRATCH = 'chflow_expected';

function handleErrorMode(t: KafkaTable): string {
  return (t.settings['kafka_handle_error_mode'] ?? '').replace(/'/g, '').trim();
}

/** The table's format settings (not kafka_*), applied to format() as the Kafka engine applies them; kafka_schema is format_schema. */
function formatSettings(t: KafkaTable): string {
  const items = Object.entries(t.settings)
    .filter(([name, value]) => (!name.startsWith('kafka_') || name === 'kafka_schema') && value.trim() !== '')
    .map(([name, value]) => `${name === 'kafka_schema' ? 'format_schema' : name} = ${settingLiteral(value, kafkaSettingKind(name))}`);
  return items.length ? ` SETTINGS ${items.join(', ')}` : '';
}

/** The message as a string literal; binary messages byte by byte as \xHH escapes. */
function dataLiteral(m: Message): string {
  if (!m.bytes) return quoteString(m.text);
  return "'" + [...m.bytes].map((b) => '\\x' + b.toString(16).padStart(2, '0')).join('') + "'";
}

function physical(t: KafkaTable) {
  return t.columns.filter((c) => c.defaultKind !== 'ALIAS');
}

/** Fills scratch.src_<i> with one row per parsed message (several if the format yields several). */
function loadSource(session: EngineSession, t: KafkaTable, source: string, inputs: readonly TopicInput[]): void {
  const virtual = kafkaVirtualColumns(handleErrorMode(t));
  const defs = t.columns.map((c) => columnDefinition(c, { kafka: true }));
  const virtualDefs = virtual.map((v) => `${quoteIdent(v.name)} ${v.type}`);
  session.exec(`CREATE TABLE ${source} (${[...defs, ...virtualDefs].join(', ')}) ENGINE = Memory`);
  const cols = physical(t).map((c) => quoteIdent(c.name));
  const structure = physical(t)
    .map((c) => `${quoteIdent(c.name)} ${c.type}`)
    .join(', ');
  const stream = handleErrorMode(t) === 'stream';
  // ClickHouse 26.7 (checked here): with kafka_skip_broken_messages > 0 a broken message is skipped even in stream mode.
  const skipsBroken = Number((t.settings['kafka_skip_broken_messages'] ?? '0').trim() || '0') > 0;
  for (const { topic, messages } of inputs) {
    messages.forEach((m, offset) => {
      const position = `${quoteString(topic)}, 0, ${offset}`;
      if (m.broken) {
        if (skipsBroken) return;
        if (!stream) throw new Error(`${t.name}: a broken message needs kafka_handle_error_mode = 'stream' or kafka_skip_broken_messages`);
        // A message that does not parse arrives as one row of column defaults with its raw text and the error.
        session.exec(
          `INSERT INTO ${source} (_topic, _partition, _offset, _raw_message, _error) VALUES (${position}, ${quoteString(m.text)}, ${quoteString(PARSE_ERROR)})`,
        );
        return;
      }
      const extra = stream ? `, '', ''` : '';
      const outcome = session.attempt(
        `INSERT INTO ${source} (${[...cols, '_topic', '_partition', '_offset', ...(stream ? ['_raw_message', '_error'] : [])].join(', ')}) ` +
          `SELECT *, ${position}${extra} FROM format(${quoteString(t.format)}, ${quoteString(structure)}, ${dataLiteral(m)})${formatSettings(t)}`,
      );
      // format() over data that yields no row (a Regexp line skipped as unmatched) fails with an empty
      // block instead of returning nothing; the Kafka engine makes no row of such a message either.
      if (!outcome.ok && !(/NOT_FOUND_COLUMN_IN_BLOCK/.test(outcome.error) && /There are only columns: \./.test(outcome.error)))
        throw new Error(`${t.name}: message ${offset} (${m.text}) does not parse: ${outcome.error}`);
    });
  }
}

/** The view's SELECT exactly as generated, reading `from` instead of its source. */
function viewSelect(p: Pipeline, v: MaterializedView, sourceName: string, from: string): string {
  if ((v.rawSelect ?? '').trim() !== '') throw new Error(`view ${v.name} holds a raw SELECT; expected rows are computed for mapped views only`);
  const st = generateSql(p).statements.find((s) => s.entityId === v.id);
  if (!st || st.runnable === false) throw new Error(`view ${v.name} has no runnable statement`);
  const text = st.text.slice(st.text.indexOf('\nAS SELECT') + 4, -1);
  const clause = `\nFROM ${sourceName}`;
  if (text.split(clause).length !== 2) throw new Error(`view ${v.name}: cannot find its FROM clause once in\n${text}`);
  return text.replace(clause, `\nFROM ${from}`);
}

/** A scratch copy of a target: the same DDL as the design, plain engine, under a scratch name. */
function createTargetCopy(session: EngineSession, t: MergeTreeTable, name: string): void {
  const copy: MergeTreeTable = { ...t, database: SCRATCH, name, engine: { ...t.engine, replicated: false } };
  const script = generateSql({ entities: [copy], links: [], options: { cluster: '', createDatabases: false } });
  session.exec(script.statements[0]!.text);
}

/** `direct`: Kafka tables (ids) without views whose rows are read from the table itself. */
export function computeExpected(
  session: EngineSession,
  p: Pipeline,
  inputs: ReadonlyMap<string, TopicInput[]>,
  direct: ReadonlySet<string>,
): Expected {
  session.exec(`DROP DATABASE IF EXISTS ${SCRATCH} SYNC`);
  session.exec(`CREATE DATABASE ${SCRATCH}`);
  try {
    const scratchOf = new Map<string, string>();
    const runnable = new Set(generateSql(p).statements.filter((st) => st.runnable !== false).map((st) => st.entityId));
    const byId = new Map(p.entities.map((e) => [e.id, e]));
    p.entities.forEach((e, i) => {
      if (e.kind === 'kafkaTable' && inputs.has(e.id)) {
        scratchOf.set(e.id, `${SCRATCH}.src_${i}`);
        loadSource(session, e, `${SCRATCH}.src_${i}`, inputs.get(e.id)!);
      } else if (e.kind === 'mergeTree' && runnable.has(e.id)) {
        scratchOf.set(e.id, `${SCRATCH}.t_${i}`);
        createTargetCopy(session, e, `t_${i}`);
      }
    });
    const sourceOf = (v: MaterializedView) => byId.get(p.links.find((l) => l.target === v.id)?.source ?? '');
    const targetOf = (v: MaterializedView) => byId.get(p.links.find((l) => l.source === v.id)?.target ?? '');
    const views = p.entities.filter(
      (e): e is MaterializedView =>
        e.kind === 'materializedView' && runnable.has(e.id) && scratchOf.has(sourceOf(e)?.id ?? '') && targetOf(e)?.kind === 'mergeTree',
    );
    // A view reading a MergeTree table waits until every view writing that table has run, as in a chain.
    const done = new Set<string>();
    const fed = new Set<string>();
    while (done.size < views.length) {
      const ready = views.filter((v) => !done.has(v.id) && views.every((w) => done.has(w.id) || targetOf(w)!.id !== sourceOf(v)!.id));
      if (ready.length === 0) throw new Error('the views form a cycle');
      for (const v of ready) {
        const source = sourceOf(v)!;
        const target = targetOf(v)!;
        const cols = usableMappings(v).map((m) => quoteIdent(m.target));
        const select = viewSelect(p, v, qualify(source.database, source.name), scratchOf.get(source.id)!);
        // optimize_on_insert = 0: a chained view sees the block as inserted, before Replacing/Summing folds it.
        session.exec(`INSERT INTO ${scratchOf.get(target.id)} (${cols.join(', ')}) ${select} SETTINGS optimize_on_insert = 0`);
        done.add(v.id);
        fed.add(target.id);
      }
    }
    const targets = new Map<string, TypedRows>();
    for (const id of fed) targets.set(id, readTarget(session, byId.get(id) as MergeTreeTable, scratchOf.get(id)!));
    const directRows = new Map<string, TypedRows>();
    for (const id of direct) directRows.set(id, session.typedRows(directQuery(byId.get(id) as KafkaTable, scratchOf.get(id)!)));
    return { targets, direct: directRows };
  } finally {
    session.exec(`DROP DATABASE IF EXISTS ${SCRATCH} SYNC`);
  }
}

/** A Kafka table's columns with its topic and offset; the same query reads the table itself. */
export function directQuery(t: KafkaTable, from: string): string {
  const cols = [...physical(t).map((c) => quoteIdent(c.name)), '_topic', '_offset'];
  return `SELECT ${cols.join(', ')} FROM ${from} ORDER BY ALL`;
}
