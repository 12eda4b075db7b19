// One column definition line, in the clause order the parser enforces:
// name Type [DEFAULT|MATERIALIZED|EPHEMERAL|ALIAS expr] [COMMENT '…'] [CODEC(…)] [TTL expr].
import type { Column } from '../model/types';
import { quoteIdent, quoteString } from './quote';
import { trim } from './trim';

export interface ColumnOptions {
  /** Kafka tables store nothing: only ALIAS expressions are allowed there, and no codecs. */
  kafka: boolean;
}

export function columnDefinition(c: Column, opts: ColumnOptions): string {
  let s = quoteIdent(c.name);
  const type = trim(c.type);
  if (type !== '') s += ' ' + type;
  const kind = c.defaultKind;
  const expr = trim(c.defaultExpr);
  if (kind !== '' && (!opts.kafka || kind === 'ALIAS')) {
    // EPHEMERAL alone is valid (the type's default); the others need an expression.
    if (expr !== '') s += ' ' + kind + ' ' + expr;
    else if (kind === 'EPHEMERAL') s += ' EPHEMERAL';
  }
  if (c.comment !== '') s += ' COMMENT ' + quoteString(c.comment);
  const codec = trim(c.codec);
  if (codec !== '' && !opts.kafka) s += ' CODEC(' + codec + ')';
  // Kafka tables refuse TTL; an ALIAS column stores nothing to expire.
  const ttl = trim(c.ttl ?? '');
  if (ttl !== '' && !opts.kafka && kind !== 'ALIAS') s += ' TTL ' + ttl;
  return s;
}

/**
 * The parenthesised column list, one column per indented line; `extra` elements
 * (INDEX … lines) follow the columns, as SHOW CREATE prints them.
 */
export function columnList(columns: readonly Column[], opts: ColumnOptions, extra: readonly string[] = []): string {
  if (columns.length === 0 && extra.length === 0) return '(\n)';
  // Concatenation, not join(): the statement is flattened once when remembered, and
  // for a few lines the builtin's setup costs more than the pieces it saves.
  let s = '(';
  let sep = '\n    ';
  for (const c of columns) {
    s += sep + columnDefinition(c, opts);
    sep = ',\n    ';
  }
  for (const x of extra) {
    s += sep + x;
    sep = ',\n    ';
  }
  return s + '\n)';
}
