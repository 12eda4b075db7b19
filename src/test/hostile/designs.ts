// Designs that carry the hostile values in every slot a user can type into:
// database, table and column names, table and column comments, and Kafka string
// settings. Built with the core operations, like the canvas builds them, and
// paired with what ClickHouse must hold afterwards and what the validator must say.
import lexicon from '../../core/clickhouse/lexicon.json';
import { addColumn, addEntity, connect, updateEntity } from '../../core/model/operations';
import { emptyPipeline, type Column, type Pipeline } from '../../core/model/types';
import { fileNameLength, hasMacro, HOSTILE_VALUES, MAX_DATABASE_FILE_NAME, MAX_TABLE_FILE_NAME } from './values';

export type Role = 'database' | 'table' | 'column' | 'paddedColumn' | 'comment' | 'topic' | 'consumerGroup' | 'kafka_client_id' | 'format_regexp';

export interface ExpectedTable {
  database: string;
  name: string;
  comment: string;
  /** [name, comment] in position order. */
  columns: [string, string][];
}

export interface HostileDesign {
  pipeline: Pipeline;
  databases: string[];
  tables: ExpectedTable[];
  /** Every SETTINGS entry of the Kafka table as ClickHouse must store it. */
  kafkaSettings: Record<string, string>;
  /** `entityId|code|field`, sorted. */
  diagnostics: string[];
}

const COLUMNS_PER_TABLE = 20;
const EXTRA_TABLES = 3;
const AT = { x: 0, y: 0 };
const EXISTING_DATABASES = new Set(['default', 'system', 'information_schema', 'INFORMATION_SCHEMA']);
const HAZARDS = new Set(lexicon.identifierHazards.map((w) => w.toLowerCase()));
// Kafka's own rule for topic names.
const TOPIC_NAME = /^[-_.A-Za-z0-9]{1,249}$/;
// The generator reads a value typed in single quotes as that string (`'x'` → x).
const SELF_QUOTED = /^'.*'$/s;
const BACKQUOTED = /^`.*`$/s;

/** Names that are not ^[A-Za-z_][A-Za-z0-9_]*$, or that read as a keyword or literal. */
export function expectQuoting(name: string): boolean {
  return !/^[A-Za-z_][A-Za-z0-9_]*$/.test(name) || HAZARDS.has(name.toLowerCase());
}

function validTopicList(v: string): boolean {
  return v.split(',').every((t) => {
    const s = t.trim();
    return s !== '.' && s !== '..' && TOPIC_NAME.test(s);
  });
}

// Slots that cannot hold every value, and why (each exclusion is a finding in the report):
// file names are capped at 255 bytes; `{…}` in Kafka connection settings is a macro;
// connection fields and settings are trimmed, and quotes around a setting value are the user's quoting;
// a view cannot read a column whose name starts or ends with white space (its mapping is trimmed),
// and the validator reads a name that looks backquoted (`` ` ` ``) as that quoted name,
// so such names go to the standalone tables only.
const ELIGIBLE: Record<Role, (v: string) => boolean> = {
  database: (v) => fileNameLength(v) <= MAX_DATABASE_FILE_NAME && !EXISTING_DATABASES.has(v),
  table: (v) => fileNameLength(v) <= MAX_TABLE_FILE_NAME,
  column: (v) => v === v.trim() && !BACKQUOTED.test(v),
  paddedColumn: (v) => v !== v.trim() || BACKQUOTED.test(v),
  comment: () => true,
  topic: (v) => !hasMacro(v) && v.trim() !== '',
  consumerGroup: (v) => !hasMacro(v) && v.trim() !== '',
  kafka_client_id: (v) => !hasMacro(v) && v.trim() !== '' && !SELF_QUOTED.test(v.trim()),
  format_regexp: (v) => v.trim() !== '' && !SELF_QUOTED.test(v.trim()),
};

/** Hands out values per role round-robin, each role starting at its own offset. */
class Picker {
  private readonly pools = new Map<Role, string[]>();
  private readonly at = new Map<Role, number>();
  readonly used = new Map<string, Set<Role>>();

  constructor(values: readonly string[]) {
    (Object.keys(ELIGIBLE) as Role[]).forEach((role, i) => {
      const pool = values.filter(ELIGIBLE[role]);
      const shift = (i * 37) % pool.length;
      this.pools.set(role, [...pool.slice(shift), ...pool.slice(0, shift)]);
      this.at.set(role, 0);
    });
  }

  next(role: Role, avoid: ReadonlySet<string> = new Set()): string {
    const pool = this.pools.get(role)!;
    const start = this.at.get(role)!;
    for (let k = 0; k < pool.length; k++) {
      const v = pool[(start + k) % pool.length]!;
      if (avoid.has(v)) continue;
      this.at.set(role, start + k + 1);
      if (!this.used.has(v)) this.used.set(v, new Set());
      this.used.get(v)!.add(role);
      return v;
    }
    throw new Error(`no ${role} value left`);
  }
}

interface Build {
  p: Pipeline;
  diagnostics: string[];
}

function nameDiagnostics(b: Build, id: string, name: string, database: string): void {
  if (name !== name.trim()) b.diagnostics.push(`${id}|name.whitespace|name`);
  else if (expectQuoting(name)) b.diagnostics.push(`${id}|name.needsQuoting|name`);
  if (expectQuoting(database)) b.diagnostics.push(`${id}|database.needsQuoting|database`);
}

function addTable(b: Build, pick: Picker, kind: 'kafkaTable' | 'mergeTree', name: string, database: string, columns: readonly string[]): { id: string; table: ExpectedTable } {
  const added = addEntity(b.p, kind, AT, name);
  const comment = pick.next('comment');
  b.p = updateEntity(added.pipeline, added.id, { database, comment });
  nameDiagnostics(b, added.id, name, database);
  const expected: ExpectedTable = { database, name, comment, columns: [] };
  for (const c of columns) {
    const columnComment = pick.next('comment');
    b.p = addColumn(b.p, added.id, { name: c, type: 'String', comment: columnComment });
    expected.columns.push([c, columnComment]);
  }
  const entity = b.p.entities.find((e) => e.id === added.id) as { columns: Column[] };
  for (const c of entity.columns) if (expectQuoting(c.name)) b.diagnostics.push(`${added.id}|column.name.needsQuoting|columns.${c.id}.name`);
  return { id: added.id, table: expected };
}

function must(r: { ok: boolean; pipeline: Pipeline; reason?: string }): Pipeline {
  if (!r.ok) throw new Error(`connection refused: ${r.reason}`);
  return r.pipeline;
}

/** topic → Kafka table → view → MergeTree in one database pair, plus standalone tables. */
function design(pick: Picker): HostileDesign {
  const b: Build = { p: emptyPipeline(), diagnostics: [] };
  const dbA = pick.next('database');
  const dbB = pick.next('database', new Set([dbA]));
  const namesA = new Set<string>();
  const namesB = new Set<string>();
  const tableName = (names: Set<string>) => {
    const n = pick.next('table', names);
    names.add(n);
    return n;
  };

  const topicValue = pick.next('topic');
  const group = pick.next('consumerGroup');
  const topic = addEntity(b.p, 'kafkaTopic', AT, 'topic');
  b.p = updateEntity(topic.pipeline, topic.id, { topic: topicValue, consumerGroup: group, brokers: 'kafka:9092', format: 'JSONEachRow' });
  if (!validTopicList(topicValue)) b.diagnostics.push(`${topic.id}|kafka.topic.invalidName|topic`);

  const columns: string[] = [];
  for (let i = 0; i < COLUMNS_PER_TABLE; i++) columns.push(pick.next('column', new Set(columns)));
  const kafka = addTable(b, pick, 'kafkaTable', tableName(namesA), dbA, columns);
  const clientId = pick.next('kafka_client_id');
  const regexp = pick.next('format_regexp');
  b.p = updateEntity(b.p, kafka.id, { settings: { kafka_client_id: clientId, format_regexp: regexp } });
  const target = addTable(b, pick, 'mergeTree', tableName(namesB), dbB, columns);

  const viewName = tableName(namesA);
  const view = addEntity(b.p, 'materializedView', AT, viewName);
  const viewComment = pick.next('comment');
  b.p = updateEntity(view.pipeline, view.id, { database: dbA, comment: viewComment });
  nameDiagnostics(b, view.id, viewName, dbA);

  b.p = must(connect(b.p, topic.id, kafka.id));
  b.p = must(connect(b.p, view.id, target.id));
  b.p = must(connect(b.p, kafka.id, view.id));

  const tables = [kafka.table, target.table, { database: dbA, name: viewName, comment: viewComment, columns: columns.map((c): [string, string] => [c, '']) }];
  for (let i = 0; i < EXTRA_TABLES; i++) {
    const cols = [pick.next('paddedColumn')];
    cols.push(pick.next('column', new Set(cols)));
    tables.push(addTable(b, pick, 'mergeTree', tableName(namesB), dbB, cols).table);
  }

  return {
    pipeline: b.p,
    databases: [dbA, dbB],
    tables,
    kafkaSettings: {
      kafka_broker_list: 'kafka:9092',
      kafka_topic_list: topicValue.trim(),
      kafka_group_name: group.trim(),
      kafka_format: 'JSONEachRow',
      kafka_client_id: clientId.trim(),
      format_regexp: regexp.trim(),
    },
    diagnostics: b.diagnostics.sort(),
  };
}

/** Enough designs that every value is a column name at least once. */
export function hostileDesigns(values: readonly string[] = HOSTILE_VALUES): { designs: HostileDesign[]; used: Map<string, Set<Role>> } {
  const pick = new Picker(values);
  const count = Math.ceil(values.length / COLUMNS_PER_TABLE);
  const designs: HostileDesign[] = [];
  for (let i = 0; i < count; i++) designs.push(design(pick));
  return { designs, used: pick.used };
}
