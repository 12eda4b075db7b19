// "Edit as grid" needs the SQL importer's reading of a SELECT; that code stays out
// of the bundle loaded before the canvas and arrives when a raw view is shown.
import { useEffect, useState } from 'react';
import type { GridSwitch } from '../../core/sql/import/rawSelectGrid';
import type { Pipeline } from '../../core/model/types';

type Analyse = (p: Pipeline, viewId: string) => GridSwitch;

let loading: Promise<Analyse> | undefined;
let loaded: Analyse | undefined;

function load(): Promise<Analyse> {
  loading ??= import('../../core/sql/import/rawSelectGrid').then((m) => (loaded = guarded(m.gridFromRawSelect)));
  return loading;
}

// The panel asks on every keystroke; a reader bug must cost the button, never the page.
function guarded(fn: Analyse): Analyse {
  return (p, viewId) => {
    try {
      return fn(p, viewId);
    } catch (e) {
      return { reason: `chflow could not read the query (${e instanceof Error ? e.message : String(e)})` };
    }
  };
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
