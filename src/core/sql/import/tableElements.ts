// The parenthesised part of CREATE TABLE: column definitions, INDEX lines, and
// the elements the model has no place for (PROJECTION, CONSTRAINT, …), which
// are handed back as text so the import can report them.
import type { Column, DataSkippingIndex, DefaultKind } from '../../model/types';
import type { Reader } from './reader';

export interface TableElements {
  columns: Column[];
  indexes: DataSkippingIndex[];
  unsupported: string[];
  /** `PRIMARY KEY (…)` written as an element of the list. */
  primaryKey?: string;
}

const DEFAULT_KINDS: readonly DefaultKind[] = ['DEFAULT', 'MATERIALIZED', 'ALIAS', 'EPHEMERAL'];

// Words that end a column's type or expression at bracket depth 0.
function columnStop(r: Reader): boolean {
  const t = r.peek()!;
  if (t.kind === 'punct') return r.isPunct(',');
  if (t.kind !== 'word') return false;
  return (
    t.is('DEFAULT') ||
    t.is('MATERIALIZED') ||
    t.is('ALIAS') ||
    t.is('EPHEMERAL') ||
    t.is('COMMENT') ||
    t.is('CODEC') ||
    t.is('TTL') ||
    t.is('STATISTICS') ||
    t.is('SETTINGS') ||
    r.isWords('PRIMARY', 'KEY')
  );
}

// The NULL / NOT NULL modifiers follow the type directly; inside an expression
// (`DEFAULT x IS NULL`) they are part of it, so only a type stops at them.
function typeStop(r: Reader): boolean {
  return columnStop(r) || r.isWord('NULL') || r.isWords('NOT', 'NULL');
}

/**
 * A type as written, on one line: its tokens with any run of spaces, line breaks
 * or comments between them made one space (the type picker parses the text).
 */
export function typeText(r: Reader, range: readonly [number, number]): string {
  let s = '';
  for (let i = range[0]; i < range[1]; i++) {
    const t = r.tokens[i]!;
    if (i > range[0] && t.start > r.tokens[i - 1]!.end) s += ' ';
    s += r.text.slice(t.start, t.end);
  }
  return s;
}

function readColumn(r: Reader): { column: Column; notes: string[] } {
  const name = r.identifier('a column name');
  const notes: string[] = [];
  let type = typeText(r, r.until(typeStop, true));
  let defaultKind: DefaultKind = '';
  let defaultExpr = '';
  let comment = '';
  let codec = '';
  let ttl = '';
  while (!r.done && !r.isPunct(',') && !r.isPunct(')')) {
    if (r.acceptWords('NOT', 'NULL')) continue;
    if (r.acceptWords('NULL')) {
      type = type === '' || type.startsWith('Nullable(') ? type : `Nullable(${type})`;
      continue;
    }
    const t = r.peek()!;
    const w = t.upper;
    if ((DEFAULT_KINDS as readonly string[]).includes(w)) {
      r.pos++;
      defaultKind = w as DefaultKind;
      // EPHEMERAL may stand alone.
      defaultExpr = w === 'EPHEMERAL' && (r.done || columnStop(r) || r.isPunct(')')) ? '' : r.source(r.until(columnStop));
      if (defaultKind !== 'EPHEMERAL' && defaultExpr === '') throw r.error(`expected an expression after ${w}`);
    } else if (w === 'COMMENT') {
      r.pos++;
      comment = r.stringLiteral('the comment');
    } else if (w === 'CODEC') {
      r.pos++;
      r.expectPunct('(');
      codec = r.source(r.until(() => false));
      r.expectPunct(')');
    } else if (w === 'TTL') {
      r.pos++;
      ttl = r.source(r.until(columnStop));
    } else if (w === 'STATISTICS' || w === 'SETTINGS' || r.isWords('PRIMARY', 'KEY')) {
      const from = r.pos;
      r.pos += w === 'PRIMARY' ? 2 : 1;
      if (r.isPunct('(')) r.skipItem();
      notes.push(`${r.source([from, r.pos])} of column ${name}`);
    } else throw r.error(`unexpected text in the definition of column ${name}`);
  }
  // The shape createColumn makes, with a cheap id (see IdMaker).
  return { column: { id: r.ids.next('col'), name, type, defaultKind, defaultExpr, codec, comment, ttl }, notes };
}

function readIndex(r: Reader): DataSkippingIndex {
  const name = r.identifier('an index name');
  const expr = r.source(r.until((x) => x.isWord('TYPE')));
  r.expectWords('TYPE');
  const type = r.source(r.until((x) => x.isWord('GRANULARITY') || x.isPunct(',')));
  const granularity = r.acceptWords('GRANULARITY') ? r.source(r.until((x) => x.isPunct(','))) : '';
  return { id: r.ids.next('idx'), name, expr, type, granularity };
}

/** Reads `( … )`; the reader stands on the opening parenthesis. */
export function readTableElements(r: Reader): TableElements {
  const out: TableElements = { columns: [], indexes: [], unsupported: [] };
  r.expectPunct('(');
  while (!r.acceptPunct(')')) {
    if (r.acceptWords('INDEX')) out.indexes.push(readIndex(r));
    else if (r.isWords('PRIMARY', 'KEY')) {
      r.pos += 2;
      out.primaryKey = r.source(r.until((x) => x.isPunct(',')));
    } else if (r.isWord('PROJECTION') || r.isWord('CONSTRAINT')) {
      out.unsupported.push(r.source(r.until((x) => x.isPunct(','))));
    } else {
      const { column, notes } = readColumn(r);
      out.columns.push(column);
      out.unsupported.push(...notes);
    }
    if (!r.acceptPunct(',') && !r.isPunct(')')) throw r.error('expected , or ) after a column');
  }
  return out;
}
