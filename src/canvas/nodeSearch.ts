// Finding nodes by name for the search box: names that start with the query first,
// then names that contain it, then database-qualified matches; each group in design order.
import { KINDS } from '../core/model/kinds';
import type { Entity, Pipeline } from '../core/model/types';

export interface NodeHit {
  id: string;
  name: string;
  /** `database · kind`, to tell apart nodes with the same name. */
  detail: string;
}

export function searchNodes(p: Pipeline, query: string, limit = 12): NodeHit[] {
  const q = query.trim().toLowerCase();
  if (q === '') return [];
  const ranked: { e: Entity; rank: number; i: number }[] = [];
  p.entities.forEach((e, i) => {
    const name = e.name.toLowerCase();
    const rank = name.startsWith(q) ? 0 : name.includes(q) ? 1 : `${e.database}.${e.name}`.toLowerCase().includes(q) ? 2 : -1;
    if (rank >= 0) ranked.push({ e, rank, i });
  });
  ranked.sort((a, b) => a.rank - b.rank || a.i - b.i);
  return ranked.slice(0, limit).map(({ e }) => ({
    id: e.id,
    name: e.name || '(no name)',
    detail: e.kind === 'kafkaTopic' ? KINDS[e.kind].label : `${e.database} · ${KINDS[e.kind].label}`,
  }));
}
