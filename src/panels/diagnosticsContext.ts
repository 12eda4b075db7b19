// The inspected entity's diagnostics (from the shared per-pipeline cache in
// store/derived), handed to every field through context so each finds its own.
import { createContext, useContext, useMemo } from 'react';
import type { Diagnostic } from '../core/rules/diagnostics';

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
