// A view's two forms: built from the mapping grid, or its SELECT kept as written
// (rawSelect). This is the grid → SQL direction, which needs no parser; the way
// back reads the text with the importer (sql/import/rawSelectGrid.ts) and is
// loaded only when a raw view is shown.
import { buildContext } from '../sql/context';
import { emitMaterializedView } from '../sql/emit/materializedView';
import { skipReason } from '../sql/skip';
import type { MaterializedView, Pipeline } from './types';

/**
 * Whether the view is in raw mode. Set but blank still counts: the user is
 * writing the query (validation says it is empty) and the grid must not
 * come back under their hands.
 */
export function isRawView(v: MaterializedView): boolean {
  return v.rawSelect !== undefined;
}

export type SelectText = { text: string } | { reason: string };

const PROBE = 'SELECT 1';

/**
 * The SELECT the generator writes after `AS` for this view, exactly, or why it
 * writes none. The statement's head (name, TO, COMMENT) is the emitter's own
 * output for a probe query, so nothing of its layout is repeated here.
 */
export function generatedSelect(p: Pipeline, viewId: string): SelectText {
  const v = p.entities.find((e) => e.id === viewId);
  if (!v || v.kind !== 'materializedView') return { reason: 'there is no such view' };
  const ctx = buildContext(p);
  const reason = skipReason(v, ctx);
  if (reason !== undefined) return { reason };
  const head = emitMaterializedView({ ...v, rawSelect: PROBE }, ctx).slice(0, -`AS ${PROBE};`.length);
  const full = emitMaterializedView(v, ctx);
  if (!full.startsWith(head + 'AS ') || !full.endsWith(';')) return { reason: 'the generator wrote an unexpected statement' };
  return { text: full.slice(head.length + 3, -1) };
}

/** The view without its raw query, and with the grid given. */
export function withGrid(p: Pipeline, viewId: string, grid: Pick<MaterializedView, 'mappings' | 'where' | 'groupBy'>): Pipeline {
  return mapView(p, viewId, (v) => {
    const { rawSelect: _dropped, ...rest } = v;
    return { ...rest, ...grid };
  });
}

/**
 * "Write as SQL": the grid's own generated SELECT becomes the raw query, so the
 * script does not change by a byte. The grid is emptied: in raw mode it is not
 * written, and a hidden second copy of the query would drift from the text.
 */
export function writeViewAsSql(p: Pipeline, viewId: string): { pipeline: Pipeline } | { reason: string } {
  const v = p.entities.find((e) => e.id === viewId);
  if (v?.kind === 'materializedView' && isRawView(v)) return { reason: 'the query is already kept as SQL' };
  const select = generatedSelect(p, viewId);
  if ('reason' in select) return { reason: `the view is not written yet: ${select.reason}` };
  return { pipeline: mapView(p, viewId, (x) => ({ ...x, mappings: [], where: '', groupBy: '', rawSelect: select.text })) };
}

function mapView(p: Pipeline, viewId: string, fn: (v: MaterializedView) => MaterializedView): Pipeline {
  return { ...p, entities: p.entities.map((e) => (e.id === viewId && e.kind === 'materializedView' ? fn(e) : e)) };
}
