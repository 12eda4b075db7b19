// One column definition line, in the clause order the parser enforces:
// name Type [DEFAULT|MATERIALIZED|EPHEMERAL|ALIAS expr] [COMMENT '…'] [CODEC(…)] [TTL expr].
import type { Column } from '../model/types';
import { quoteIdent, quoteString } from './quote';
import { TextCache2 } from './textCache';

export interface ColumnOptions {
  /** Kafka tables store nothing: only ALIAS expressions are allowed there, and no codecs. */
  kafka: boolean;
}

// Most columns have only a name and a type, and the same pairs recur across a
// design's tables (a Kafka table and its target share them): name → type → line.
const nameAndType = new TextCache2<string>();

export function columnDefinition(c: Column, opts: ColumnOptions): string {
  // Nothing but name and type: the line is the same for Kafka and stored tables.
  if (c.defaultKind === '' && c.comment === '' && c.codec === '' && (c.ttl === undefined || c.ttl === '')) {
    let line = nameAndType.get(c.name, c.type);
    if (line === undefined) nameAndType.set(c.name, c.type, (line = definitionText(c, opts)));
    return line;
  }
  return definitionText(c, opts);
}

function definitionText(c: Column, opts: ColumnOptions): string {
  let s = quoteIdent(c.name);
  const type = c.type.trim();
  if (type !== '') s += ' ' + type;
  const kind = c.defaultKind;
  const expr = c.defaultExpr.trim();
  if (kind !== '' && (!opts.kafka || kind === 'ALIAS')) {
    // EPHEMERAL alone is valid (the type's default); the others need an expression.
    if (expr !== '') s += ' ' + kind + ' ' + expr;
    else if (kind === 'EPHEMERAL') s += ' EPHEMERAL';
  }
  if (c.comment !== '') s += ' COMMENT ' + quoteString(c.comment);
  const codec = c.codec.trim();
  if (codec !== '' && !opts.kafka) s += ' CODEC(' + codec + ')';
  // Kafka tables refuse TTL; an ALIAS column stores nothing to expire.
  const ttl = (c.ttl ?? '').trim();
  if (ttl !== '' && !opts.kafka && kind !== 'ALIAS') s += ' TTL ' + ttl;
  return s;
}

/**
 * The parenthesised column list, one column per indented line; `extra` elements
 * (INDEX … lines) follow the columns, as SHOW CREATE prints them.
 */
export function columnList(columns: readonly Column[], opts: ColumnOptions, extra: readonly string[] = []): string {
  if (columns.length === 0 && extra.length === 0) return '(\n)';
  const defs: string[] = new Array(columns.length);
  for (let i = 0; i < columns.length; i++) defs[i] = columnDefinition(columns[i]!, opts);
  for (const x of extra) defs.push(x);
  // join() yields one flat string; chained += would leave a long rope for the final join to walk.
  return '(\n    ' + defs.join(',\n    ') + '\n)';
}
