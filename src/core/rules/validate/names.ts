// Names of the objects we create: present, unique per database, and plain
// enough to be written without backquotes.
import lexicon from '../../clickhouse/lexicon.json';
import type { Entity, Pipeline } from '../../model/types';
import { memoByText } from '../../types/memo';
import { error, warning, type Emit } from './diag';

const PLAIN = /^[A-Za-z_][A-Za-z0-9_]*$/;
const HAZARDS = new Set(lexicon.identifierHazards.map((w) => w.toLowerCase()));

/** Aiven reserves databases with these prefixes for its integrations. */
export const RESERVED_DATABASE_PREFIXES = ['service_', 'aiven', 'endpoint_'] as const;

/** True when the name can only be written in backquotes. */
export function needsQuoting(name: string): boolean {
  return needsQuotingMemo(name);
}

export function quoted(name: string): string {
  return quotedMemo(name);
}

/** A name as the user sees it in messages: bare when plain, quoted otherwise. */
export function shown(name: string): string {
  return needsQuoting(name) ? quoted(name) : name;
}

// A design repeats its column and table names in every table, view and message.
const needsQuotingMemo = memoByText((name) => !PLAIN.test(name) || HAZARDS.has(name.toLowerCase()));
const quotedMemo = memoByText((name) => '`' + name.replace(/\\/g, '\\\\').replace(/`/g, '\\`') + '`');

/** Entities that become a CREATE statement; a topic node is only a label. */
export function emitsDdl(e: Entity): boolean {
  return e.kind !== 'kafkaTopic';
}

const NOUN: Record<Entity['kind'], string> = {
  kafkaTopic: 'topic',
  kafkaTable: 'Kafka table',
  materializedView: 'view',
  mergeTree: 'table',
};

export function validateEntityNames(e: Entity, emit: Emit): void {
  if (!emitsDdl(e)) return;
  const noun = NOUN[e.kind];
  if (e.name.trim() === '') emit(error(e.id, 'name.empty', `This ${noun} has no name; give it one.`, 'name'));
  else if (e.name !== e.name.trim())
    emit(warning(e.id, 'name.whitespace', `The name starts or ends with a space, which becomes part of the ${noun}'s name; remove it.`, 'name'));
  else if (needsQuoting(e.name))
    emit(warning(e.id, 'name.needsQuoting', `The name will be written as ${quoted(e.name)}; every query must quote it. Use letters, digits and underscores to avoid that.`, 'name'));

  // Tables and databases are directories: ClickHouse escapes every byte outside [A-Za-z0-9_]
  // as %XX and refuses names whose escaped form is too long for the file system.
  if (fileNameLength(e.name) > MAX_TABLE_FILE_NAME)
    emit(error(e.id, 'name.tooLong', `The name is too long for ClickHouse once escaped for the file system (${fileNameLength(e.name)} of at most ${MAX_TABLE_FILE_NAME} bytes; each character other than letters, digits and _ counts as 3 per byte). Shorten it.`, 'name'));
  if (fileNameLength(e.database) > MAX_DATABASE_FILE_NAME)
    emit(error(e.id, 'database.tooLong', `The database name is too long for ClickHouse once escaped for the file system (${fileNameLength(e.database)} of at most ${MAX_DATABASE_FILE_NAME} bytes). Shorten it.`, 'database'));

  if (e.database.trim() === '')
    emit(error(e.id, 'database.empty', `The ${noun} has no database; enter one (for example default).`, 'database'));
  else if (needsQuoting(e.database))
    emit(warning(e.id, 'database.needsQuoting', `The database will be written as ${quoted(e.database)}; every query must quote it.`, 'database'));

  // Aiven's own integration creates Kafka tables in service_* databases, so only our own objects are flagged.
  const prefix = RESERVED_DATABASE_PREFIXES.find((p) => e.database.startsWith(p));
  if (prefix && e.kind !== 'kafkaTable')
    emit(warning(e.id, 'database.reserved', `On Aiven, databases starting with "${prefix}" are reserved for integrations; create this ${noun} in a regular database such as default.`, 'database'));
}

/** Views, Kafka tables and MergeTree tables share one namespace per database. */
export function validateDuplicateNames(p: Pipeline, emit: Emit): void {
  const byName = new Map<string, Entity[]>();
  for (const e of p.entities) {
    if (!emitsDdl(e) || e.name.trim() === '' || e.database.trim() === '') continue;
    const key = `${e.database}\u0000${e.name}`;
    const list = byName.get(key);
    if (list) list.push(e);
    else byName.set(key, [e]);
  }
  for (const list of byName.values()) {
    if (list.length < 2) continue;
    for (const e of list) {
      const others = list.filter((o) => o !== e).map((o) => NOUN[o.kind]);
      emit(error(e.id, 'name.duplicate', `${shown(e.database)}.${shown(e.name)} is also the name of another ${others.join(' and ')}; a database holds one object per name, so rename one of them.`, 'name'));
    }
  }
}

/** Measured on ClickHouse 26.7: the longest table and database names once escaped for the file system. */
export const MAX_TABLE_FILE_NAME = 211;
export const MAX_DATABASE_FILE_NAME = 246;

/** Length of a name as ClickHouse writes it to disk: bytes outside [A-Za-z0-9_] become %XX. */
export function fileNameLength(name: string): number {
  let n = 0;
  for (const ch of name) {
    const cp = ch.codePointAt(0)!;
    if (/[A-Za-z0-9_]/.test(ch)) n += 1;
    else n += 3 * (cp < 0x80 ? 1 : cp < 0x800 ? 2 : cp < 0x10000 ? 3 : 4);
  }
  return n;
}
