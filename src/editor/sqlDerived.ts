// SQL derived from a pipeline, memoized per pipeline object: the store
// replaces the pipeline on every edit, so identity is a complete cache key, and the
// React toolbar and the Monaco subscription share one computation per keystroke.
import { generateSql, type SqlScript, type StatementSpan } from '../core/sql/generate';
import type { Diagnostic } from '../core/rules/diagnostics';
import type { Pipeline } from '../core/model/types';
import { positionBlindCache } from '../store/samePlaces';

/** The script of `p`; a design that only moved nodes keeps the script it had (positions are not in the SQL). */
export const scriptFor: (p: Pipeline) => SqlScript = positionBlindCache((p: Pipeline) => {
  try {
    return generateSql(p);
  } catch (e) {
    // A generator bug must not take the page down; say so where the SQL would be.
    return { text: `-- SQL generation failed: ${errorText(e)}`, statements: [] };
  }
});

/** Every statement an entity produced, as one line range (an entity may emit several). */
export function entityRange(script: SqlScript, entityId: string | null): { startLine: number; endLine: number } | null {
  if (!entityId) return null;
  let startLine = Infinity;
  let endLine = -Infinity;
  for (const s of script.statements) {
    if (s.entityId !== entityId) continue;
    startLine = Math.min(startLine, s.startLine);
    endLine = Math.max(endLine, s.endLine);
  }
  return startLine <= endLine ? { startLine, endLine } : null;
}

export function statementsOf(script: SqlScript, entityId: string | null): StatementSpan[] {
  return entityId ? script.statements.filter((s) => s.entityId === entityId) : [];
}

/** The text to copy for one entity: its statements in script order. */
export function entityText(script: SqlScript, entityId: string | null): string | null {
  const own = statementsOf(script, entityId);
  return own.length ? own.map((s) => s.text).join('\n\n') : null;
}

export interface MarkerSpec {
  severity: Diagnostic['severity'];
  message: string;
  code: string;
  startLine: number;
  endLine: number;
}

/** Diagnostics placed on their entity's lines; those whose entity emitted no SQL are left to the problems list. */
export function markerSpecs(script: SqlScript, diags: readonly Diagnostic[], lineCount: number): MarkerSpec[] {
  const out: MarkerSpec[] = [];
  for (const d of diags) {
    const r = entityRange(script, d.entityId);
    if (!r) continue;
    const startLine = clamp(r.startLine, 1, lineCount);
    const endLine = clamp(r.endLine, startLine, lineCount);
    out.push({ severity: d.severity, message: d.message, code: d.code, startLine, endLine });
  }
  return out;
}

export function countLines(text: string): number {
  if (!text) return 0;
  let n = 1;
  for (let i = text.indexOf('\n'); i !== -1; i = text.indexOf('\n', i + 1)) n++;
  // A trailing newline does not start a line anyone would count.
  return text.endsWith('\n') ? n - 1 : n;
}

function clamp(v: number, lo: number, hi: number): number {
  return Math.max(lo, Math.min(hi, v));
}

function errorText(e: unknown): string {
  return (e instanceof Error ? e.message : String(e)).replace(/\s+/g, ' ');
}
