// Decides, from tokens alone, whether the local endpoint may run a query. It is
// deliberately conservative: when a construct is not understood the query is
// refused with a reason, never run on a guess.
import {
  ALLOWED_ENGINES,
  ALLOWED_OBJECTS,
  ALLOWED_STATEMENTS,
  ALLOWED_TABLE_FUNCTIONS,
  FILE_FUNCTIONS,
  FILE_WORDS,
  KNOWN_TABLE_FUNCTIONS,
  LIMIT_SETTINGS,
  READABLE_DATABASES,
  SCRATCH_PREFIX,
} from './guardLists.ts';
import lexicon from '../src/core/clickhouse/lexicon.json' with { type: 'json' };
import { settingProblem } from './settingsAllowList.ts';
import { isName, tokenize, type Token } from './sqlTokens.ts';

export type GuardResult = { ok: true } | { ok: false; reason: string };

export interface GuardOptions {
  /** The request's `database` parameter (the current database unqualified names resolve to). */
  database?: string;
}

export const isScratch = (db: string): boolean => db.startsWith(SCRATCH_PREFIX) && db.length > SCRATCH_PREFIX.length;

const ENGINE_BY_LOWER = new Map([...ALLOWED_ENGINES].map((e) => [e.toLowerCase(), e]));
const OBJECT_WORDS = new Set(['table', 'view', 'database', 'dictionary']);
const OBJECT_PREFIX = new Set(['create', 'drop', 'exists', 'describe', 'desc', 'into', 'replace', 'temporary', 'materialized']);
const READ_STATEMENTS = new Set(['select', 'with', 'describe', 'desc', 'exists', 'explain', 'show']);
const FROM_LIST_END = new Set([
  'where', 'prewhere', 'group', 'order', 'limit', 'having', 'settings', 'format', 'union', 'except', 'intersect',
  'window', 'qualify', 'on', 'using', 'array', 'select',
]);
const LOOPBACK_HOST = /^(127\.\d+\.\d+\.\d+|localhost|\[::1\])(:\d+)?$/i;
/** First words of ClickHouse's type names, lower-cased: what follows a column's name in its definition. */
const TYPE_WORDS = new Set(lexicon.typeFamilies.map((t) => t.name.split(' ')[0]!.toLowerCase()));

class Refusal extends Error {}
const refuse = (reason: string): never => {
  throw new Refusal(reason);
};

interface Ref {
  db?: string;
  name: string;
}

export function guardQuery(sql: string, opts: GuardOptions = {}): GuardResult {
  try {
    check(sql, opts);
    return { ok: true };
  } catch (e) {
    if (e instanceof Refusal) return { ok: false, reason: e.message };
    throw e;
  }
}

function check(sql: string, opts: GuardOptions): void {
  if (opts.database !== undefined && opts.database !== '' && !isScratch(opts.database)) {
    refuse(`database ${opts.database} is outside the scratch namespace (${SCRATCH_PREFIX}…)`);
  }
  const t = tokenize(sql);
  if (!t.ok) return refuse(`the query could not be read (${t.reason})`);
  const tokens = t.tokens;
  while (tokens.length && tokens[tokens.length - 1]!.value === ';' && tokens[tokens.length - 1]!.kind === 'punct') tokens.pop();
  if (tokens.length === 0) return refuse('empty query');
  if (tokens.some((x) => x.kind === 'punct' && x.value === ';')) refuse('one statement per request');

  const first = tokens[0]!;
  if (first.kind !== 'word' || !ALLOWED_STATEMENTS.has(first.value)) {
    refuse(`${first.raw.toUpperCase()} statements are not run by the local engine`);
  }
  checkStatementObject(tokens);
  if (first.value === 'insert') checkInsert(tokens);
  const ctes = cteNames(tokens);
  const readOnly = READ_STATEMENTS.has(first.value);
  const scan = new Scanner(tokens, opts, ctes, readOnly, first.value === 'create');
  scan.run();
}

function checkStatementObject(tokens: Token[]): void {
  const first = tokens[0]!.value;
  if (first === 'show' && tokens[1]?.value !== 'create') refuse('only SHOW CREATE is run by the local engine');
  if (first !== 'create' && first !== 'drop') return;
  let i = 1;
  while (tokens[i] && ['or', 'replace', 'temporary'].includes(tokens[i]!.value)) i++;
  const obj = tokens[i];
  if (!obj || obj.kind !== 'word' || !ALLOWED_OBJECTS.has(obj.value)) {
    refuse(`${first.toUpperCase()} ${(obj?.raw ?? '').toUpperCase()} is not run by the local engine`);
  }
  if (obj!.value === 'materialized' && tokens[i + 1]?.value !== 'view') refuse('unexpected MATERIALIZED');
}

// ClickHouse's normalised text drops the data of INSERT … VALUES/FORMAT, and the
// endpoint runs the normalised text: only INSERT … SELECT means what it says.
function checkInsert(tokens: Token[]): void {
  if (!tokens.some((t) => t.kind === 'word' && (t.value === 'select' || t.value === 'with'))) {
    refuse('INSERT with inline data is not run by the local engine; use INSERT … SELECT');
  }
}

/** Names defined as `name AS (subquery)` in a WITH clause: unqualified reads of them are not tables. */
function cteNames(tokens: Token[]): Set<string> {
  const names = new Set<string>();
  for (let i = 0; i + 2 < tokens.length; i++) {
    if (isName(tokens[i]) && tokens[i + 1]!.value === 'as' && tokens[i + 2]!.value === '(') names.add(tokens[i]!.value);
  }
  return names;
}

class Scanner {
  private i = 0;
  /** Innermost-last: whether each open parenthesis holds a query (SELECT/WITH) or the top level. */
  private readonly parens: boolean[] = [];
  /** Innermost-last: the function each open parenthesis calls ('' when it is not a call). */
  private readonly calls: string[] = [];
  private fromListDepth = -1;
  /** Past the SELECT of CREATE … AS SELECT: AS names aliases from here on, not a table to copy. */
  private inSelect = false;

  constructor(
    private readonly tokens: Token[],
    private readonly opts: GuardOptions,
    private readonly ctes: Set<string>,
    private readonly readOnly: boolean,
    private readonly isCreate: boolean,
  ) {}

  private get depth(): number {
    return this.parens.length;
  }

  private inQuery(): boolean {
    return this.parens.length === 0 || this.parens[this.parens.length - 1]!;
  }

  private at(k: number): Token | undefined {
    return this.tokens[k];
  }

  run(): void {
    for (this.i = 0; this.i < this.tokens.length; this.i++) {
      const tok = this.tokens[this.i]!;
      const next = this.at(this.i + 1);
      if (tok.kind === 'punct') {
        this.punct(tok);
        continue;
      }
      if (!isName(tok)) continue;
      const w = tok.kind === 'word' ? tok.value : tok.value.toLowerCase();
      if (LIMIT_SETTINGS.has(w)) refuse(`the setting ${w} is fixed by the local engine`);
      if (tok.kind === 'word' && FILE_WORDS.has(w)) refuse(`${tok.raw.toUpperCase()} would reach local files`);
      if (FILE_FUNCTIONS.has(w) && !this.columnNamed()) {
        refuse(`${tok.raw} is a function that reaches local files; a column of that name must be qualified (t.${tok.raw})`);
      }
      if (next?.value === '(' && next.kind === 'punct' && KNOWN_TABLE_FUNCTIONS.has(w) && !ALLOWED_TABLE_FUNCTIONS.has(w)) {
        refuse(`the table function ${tok.raw} reaches files, URLs or other hosts`);
      }
      if (tok.kind !== 'word') continue;
      this.keyword(tok, next);
    }
  }

  /**
   * Whether the file-reaching name at i is a column, not the function: qualified
   * (`t.file`), being defined (`file String`), an alias (`AS file`), or a plain
   * reference outside the two places where ClickHouse calls a function given by
   * bare name: after APPLY, and in the arguments of a higher-order function
   * (arrayMap, mapApply, … all begin with array or map).
   */
  private columnNamed(): boolean {
    const prev = this.at(this.i - 1);
    const next = this.at(this.i + 1);
    if (prev?.kind === 'punct' && prev.value === '.') return true;
    if (prev?.kind === 'word' && prev.value === 'as' && next?.value !== '(') return true;
    if (next?.value === '(') return false;
    const applied = prev?.value === 'apply' || (prev?.value === '(' && this.at(this.i - 2)?.value === 'apply');
    if (applied) return false;
    if (next?.kind === 'word' && TYPE_WORDS.has(next.value)) return true;
    return !this.calls.some((c) => /^(array|map)/.test(c));
  }

  private punct(tok: Token): void {
    if (tok.value === '(') {
      const n = this.at(this.i + 1);
      this.parens.push(!!n && (n.value === 'select' || n.value === 'with'));
      const callee = this.at(this.i - 1);
      this.calls.push(isName(callee) ? callee.value.toLowerCase() : '');
    } else if (tok.value === ')') {
      this.parens.pop();
      this.calls.pop();
      if (this.fromListDepth > this.depth) this.fromListDepth = -1;
    } else if (tok.value === ',' && this.fromListDepth === this.depth && this.inQuery()) {
      this.tableAt(this.i + 1, 'read');
    }
  }

  private keyword(tok: Token, next: Token | undefined): void {
    const w = tok.value;
    if (FROM_LIST_END.has(w) && this.fromListDepth === this.depth) this.fromListDepth = -1;
    const prev = this.at(this.i - 1);
    if (w === 'select' || w === 'with') this.inSelect = true;
    if (w === 'settings') return this.settingsAt(this.i + 1);
    if ((w === 'from' || w === 'join') && this.inQuery()) {
      if (w === 'join' && prev?.value === 'array') return;
      let k = this.i + 1;
      if (this.at(k)?.value === 'table') k++;
      this.tableAt(k, 'read');
      if (w === 'from') this.fromListDepth = this.depth;
    } else if (w === 'in' && isName(next) && next.value !== 'select') {
      this.tableAt(this.i + 1, 'read');
    } else if (w === 'in' && next?.value === '(' && isName(this.at(this.i + 2)) && this.at(this.i + 3)?.value === '.' && this.at(this.i + 5)?.value === ')') {
      // ClickHouse's normalised text writes `IN db.t` as `IN (db.t)`: still a table.
      this.tableAt(this.i + 2, 'read');
    } else if (w === 'into') {
      if (next?.value === 'function') refuse('INSERT INTO FUNCTION is not run by the local engine');
      this.tableAt(next?.value === 'table' ? this.i + 2 : this.i + 1, 'write');
    } else if (OBJECT_WORDS.has(w) && prev && OBJECT_PREFIX.has(prev.value)) {
      this.objectAt(w);
    } else if ((w === 'describe' || w === 'desc') && this.i === 0 && next?.value !== 'table') {
      this.tableAt(1, 'read');
    } else if (w === 'exists' && this.i === 0 && isName(next) && !OBJECT_WORDS.has(next.value) && next.value !== 'temporary') {
      this.tableAt(1, 'read');
    } else if (this.isCreate && this.depth === 0) {
      this.createClause(w, next);
    }
  }

  /** `SETTINGS name = value, …` (or in parentheses): every name must be on the allow-list. */
  private settingsAt(start: number): void {
    let k = start;
    const paren = this.at(k)?.value === '(' && this.at(k)?.kind === 'punct';
    if (paren) k++;
    for (;;) {
      const name = this.at(k);
      if (!isName(name) || this.at(k + 1)?.value !== '=') return;
      // The value runs to the next comma outside parentheses.
      let depth = 0;
      let j = k + 2;
      for (; j < this.tokens.length; j++) {
        const t = this.tokens[j]!;
        if (t.kind !== 'punct') continue;
        if (t.value === '(') depth++;
        else if (t.value === ')') {
          if (depth === 0) break;
          depth--;
        } else if (t.value === ',' && depth === 0) break;
      }
      const first = this.at(k + 2);
      const problem = settingProblem(name.kind === 'word' ? name.raw : name.value, first?.kind === 'string' ? first.value : '');
      if (problem) refuse(problem);
      if (this.at(j)?.value !== ',') return;
      k = j + 1;
    }
  }

  private objectAt(w: string): void {
    let k = this.i + 1;
    if (this.at(k)?.value === 'if') {
      k++;
      if (this.at(k)?.value === 'not') k++;
      if (this.at(k)?.value === 'exists') k++;
    }
    if (w === 'database') {
      const db = this.at(k);
      if (!isName(db) || !isScratch(db.value)) refuse(`database ${db?.value ?? ''} is outside the scratch namespace (${SCRATCH_PREFIX}…)`);
      return;
    }
    this.tableAt(k, this.readOnly ? 'read' : 'write');
  }

  private createClause(w: string, next: Token | undefined): void {
    if (w === 'refresh' && (next?.value === 'every' || next?.value === 'after')) {
      // A refreshable view runs its query on its own schedule, with no request waiting and no deadline.
      refuse('refreshable materialized views (REFRESH EVERY/AFTER) are not run by the local engine');
    }
    if (w === 'engine') {
      let k = this.i + 1;
      if (this.at(k)?.value === '=') k++;
      this.engineAt(k);
    } else if (w === 'to' && isName(next) && next.value !== 'disk' && next.value !== 'volume') {
      this.tableAt(this.i + 1, 'write');
    } else if (w === 'as' && !this.inSelect && isName(next) && next.value !== 'select' && next.value !== 'with') {
      this.tableAt(this.i + 1, 'read');
    }
  }

  private engineAt(k: number): void {
    const e = this.at(k);
    const engine = isName(e) ? ENGINE_BY_LOWER.get(e.raw.toLowerCase()) : undefined;
    if (!engine) refuse(`the engine ${e?.raw ?? '(missing)'} is not run by the local engine`);
    if (engine !== 'Kafka') return;
    if (this.at(k + 1)?.value === '(' && this.at(k + 2)?.value !== ')') refuse('Kafka engine arguments are not accepted; use SETTINGS');
    for (let j = k; j + 2 < this.tokens.length; j++) {
      if (this.tokens[j]!.value !== 'kafka_broker_list') continue;
      const v = this.tokens[j + 2]!;
      if (v.kind !== 'string') refuse('kafka_broker_list must be a string');
      const hosts = v.value.split(',').map((h) => h.trim());
      const far = hosts.find((h) => !LOOPBACK_HOST.test(h));
      if (far !== undefined) refuse(`the Kafka broker ${far} is another host; the local engine only talks to 127.0.0.1`);
    }
  }

  private readRef(k: number): { ref: Ref; end: number } | null {
    const a = this.at(k);
    if (!isName(a)) return null;
    if (this.at(k + 1)?.value === '.' && isName(this.at(k + 2))) {
      return { ref: { db: a.kind === 'word' ? a.raw : a.value, name: this.at(k + 2)!.value }, end: k + 3 };
    }
    return { ref: { name: a.kind === 'word' ? a.raw : a.value }, end: k + 1 };
  }

  private tableAt(k: number, mode: 'read' | 'write'): void {
    const a = this.at(k);
    if (!a || a.value === '(') return;
    if (isName(a) && this.at(k + 1)?.value === '(') {
      const fn = a.value.toLowerCase();
      if (!ALLOWED_TABLE_FUNCTIONS.has(fn)) refuse(`the table function ${a.raw} is not run by the local engine`);
      return;
    }
    const r = this.readRef(k);
    if (!r) refuse(`unexpected ${a.raw} where a table name belongs`);
    const { db, name } = r!.ref;
    if (db !== undefined) {
      if (isScratch(db)) return;
      if (mode === 'read' && READABLE_DATABASES.has(db.toLowerCase())) return;
      refuse(`${db}.${name} is outside the scratch namespace (${SCRATCH_PREFIX}…)`);
    }
    if (mode === 'read' && this.ctes.has(name.toLowerCase())) return;
    if (this.opts.database && isScratch(this.opts.database)) return;
    refuse(`${name} has no database; name a database in the scratch namespace (${SCRATCH_PREFIX}…)`);
  }
}
