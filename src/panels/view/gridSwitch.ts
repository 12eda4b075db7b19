// "Edit as grid" needs the SQL importer's reading of a SELECT; that code stays out
// of the bundle loaded before the canvas and arrives when a raw view is shown.
import { useEffect, useState } from 'react';
import type { GridSwitch } from '../../core/sql/import/rawSelectGrid';
import type { Pipeline } from '../../core/model/types';

type Analyse = (p: Pipeline, viewId: string) => GridSwitch;

let loading: Promise<Analyse> | undefined;
let loaded: Analyse | undefined;

function load(): Promise<Analyse> {
  loading ??= import('../../core/sql/import/rawSelectGrid').then((m) => (loaded = m.gridFromRawSelect));
  return loading;
}

/** The analyser once its module is here (undefined while it loads). */
export function useGridAnalyser(): Analyse | undefined {
  const [fn, setFn] = useState<Analyse | undefined>(() => loaded);
  useEffect(() => {
    if (fn) return;
    let live = true;
    void load().then((f) => live && setFn(() => f));
    return () => {
      live = false;
    };
  }, [fn]);
  return fn;
}
