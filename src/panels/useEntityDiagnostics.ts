// Validation results for the inspected entity, computed once per pipeline change
// and handed to every field through context.
import { createContext, useContext, useMemo } from 'react';
import type { Diagnostic } from '../core/rules/diagnostics';
import { validate } from '../core/rules/validate';
import type { Pipeline } from '../core/model/types';

export function useEntityDiagnostics(pipeline: Pipeline, entityId: string | null): Diagnostic[] {
  const all = useMemo(() => safeValidate(pipeline), [pipeline]);
  return useMemo(() => (entityId ? all.filter((d) => d.entityId === entityId) : []), [all, entityId]);
}

// A validator bug must not take the panel down with it.
function safeValidate(p: Pipeline): Diagnostic[] {
  try {
    return validate(p);
  } catch (e) {
    console.error('validate() failed', e);
    return [];
  }
}

export const DiagnosticsContext = createContext<readonly Diagnostic[]>([]);

const NONE: readonly Diagnostic[] = [];

/** Diagnostics whose `field` is one of `keys`. */
export function useFieldDiagnostics(keys: string | readonly string[] | undefined): readonly Diagnostic[] {
  const all = useContext(DiagnosticsContext);
  const joined = keys === undefined ? '' : typeof keys === 'string' ? keys : keys.join('\n');
  return useMemo(() => {
    if (joined === '' || all.length === 0) return NONE;
    const set = new Set(joined.split('\n'));
    const hits = all.filter((d) => d.field !== undefined && set.has(d.field));
    return hits.length ? hits : NONE;
  }, [all, joined]);
}
