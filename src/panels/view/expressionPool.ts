// What the expression inputs of a view complete: the source's columns, the Kafka virtual
// columns its error mode offers, then every function.
import { useEffect, useMemo, useState } from 'react';
import { readableColumns } from '../../core/model/query';
import type { Entity } from '../../core/model/types';
import { viewVirtualColumns } from '../../core/model/virtualMapping';
import { useDesign } from '../../store/designStore';
import { columnSuggestions, loadFunctionSuggestions, type Suggestion } from './completion';

export function useExpressionPool(viewId: string, source: Entity | undefined): Suggestion[] {
  const virtualKey = useDesign((s) => viewVirtualColumns(s.pipeline, viewId).map((v) => v.name).join(','));
  const columns = readableColumns(source);
  const columnsKey = columns.map((c) => `${c.name}\u0000${c.type}`).join('\u0001');
  const functions = useFunctionSuggestions();
  return useMemo(() => {
    const virtual = viewVirtualColumns(useDesign.getState().pipeline, viewId);
    return [...columnSuggestions(columns), ...columnSuggestions(virtual, 'virtual'), ...functions];
    // columns and virtual columns are captured through their keys
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [viewId, columnsKey, virtualKey, functions]);
}

const NONE: readonly Suggestion[] = [];

/** Function suggestions once their list has arrived; columns complete meanwhile. */
function useFunctionSuggestions(): readonly Suggestion[] {
  const [functions, setFunctions] = useState<readonly Suggestion[]>(NONE);
  useEffect(() => {
    let live = true;
    void loadFunctionSuggestions().then((f) => live && setFunctions(f));
    return () => {
      live = false;
    };
  }, []);
  return functions;
}
