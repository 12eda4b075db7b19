// The parenthesised part of CREATE TABLE: column definitions, INDEX lines,
// projections and constraints (kept as written), and the column parts the model
// has no place for, which are handed back as text so the import can report them.
import type { Column, DataSkippingIndex, DefaultKind, TablePart } from '../../model/types';
import type { Reader } from './reader';

export interface TableElements {
  columns: Column[];
  indexes: DataSkippingIndex[];
  projections: TablePart[];
  constraints: TablePart[];
  unsupported: string[];
  /** `PRIMARY KEY (…)` written as an element of the list. */
  primaryKey?: string;
}

const DEFAULT_KINDS: readonly DefaultKind[] = ['DEFAULT', 'MATERIALIZED', 'ALIAS', 'EPHEMERAL'];

// Words that end a column's type or expression at bracket depth 0.
function columnStop(r: Reader): boolean {
  const kind = r.kind();
  if (kind === 'punct') return r.isPunct(',');
  if (kind !== 'word') return false;
  return (
    r.isWord('DEFAULT') ||
    r.isWord('MATERIALIZED') ||
    r.isWord('ALIAS') ||
    r.isWord('EPHEMERAL') ||
    r.isWord('COMMENT') ||
    r.isWord('CODEC') ||
    r.isWord('TTL') ||
    r.isWord('STATISTICS') ||
    r.isWord('SETTINGS') ||
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
  const t = r.tokens;
  const [a, b] = range;
  // Mostly the type is written so already: one slice of the source, no concatenation.
  let plain = true;
  for (let i = a + 1; i < b && plain; i++) {
    const gap = t.start(i) - t.end(i - 1);
    plain = gap === 0 || (gap === 1 && r.text.charCodeAt(t.end(i - 1)) === 32);
  }
  if (plain) return r.source(range);
  let s = '';
  for (let i = a; i < b; i++) {
    if (i > a && t.start(i) > t.end(i - 1)) s += ' ';
    s += r.text.slice(t.start(i), t.end(i));
  }
  return s;
}

/** A column definition; parts the model has no place for go to `unsupported`. */
function readColumn(r: Reader, unsupported: string[]): Column {
  const name = r.identifier('a column name');
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
    const w = DEFAULT_KINDS.find((k) => r.isWord(k));
    if (w !== undefined) {
      r.pos++;
      defaultKind = w;
      // EPHEMERAL may stand alone.
      defaultExpr = w === 'EPHEMERAL' && (r.done || columnStop(r) || r.isPunct(')')) ? '' : r.source(r.until(columnStop));
      if (defaultKind !== 'EPHEMERAL' && defaultExpr === '') throw r.error(`expected an expression after ${w}`);
    } else if (r.isWord('COMMENT')) {
      r.pos++;
      comment = r.stringLiteral('the comment');
    } else if (r.isWord('CODEC')) {
      r.pos++;
      r.expectPunct('(');
      codec = r.source(r.until(() => false));
      r.expectPunct(')');
    } else if (r.isWord('TTL')) {
      r.pos++;
      ttl = r.source(r.until(columnStop));
    } else if (r.isWord('STATISTICS') || r.isWord('SETTINGS') || r.isWords('PRIMARY', 'KEY')) {
      const from = r.pos;
      r.pos += r.isWord('PRIMARY') ? 2 : 1;
      if (r.isPunct('(')) r.skipItem();
      unsupported.push(`${r.source([from, r.pos])} of column ${name}`);
    } else throw r.error(`unexpected text in the definition of column ${name}`);
  }
  // The shape createColumn makes, with a cheap id (see IdMaker).
  return { id: r.ids.next('col'), name, type, defaultKind, defaultExpr, codec, comment, ttl };
}

function readIndex(r: Reader): DataSkippingIndex {
  const name = r.identifier('an index name');
  const expr = r.source(r.until((x) => x.isWord('TYPE')));
  r.expectWords('TYPE');
  const type = r.source(r.until((x) => x.isWord('GRANULARITY') || x.isPunct(',')));
  const granularity = r.acceptWords('GRANULARITY') ? r.source(r.until((x) => x.isPunct(','))) : '';
  return { id: r.ids.next('idx'), name, expr, type, granularity };
}

/** `name <definition>` after PROJECTION or CONSTRAINT: the definition is kept as written. */
function readPart(r: Reader, idPrefix: string, what: string): TablePart {
  const name = r.identifier(`a ${what} name`);
  const range = r.until((x) => x.isPunct(','));
  if (range[1] === range[0]) throw r.error(`expected the definition of ${what} ${name}`);
  return { id: r.ids.next(idPrefix), name, definition: r.source(range) };
}

/** Reads `( … )`; the reader stands on the opening parenthesis. */
export function readTableElements(r: Reader): TableElements {
  const out: TableElements = { columns: [], indexes: [], projections: [], constraints: [], unsupported: [] };
  r.expectPunct('(');
  while (!r.acceptPunct(')')) {
    if (r.acceptWords('INDEX')) out.indexes.push(readIndex(r));
    else if (r.isWords('PRIMARY', 'KEY')) {
      r.pos += 2;
      out.primaryKey = r.source(r.until((x) => x.isPunct(',')));
    } else if (r.acceptWords('PROJECTION')) out.projections.push(readPart(r, 'prj', 'projection'));
    else if (r.acceptWords('CONSTRAINT')) out.constraints.push(readPart(r, 'cst', 'constraint'));
    else {
      out.columns.push(readColumn(r, out.unsupported));
    }
    if (!r.acceptPunct(',') && !r.isPunct(')')) throw r.error('expected , or ) after a column');
  }
  return out;
}
