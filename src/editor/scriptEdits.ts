// Edits that turn one generated script into the next, one per changed statement.
// Renaming a table changes its CREATE and every view that names it, often far apart:
// a single replacement spanning both would rewrite everything in between, and at
// 500 nodes Monaco then re-parses most of the script on every keystroke.
import type { SqlScript } from '../core/sql/generate';
import { minimalEdit, type TextEdit } from './textEdit';

/**
 * Non-overlapping edits in ascending order (offsets into `before.text`), or null
 * when the statements differ in number or owner (then diff the whole text).
 * Relies on the script's shape: statements joined by a blank line, one final newline.
 */
export function scriptEdits(before: SqlScript, after: SqlScript): TextEdit[] | null {
  const a = before.statements;
  const b = after.statements;
  if (a.length !== b.length || !joined(before) || !joined(after)) return null;
  const edits: TextEdit[] = [];
  let offset = 0;
  for (let i = 0; i < a.length; i++) {
    const x = a[i]!;
    const y = b[i]!;
    if (x.entityId !== y.entityId || x.kind !== y.kind) return null;
    if (x.text !== y.text) {
      const e = minimalEdit(x.text, y.text);
      if (e) edits.push({ start: offset + e.start, end: offset + e.end, text: e.text });
    }
    offset += x.text.length + 2;
  }
  return edits;
}

/** Does the text consist of exactly its statements as generateSql joins them (not a fallback message)? */
function joined(script: SqlScript): boolean {
  let length = -1;
  for (const st of script.statements) length += st.text.length + 2;
  return script.statements.length > 0 && length === script.text.length;
}
