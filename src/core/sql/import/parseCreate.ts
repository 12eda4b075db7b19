// Reads one statement: the CREATE forms chflow models become ParsedCreate, anything
// else becomes the reason it is skipped. Syntax errors throw SqlSyntaxError.
import type { EngineArg, EngineCall, ParsedCreate, ParsedDatabase, ParsedTable, ParsedView, SettingText, TableClauses } from './ast';
import type { Name, Reader } from './reader';
import { readTableElements } from './tableElements';

export type StatementRead = { create: ParsedCreate; orReplace?: boolean } | { use: string } | { skip: string; drop?: Name };

function clauseStop(r: Reader): boolean {
  return (
    r.isWords('PARTITION', 'BY') ||
    r.isWords('PRIMARY', 'KEY') ||
    r.isWords('ORDER', 'BY') ||
    r.isWords('SAMPLE', 'BY') ||
    r.isWord('TTL') ||
    r.isWord('SETTINGS') ||
    (r.isWord('COMMENT') && r.kind(1) === 'string') ||
    r.isWords('AS', 'SELECT') ||
    r.isWords('AS', 'WITH') ||
    r.isWord('POPULATE') ||
    r.isWord('EMPTY') ||
    r.isWord('DEFINER') ||
    r.isWords('SQL', 'SECURITY')
  );
}

function readOnCluster(r: Reader): string | undefined {
  if (!r.acceptWords('ON', 'CLUSTER')) return undefined;
  if (r.kind() === 'string') return r.stringLiteral('the cluster name');
  return r.identifier('a cluster name');
}

function readArgs(r: Reader): EngineArg[] {
  const args: EngineArg[] = [];
  r.expectPunct('(');
  while (!r.acceptPunct(')')) {
    const range = r.until((x) => x.isPunct(','));
    if (range[1] === range[0]) throw r.error('expected an engine argument');
    const arg: EngineArg = { text: r.source(range) };
    if (range[1] - range[0] === 1) {
      const i = range[0];
      if (r.tokens.kind(i) === 'string') arg.string = r.tokens.value(i);
      else if (r.tokens.isName(i)) arg.identifier = r.tokens.value(i);
    }
    args.push(arg);
    if (!r.acceptPunct(',') && !r.isPunct(')')) throw r.error('expected , or ) in the engine arguments');
  }
  return args;
}

function readEngine(r: Reader): EngineCall {
  const from = r.pos;
  r.acceptPunct('=');
  const name = r.identifier('an engine name');
  const args = r.isPunct('(') ? readArgs(r) : undefined;
  return { name, args, text: r.source([from, r.pos]).replace(/^=\s*/, '') };
}

function readSettings(r: Reader): SettingText[] {
  const out: SettingText[] = [];
  do {
    const name = r.identifier('a setting name');
    r.expectPunct('=');
    const range = r.until((x) => x.isPunct(',') || clauseStop(x));
    if (range[1] === range[0]) throw r.error(`expected a value for ${name}`);
    const one = range[1] - range[0] === 1 && r.tokens.kind(range[0]) === 'string';
    out.push({ name, value: r.source(range), ...(one ? { string: r.tokens.value(range[0]) } : {}) });
  } while (r.acceptPunct(','));
  return out;
}

/** Table clauses in any order; stops at anything that is not one. */
function readClauses(r: Reader, into: TableClauses, onComment: (c: string) => void): void {
  for (;;) {
    const key = r.acceptWords('PARTITION', 'BY')
      ? 'partitionBy'
      : r.acceptWords('PRIMARY', 'KEY')
        ? 'primaryKey'
        : r.acceptWords('ORDER', 'BY')
          ? 'orderBy'
          : r.acceptWords('SAMPLE', 'BY')
            ? 'sampleBy'
            : r.acceptWords('TTL')
              ? 'ttl'
              : undefined;
    if (key) {
      const range = r.until(clauseStop);
      if (range[1] === range[0]) throw r.error('expected an expression');
      into[key] = r.source(range);
    } else if (r.acceptWords('SETTINGS')) into.settings.push(...readSettings(r));
    else if (r.isWord('COMMENT') && r.kind(1) === 'string') {
      r.pos++;
      onComment(r.stringLiteral('the comment'));
    } else return;
  }
}

function readTable(r: Reader, at: number, ifNotExists: boolean): StatementRead {
  const name = r.qualifiedName('a table name');
  if (r.isWord('UUID') && r.kind(1) === 'string') r.pos += 2;
  const cluster = readOnCluster(r);
  if (r.isWord('AS') || r.isWords('CLONE', 'AS')) return { skip: 'a table made AS another table or query has no column list chflow can read' };
  const table: ParsedTable = {
    kind: 'table',
    name,
    ifNotExists,
    cluster,
    columns: [],
    indexes: [],
    projections: [],
    constraints: [],
    unsupported: [],
    engine: undefined,
    clauses: { settings: [] },
    comment: '',
    at,
  };
  if (r.isPunct('(')) {
    const el = readTableElements(r);
    table.columns = el.columns;
    table.indexes = el.indexes;
    table.projections = el.projections;
    table.constraints = el.constraints;
    table.unsupported = el.unsupported;
    if (el.primaryKey !== undefined) table.clauses.primaryKey = el.primaryKey;
  }
  if (r.acceptWords('ENGINE')) table.engine = readEngine(r);
  readClauses(r, table.clauses, (c) => (table.comment = c));
  if (r.isWord('AS')) return { skip: 'CREATE TABLE … AS SELECT fills the table from a query; chflow models tables by their columns' };
  if (!r.done) throw r.error('unexpected text after the table definition');
  return { create: table };
}

function readView(r: Reader, at: number, ifNotExists: boolean): StatementRead {
  const name = r.qualifiedName('a view name');
  const cluster = readOnCluster(r);
  if (r.isWord('REFRESH')) return { skip: 'refreshable materialized views are not part of chflow’s model' };
  const view: ParsedView = {
    kind: 'view',
    name,
    ifNotExists,
    cluster,
    to: undefined,
    columns: [],
    engine: undefined,
    clauses: { settings: [] },
    select: [0, 0],
    comment: '',
    dropped: [],
    at,
  };
  if (r.acceptWords('TO')) view.to = r.qualifiedName('the TO table');
  if (r.isPunct('(')) view.columns = readTableElements(r).columns;
  if (r.acceptWords('ENGINE')) view.engine = readEngine(r);
  for (;;) {
    readClauses(r, view.clauses, (c) => (view.comment = c));
    const from = r.pos;
    if (r.acceptWords('POPULATE') || r.acceptWords('EMPTY')) view.dropped.push(r.source([from, r.pos]));
    else if (r.acceptWords('DEFINER')) {
      r.expectPunct('=');
      r.next();
      view.dropped.push(r.source([from, r.pos]));
    } else if (r.acceptWords('SQL', 'SECURITY')) {
      r.next();
      view.dropped.push(r.source([from, r.pos]));
    } else break;
  }
  if (!r.acceptWords('AS')) throw r.error('expected AS SELECT');
  if (!r.isWord('SELECT') && !r.isWord('WITH') && !r.isPunct('(')) throw r.error('expected SELECT after AS');
  // The query runs to the end, or to a trailing COMMENT (where SHOW CREATE puts it).
  const range = r.until((x) => x.isWord('COMMENT') && x.kind(1) === 'string' && x.kind(2) === undefined);
  view.select = range;
  if (r.acceptWords('COMMENT')) view.comment = r.stringLiteral('the comment');
  if (!r.done) throw r.error('unexpected text after the view’s query');
  return { create: view };
}

function readDatabase(r: Reader, at: number): StatementRead {
  const name = r.identifier('a database name');
  const db: ParsedDatabase = { kind: 'database', name, cluster: readOnCluster(r), engine: undefined, at };
  if (r.acceptWords('ENGINE')) db.engine = readEngine(r);
  // COMMENT and SETTINGS of a database have no place in the model; report them.
  if (!r.done) return { skip: `database ${name}: ${r.source([r.pos, r.limit])} is not part of chflow’s model` };
  return { create: db };
}

const OTHER: Record<string, string> = {
  DROP: 'DROP removes objects; an imported design only adds',
  INSERT: 'data is not part of a design',
  SELECT: 'a query creates nothing',
  ALTER: 'ALTER changes an existing object; apply it to the design by hand',
  SET: 'session settings are not part of a design',
  SYSTEM: 'SYSTEM commands are not part of a design',
  DETACH: 'DETACH is not part of a design',
  ATTACH: 'ATTACH is not part of a design',
  RENAME: 'RENAME is not part of a design',
  TRUNCATE: 'data is not part of a design',
  GRANT: 'access control is not part of a design',
  OPTIMIZE: 'OPTIMIZE is not part of a design',
};

/** Reads one statement (its tokens, without the `;`). */
export function readStatement(r: Reader): StatementRead {
  const at = r.tokens.start(r.pos);
  if (r.acceptWords('USE')) return { use: r.identifier('a database name') };
  if (r.acceptWords('DROP')) {
    // DROP then CREATE of one name is a replacement: the import needs the name.
    const kind = r.acceptWords('TABLE') || r.acceptWords('VIEW') || r.acceptWords('DICTIONARY');
    r.acceptWords('IF', 'EXISTS');
    const drop = kind && r.tokens.isName(r.at()) ? r.qualifiedName('a table name') : undefined;
    return { skip: OTHER['DROP']!, ...(drop ? { drop } : {}) };
  }
  if (!r.acceptWords('CREATE')) {
    const w = r.tokens.value(r.pos).toUpperCase();
    return { skip: OTHER[w] ?? `${w} statements are not part of chflow’s model` };
  }
  const orReplace = r.acceptWords('OR', 'REPLACE');
  const read = readCreate(r, at);
  return orReplace && 'create' in read ? { ...read, orReplace } : read;
}

function readCreate(r: Reader, at: number): StatementRead {
  if (r.acceptWords('DATABASE')) {
    r.acceptWords('IF', 'NOT', 'EXISTS');
    return readDatabase(r, at);
  }
  if (r.acceptWords('TABLE')) return readTable(r, at, r.acceptWords('IF', 'NOT', 'EXISTS'));
  if (r.acceptWords('MATERIALIZED', 'VIEW')) return readView(r, at, r.acceptWords('IF', 'NOT', 'EXISTS'));
  const what = [r.at(), r.at(1)]
    .filter((i) => i !== -1)
    .map((i) => r.tokens.value(i).toUpperCase())
    .join(' ');
  if (what.startsWith('TEMPORARY')) return { skip: 'temporary tables live only for one session' };
  if (what.startsWith('VIEW') || what.startsWith('LIVE') || what.startsWith('WINDOW'))
    return { skip: `CREATE ${what.split(' ')[0]} VIEW: only materialized views are part of chflow’s model` };
  return { skip: `CREATE ${what.split(' ')[0]} is not part of chflow’s model` };
}
