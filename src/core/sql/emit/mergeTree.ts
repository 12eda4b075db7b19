// CREATE TABLE … ENGINE = [Replicated]<Family>(args) with the key clauses in the
// order SHOW CREATE prints them; SETTINGS must follow every key clause and
// COMMENT must come last, or ClickHouse reads SETTINGS as query settings.
import { splitParamColumns } from '../../clickhouse/mergeTreeEngines';
import type { EngineSpec, MergeTreeTable } from '../../model/types';
import { columnList } from '../columns';
import type { SqlContext } from '../context';
import { keyExpression, namesNeedingQuotes, singleExpression } from '../keyText';
import { qualify, quoteIdent, quoteString } from '../quote';
import { mergeTreeSettingKind, settingLiteral } from '../settingValue';

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
  const v = paramColumn(value ?? '');
  return v === '' ? undefined : quoteIdent(v);
}

/** The family's own arguments, in ClickHouse's positional order. */
function familyArgs(e: EngineSpec): string[] {
  const p = e.params;
  const args: (string | undefined)[] = [];
  switch (e.family) {
    case 'ReplacingMergeTree': {
      const ver = column(p['ver']);
      // A lone argument is read as the version column, so is_deleted needs ver in front.
      if (ver) args.push(ver, column(p['isDeleted']));
      break;
    }
    case 'SummingMergeTree':
    case 'CoalescingMergeTree':
      args.push(columnSet(p['columns']));
      break;
    case 'CollapsingMergeTree':
      args.push(column(p['sign']));
      break;
    case 'VersionedCollapsingMergeTree':
      args.push(column(p['sign']), column(p['version']));
      break;
    default:
      break;
  }
  return args.filter((a): a is string => a !== undefined);
}

export function engineClause(e: EngineSpec): string {
  const args: string[] = [];
  if (e.replicated && e.zooPath.trim() !== '' && e.replicaName.trim() !== '') {
    args.push(quoteString(e.zooPath.trim()), quoteString(e.replicaName.trim()));
  }
  args.push(...familyArgs(e));
  const name = (e.replicated ? 'Replicated' : '') + e.family;
  return 'ENGINE = ' + name + (args.length ? '(' + args.join(', ') + ')' : '');
}

export function emitMergeTree(t: MergeTreeTable, ctx: SqlContext): string {
  const quotable = namesNeedingQuotes(t.columns.map((c) => c.name));
  let s = 'CREATE TABLE ' + qualify(t.database, t.name) + ctx.onCluster + '\n';
  s += columnList(t.columns, { kafka: false }) + '\n';
  s += engineClause(t.engine);
  const partition = keyExpression(t.partitionBy, quotable);
  if (partition) s += '\nPARTITION BY ' + partition;
  const primary = keyExpression(t.primaryKey, quotable);
  if (primary) s += '\nPRIMARY KEY ' + primary;
  // Always written: 25.8 (Aiven's default) and every Replicated engine with
  // explicit arguments refuse a table without ORDER BY. With only a PRIMARY KEY
  // the sorting key is that key (what ClickHouse itself does); `tuple()` would
  // make the primary key longer than the sorting key and fail.
  s += '\nORDER BY ' + (keyExpression(t.orderBy, quotable) || primary || 'tuple()');
  const sample = singleExpression(t.sampleBy, quotable);
  if (sample) s += '\nSAMPLE BY ' + sample;
  const ttl = t.ttl.trim();
  if (ttl) s += '\nTTL ' + ttl;
  const settings = t.settings
    .filter((x) => x.name.trim() !== '' && x.value.trim() !== '')
    .map((x) => quoteIdent(x.name.trim()) + ' = ' + settingLiteral(x.value, mergeTreeSettingKind(x.name.trim())));
  if (settings.length) s += '\nSETTINGS\n    ' + settings.join(',\n    ');
  if (t.comment !== '') s += '\nCOMMENT ' + quoteString(t.comment);
  return s + ';';
}
