// "Edit as grid" for a view whose SELECT is kept as written: the importer's own
// reading of a SELECT (select.ts) decides whether the grid can hold it, and the
// switch is offered only when the grid would write back the same query.
import { createMapping } from '../../model/kinds/materializedView';
import { upstream } from '../../model/query';
import type { Pipeline } from '../../model/types';
import { generatedSelect, withGrid } from '../../model/viewSqlMode';
import { qualify } from '../quote';
import { SqlSyntaxError, tokenize } from './lexer';
import { Reader } from './reader';
import { readSelect, type GridSelect } from './select';

export type GridSwitch = { pipeline: Pipeline } | { reason: string };

type Read = { grid: GridSelect } | { reason: string };

function read(text: string): Read {
  try {
    const tokens = tokenize(text);
    const n = tokens.length;
    if (n === 0) return { reason: 'the query is empty' };
    const r = new Reader(text, tokens, text.length);
    // Unqualified tables mean `default` (the importer qualifies the others), as when the script runs.
    const s = readSelect(r, [0, n], 'default');
    if (s.kind === 'raw') return { reason: s.reason };
    // An empty clause reads as no clause; the grid would make a refused query valid.
    for (const [word, text] of [['WHERE', s.where], ['GROUP', s.groupBy]] as const) {
      if (text.trim() !== '') continue;
      for (r.pos = 0; r.pos < n; r.pos++) if (r.isWord(word)) return { reason: `its ${word === 'WHERE' ? 'WHERE' : 'GROUP BY'} is empty` };
    }
    return { grid: s };
  } catch (e) {
    // Half-typed text: the importer reports where it stops making sense.
    if (e instanceof SqlSyntaxError) return { reason: `it does not read as SQL (${e.message})` };
    throw e;
  }
}

const itemText = (i: { target: string; expr: string }) => `${i.expr} AS ${i.target}`;

/** Where the grid's query would differ from the one read, in words; undefined when it would not. */
function difference(a: GridSelect, b: GridSelect): string | undefined {
  for (let i = 0; i < Math.max(a.items.length, b.items.length); i++) {
    const x = a.items[i];
    const y = b.items[i];
    if (x && y && x.target === y.target && x.expr === y.expr) continue;
    if (!x || !y) return 'it would select a different number of columns';
    return `it would write ${itemText(x)} as ${itemText(y)}`;
  }
  if (a.where.trim() !== b.where.trim()) return 'it would write WHERE differently';
  if (a.groupBy.trim() !== b.groupBy.trim()) return 'it would write GROUP BY differently';
  return undefined;
}

/**
 * The design with the view's raw SELECT turned into mapping rows, WHERE and
 * GROUP BY, or why the grid cannot hold it. Offered only when the query reads
 * the view's connected source and the grid's generated SELECT reads back as the
 * same items, filter and grouping, so the switch keeps the script's meaning.
 */
export function gridFromRawSelect(p: Pipeline, viewId: string): GridSwitch {
  const v = p.entities.find((e) => e.id === viewId);
  if (!v || v.kind !== 'materializedView' || v.rawSelect === undefined) return { reason: 'the view is not kept as SQL' };
  const parsed = read(v.rawSelect);
  if ('reason' in parsed) return parsed;
  const { grid } = parsed;
  const from = qualify(grid.from.database ?? 'default', grid.from.name);
  const source = upstream(p, viewId);
  if (!source) return { reason: `it reads ${from}; connect that table into the view first` };
  if (qualify(source.database, source.name) !== from)
    return { reason: `it reads ${from}, but the view's source in the design is ${qualify(source.database, source.name)}` };
  const candidate = withGrid(p, viewId, {
    mappings: grid.items.map((i) => createMapping(i.target, i.expr)),
    where: grid.where,
    groupBy: grid.groupBy,
  });
  const written = generatedSelect(candidate, viewId);
  if ('reason' in written) return { reason: `the grid could not write it: ${written.reason}` };
  const back = read(written.text);
  const why = 'reason' in back ? back.reason : difference(grid, back.grid);
  return why === undefined ? { pipeline: candidate } : { reason: `the grid would change the query: ${why}` };
}
