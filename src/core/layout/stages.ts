// Which column of a left-to-right layout each node belongs to. A node sits at
// least at its kind's own stage (topic 0, Kafka table 1, view 2, table 3) and
// one stage right of everything that feeds it, so chains (table → view → table)
// keep moving right by depth.
import type { NodeKind, Pipeline } from '../model/types';

export const KIND_STAGE: Record<NodeKind, number> = { kafkaTopic: 0, kafkaTable: 1, materializedView: 2, mergeTree: 3 };

export function stagesOf(p: Pipeline): Map<string, number> {
  const stage = new Map(p.entities.map((e) => [e.id, KIND_STAGE[e.kind]] as const));
  const links = p.links.filter((l) => stage.has(l.source) && stage.has(l.target) && l.source !== l.target);
  // Longest-path relaxation; a cycle (never produced by the connection rules, but a
  // loaded file could hold one) would grow forever, so stop after |V| rounds.
  for (let round = 0; round < p.entities.length; round++) {
    let moved = false;
    for (const l of links) {
      const need = stage.get(l.source)! + 1;
      if (need > stage.get(l.target)!) {
        stage.set(l.target, need);
        moved = true;
      }
    }
    if (!moved) break;
  }
  return stage;
}
