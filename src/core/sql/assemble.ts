// The script from its statements: joined with a blank line between them, with
// every statement's line span. When a call ends with exactly the statements of
// the previous call on the same shape (a design opened again, every statement
// taken over by content), the previous text and span texts are handed out
// again instead of copying 250 KiB and slicing it once more.
import type { Entity, NodeKind } from '../model/types';
import type { SqlScript, StatementSpan } from './generate';
import type { Statement } from './memo';

export interface DatabaseStatement extends Statement {
  database: string;
}

/** What the last call on a shape produced, by statement identity. */
export interface Assembled {
  heads: readonly DatabaseStatement[];
  made: readonly Statement[];
  script: SqlScript;
}

type StatementKind = Exclude<NodeKind, 'kafkaTopic'>;

/**
 * Joins the statements and numbers their lines from the line breaks counted
 * when each text was made. Each span's text is a slice of the joined text.
 * `slot.last` is read and replaced.
 */
export function assemble(
  heads: readonly DatabaseStatement[],
  made: readonly Statement[],
  order: Int32Array,
  entities: readonly Entity[],
  slot: { last: Assembled | undefined },
): SqlScript {
  const last = slot.last;
  if (last !== undefined && sameHeads(last.heads, heads) && sameStatements(last.made, made)) return copyOf(last.script, entities, order, heads.length);
  const script = join(heads, made, order, entities);
  slot.last = { heads, made, script };
  return script;
}

function join(heads: readonly DatabaseStatement[], made: readonly Statement[], order: Int32Array, entities: readonly Entity[]): SqlScript {
  const count = heads.length + made.length;
  if (count === 0) return { text: '', statements: [] };
  const texts: string[] = new Array(count);
  for (let i = 0; i < heads.length; i++) texts[i] = heads[i]!.text;
  for (let i = 0; i < made.length; i++) texts[heads.length + i] = made[i]!.text;
  const joined = texts.join('\n\n');
  const statements: StatementSpan[] = new Array(count);
  let line = 1;
  let pos = 0;
  for (let i = 0; i < heads.length; i++) {
    const h = heads[i]!;
    const end = pos + h.text.length;
    const endLine = line + h.breaks;
    statements[i] = { entityId: '', startLine: line, endLine, text: joined.slice(pos, end), kind: 'database', runnable: true, database: h.database };
    // Past the statement's own line break and the blank line after it.
    pos = end + 2;
    line = endLine + 2;
  }
  for (let n = 0; n < made.length; n++) {
    const st = made[n]!;
    const e = entities[order[n]!]!;
    const end = pos + st.text.length;
    const endLine = line + st.breaks;
    statements[heads.length + n] = { entityId: e.id, startLine: line, endLine, text: joined.slice(pos, end), kind: e.kind as StatementKind, runnable: st.runnable };
    pos = end + 2;
    line = endLine + 2;
  }
  return { text: joined + '\n', statements };
}

/** Database statements are made anew each call: equal by their text. */
function sameHeads(a: readonly DatabaseStatement[], b: readonly DatabaseStatement[]): boolean {
  if (a.length !== b.length) return false;
  for (let i = 0; i < a.length; i++) if (a[i]!.text !== b[i]!.text) return false;
  return true;
}

function sameStatements(a: readonly Statement[], b: readonly Statement[]): boolean {
  if (a.length !== b.length) return false;
  for (let i = 0; i < a.length; i++) if (a[i] !== b[i]) return false;
  return true;
}

/**
 * New span objects (callers may keep or change what they get) over the same
 * texts; ids are read from the current entities, as a fresh join would.
 */
function copyOf(script: SqlScript, entities: readonly Entity[], order: Int32Array, headCount: number): SqlScript {
  const from = script.statements;
  const statements: StatementSpan[] = new Array(from.length);
  for (let i = 0; i < from.length; i++) {
    const s = from[i]!;
    const entityId = i < headCount ? '' : entities[order[i - headCount]!]!.id;
    statements[i] = i < headCount ? { ...s } : { entityId, startLine: s.startLine, endLine: s.endLine, text: s.text, kind: s.kind, runnable: s.runnable };
  }
  return { text: script.text, statements };
}
