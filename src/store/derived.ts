// Values computed from the design, cached per pipeline object so every subscriber
// shares one validation run per edit instead of one per component.
// zustand 5 compares selector results with Object.is, so selectors here must
// return values that are stable for a given pipeline (hence the cache).
// The UI shows the diagnostics of the *settled* design (settledDesign.ts): while
// the user types, validation waits for a pause instead of running per keystroke.
import { incrementalValidator } from '../core/rules/validate';
import type { Diagnostic } from '../core/rules/diagnostics';
import type { Pipeline } from '../core/model/types';
import { useMemo } from 'react';
import { useEngine } from '../engine/engineStore';
import { useSettled } from './settledDesign';
import { positionBlindCache } from './samePlaces';

export interface DiagnosticsView {
  all: Diagnostic[];
  byEntity: Map<string, Diagnostic[]>;
}

const EMPTY: Diagnostic[] = [];
// The store's designs are immutable, so after an edit only the nodes it touched (and their
// neighbours) are checked again; the rest keep their diagnostics (rules/validate.ts).
const validateDesign = incrementalValidator();
/** Validation of `p`, computed once per pipeline object (and not again after a drag). Never throws: a broken validator must not take the UI down. */
export const diagnosticsOf: (p: Pipeline) => DiagnosticsView = positionBlindCache((p: Pipeline) => {
  let all: Diagnostic[];
  try {
    all = validateDesign(p);
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
  return { all, byEntity };
});

/** Every diagnostic of the current design (same array until the pipeline changes). */
export function useDiagnostics(): Diagnostic[] {
  const base = useSettled((s) => diagnosticsOf(s.pipeline).all);
  // Problems ClickHouse reported in the last check (cleared by the next edit).
  const engine = useEngine((s) => s.diagnostics);
  return useMemo(() => (engine.length ? [...base, ...engine] : base), [base, engine]);
}

function engineOf(list: readonly Diagnostic[], entityId: string | null | undefined): Diagnostic[] {
  return list.length && entityId ? list.filter((d) => d.entityId === entityId) : EMPTY;
}

/** Diagnostics of one entity (a stable empty array when it has none). */
export function entityDiagnostics(p: Pipeline, entityId: string | null | undefined): Diagnostic[] {
  if (!entityId) return EMPTY;
  return diagnosticsOf(p).byEntity.get(entityId) ?? EMPTY;
}

/** Diagnostics of one entity from the current design; stable per pipeline object. */
export function useEntityDiagnostics(entityId: string | null | undefined): Diagnostic[] {
  const base = useSettled((s) => entityDiagnostics(s.pipeline, entityId));
  const engine = useEngine((s) => s.diagnostics);
  return useMemo(() => {
    const mine = engineOf(engine, entityId);
    return mine.length ? [...base, ...mine] : base;
  }, [base, engine, entityId]);
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
  const errors = useSettled((s) => count(entityDiagnostics(s.pipeline, entityId), 'error'));
  const warnings = useSettled((s) => count(entityDiagnostics(s.pipeline, entityId), 'warning'));
  const text = useSettled((s) => summaryText(entityDiagnostics(s.pipeline, entityId)));
  const engineErrors = useEngine((s) => engineOf(s.diagnostics, entityId).length);
  const engineText = useEngine((s) => summaryText(engineOf(s.diagnostics, entityId)));
  return { errors: errors + engineErrors, warnings, text: [text, engineText].filter((t) => t !== '').join('\n') };
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
