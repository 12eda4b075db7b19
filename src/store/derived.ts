// Values computed from the design, cached per pipeline object so every subscriber
// shares one validation run per edit instead of one per component.
// zustand 5 compares selector results with Object.is, so selectors here must
// return values that are stable for a given pipeline (hence the cache).
import { validate } from '../core/rules/validate';
import type { Diagnostic } from '../core/rules/diagnostics';
import type { Pipeline } from '../core/model/types';
import { useDesign } from './designStore';

export interface DiagnosticsView {
  all: Diagnostic[];
  byEntity: Map<string, Diagnostic[]>;
}

const EMPTY: Diagnostic[] = [];
const cache = new WeakMap<Pipeline, DiagnosticsView>();

/** Validation of `p`, computed once per pipeline object. Never throws: a broken validator must not take the UI down. */
export function diagnosticsOf(p: Pipeline): DiagnosticsView {
  const hit = cache.get(p);
  if (hit) return hit;
  let all: Diagnostic[];
  try {
    all = validate(p);
  } catch (err) {
    console.error('validate() failed', err);
    all = EMPTY;
  }
  const byEntity = new Map<string, Diagnostic[]>();
  for (const d of all) {
    const list = byEntity.get(d.entityId);
    if (list) list.push(d);
    else byEntity.set(d.entityId, [d]);
  }
  const view = { all, byEntity };
  cache.set(p, view);
  return view;
}

/** Every diagnostic of the current design (same array until the pipeline changes). */
export function useDiagnostics(): Diagnostic[] {
  return useDesign((s) => diagnosticsOf(s.pipeline).all);
}

/** Diagnostics of one entity (a stable empty array when it has none). */
export function entityDiagnostics(p: Pipeline, entityId: string | null | undefined): Diagnostic[] {
  if (!entityId) return EMPTY;
  return diagnosticsOf(p).byEntity.get(entityId) ?? EMPTY;
}

/** Diagnostics of one entity from the current design; stable per pipeline object. */
export function useEntityDiagnostics(entityId: string | null | undefined): Diagnostic[] {
  return useDesign((s) => entityDiagnostics(s.pipeline, entityId));
}

export interface ProblemSummary {
  errors: number;
  warnings: number;
  /** One message per line, errors first. */
  text: string;
}

/**
 * Counts and messages of one entity's problems. Selected as primitives so a node
 * re-renders only when its own problems change, not on every edit elsewhere.
 */
export function useEntityProblems(entityId: string): ProblemSummary {
  const errors = useDesign((s) => count(entityDiagnostics(s.pipeline, entityId), 'error'));
  const warnings = useDesign((s) => count(entityDiagnostics(s.pipeline, entityId), 'warning'));
  const text = useDesign((s) => summaryText(entityDiagnostics(s.pipeline, entityId)));
  return { errors, warnings, text };
}

function count(list: readonly Diagnostic[], severity: Diagnostic['severity']): number {
  let n = 0;
  for (const d of list) if (d.severity === severity) n++;
  return n;
}

function summaryText(list: readonly Diagnostic[]): string {
  const ordered = [...list.filter((d) => d.severity === 'error'), ...list.filter((d) => d.severity === 'warning')];
  return ordered.map((d) => `${d.severity === 'error' ? 'Error' : 'Warning'}: ${d.message}`).join('\n');
}
