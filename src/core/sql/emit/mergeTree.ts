// CREATE TABLE … ENGINE = [Replicated]<Family>(args) with the key clauses in the
// order SHOW CREATE prints them; SETTINGS must follow every key clause and
// COMMENT must come last, or ClickHouse reads SETTINGS as query settings.
import { splitParamColumns } from '../../clickhouse/mergeTreeEngines';
import { appendTablePartLines } from '../../model/tableParts';
import type { DataSkippingIndex, EngineSpec, MergeTreeTable } from '../../model/types';
import { columnList } from '../columns';
import type { SqlContext } from '../context';
import { keyExpression, singleExpression } from '../keyText';
import { qualify, quoteIdent, quoteString } from '../quote';
import { mergeTreeSettingKind, settingLiteral } from '../settingValue';
import { TextCache2 } from '../../cache/textCache';
import { trim } from '../trim';

const BACKQUOTED = /^`((?:[^`\\]|\\[\s\S])*)`$/;

/** A column name from an engine parameter; tolerates a name typed in backquotes. */
function paramColumn(value: string): string {
  const v = value.trim();
  const m = BACKQUOTED.exec(v);
  return m ? m[1]!.replace(/\\([\s\S])/g, '$1') : v;
}

function columnSet(value: string | undefined): string | undefined {
  const cols = splitParamColumns(value).map((c) => quoteIdent(paramColumn(c)));
  if (cols.length === 0) return undefined;
  return cols.length === 1 ? cols[0] : '(' + cols.join(', ') + ')';
}

function column(value: string | undefined): string | undefined {
  if (value === undefined) return undefined;
  const v = paramColumn(value);
  return v === '' ? undefined : quoteIdent(v);
}

/** The family's own arguments, in ClickHouse's positional order, comma-separated. */
function familyArgs(e: EngineSpec): string {
  const p = e.params;
  switch (e.family) {
    case 'ReplacingMergeTree': {
      // A lone argument is read as the version column, so is_deleted needs ver in front.
      const ver = column(p['ver']);
      if (!ver) return '';
      const del = column(p['isDeleted']);
      return del ? ver + ', ' + del : ver;
    }
    case 'SummingMergeTree':
    case 'CoalescingMergeTree':
      return columnSet(p['columns']) ?? '';
    case 'CollapsingMergeTree':
      return column(p['sign']) ?? '';
    case 'VersionedCollapsingMergeTree': {
      const sign = column(p['sign']);
      const version = column(p['version']);
      return sign && version ? sign + ', ' + version : (sign ?? version ?? '');
    }
    default:
      return '';
  }
}

export function engineClause(e: EngineSpec): string {
  let args = familyArgs(e);
  if (!e.replicated) return 'ENGINE = ' + e.family + (args ? '(' + args + ')' : '');
  const path = e.zooPath.trim();
  const replica = e.replicaName.trim();
  if (path !== '' && replica !== '') args = quoteString(path) + ', ' + quoteString(replica) + (args ? ', ' + args : '');
  return 'ENGINE = Replicated' + e.family + (args ? '(' + args + ')' : '');
}

const STORED_COLUMNS = { kafka: false };

/**
 * `INDEX name expr TYPE type [GRANULARITY g]`, or undefined for a row still being
 * filled in (no name, expression or type). The expression and type are written as
 * typed: they are ClickHouse expressions; the name is an identifier.
 */
export function indexDefinition(x: DataSkippingIndex): string | undefined {
  const name = x.name.trim();
  const expr = x.expr.trim();
  const type = x.type.trim();
  if (name === '' || expr === '' || type === '') return undefined;
  const g = x.granularity.trim();
  return 'INDEX ' + quoteIdent(name) + ' ' + expr + ' TYPE ' + type + (g !== '' ? ' GRANULARITY ' + g : '');
}

function indexLines(t: MergeTreeTable): string[] {
  const out: string[] = [];
  for (const x of t.indexes ?? []) {
    const d = indexDefinition(x);
    if (d) out.push(d);
  }
  appendTablePartLines(t, out);
  return out;
}

// name → value → `name = literal`: tables of a design tend to share their settings.
const lines = new TextCache2<string>();

function settingLine(name: string, value: string): string {
  let line = lines.get(name, value);
  if (line === undefined) lines.set(name, value, (line = quoteIdent(name) + ' = ' + settingLiteral(value, mergeTreeSettingKind(name))));
  return line;
}

export function emitMergeTree(t: MergeTreeTable, ctx: SqlContext): string {
  const cols = t.columns;
  let s = 'CREATE TABLE ' + qualify(t.database, t.name) + ctx.onCluster + '\n';
  s += columnList(t.columns, STORED_COLUMNS, indexLines(t)) + '\n';
  s += engineClause(t.engine);
  const partition = keyExpression(t.partitionBy, cols);
  if (partition) s += '\nPARTITION BY ' + partition;
  const primary = keyExpression(t.primaryKey, cols);
  if (primary) s += '\nPRIMARY KEY ' + primary;
  // Always written: 25.8 (Aiven's default) and every Replicated engine with
  // explicit arguments refuse a table without ORDER BY. With only a PRIMARY KEY
  // the sorting key is that key (what ClickHouse itself does); `tuple()` would
  // make the primary key longer than the sorting key and fail.
  s += '\nORDER BY ' + (keyExpression(t.orderBy, cols) || primary || 'tuple()');
  const sample = singleExpression(t.sampleBy, cols);
  if (sample) s += '\nSAMPLE BY ' + sample;
  const ttl = trim(t.ttl);
  if (ttl) s += '\nTTL ' + ttl;
  let sep = '\nSETTINGS\n    ';
  for (const x of t.settings) {
    const name = trim(x.name);
    if (name === '' || trim(x.value) === '') continue;
    s += sep + settingLine(name, x.value);
    sep = ',\n    ';
  }
  if (t.comment !== '') s += '\nCOMMENT ' + quoteString(t.comment);
  return s + ';';
}
