// Putting an import into a design: replace it, or merge. Merging keeps what is
// there; an imported object with the name of an existing one of the same sort
// (table or view) takes its place and position, and links to it are kept; the
// new objects go below the existing ones.
import type { Entity, Link, Pipeline } from '../../model/types';

export type ImportMode = 'replace' | 'merge';

const sort = (e: Entity) => (e.kind === 'materializedView' ? 'view' : e.kind === 'kafkaTopic' ? 'topic' : 'table');
const key = (e: Entity) => `${sort(e)}\u0000${e.database}\u0000${e.name}`;

export function mergeImport(current: Pipeline, imported: Pipeline): Pipeline {
  const existing = new Map(current.entities.map((e) => [key(e), e]));
  const idOf = new Map<string, string>();
  const replaced = new Map<string, Entity>();
  const added: Entity[] = [];
  const bottom = current.entities.reduce((y, e) => Math.max(y, e.position.y + 200), 0);
  for (const e of imported.entities) {
    const old = existing.get(key(e));
    if (old) {
      idOf.set(e.id, old.id);
      replaced.set(old.id, { ...e, id: old.id, position: old.position });
    } else added.push({ ...e, position: { x: e.position.x, y: e.position.y + bottom } });
  }
  const mapId = (id: string) => idOf.get(id) ?? id;
  // A replaced view's old source and target give way to the imported ones.
  const rewired = new Set([...replaced.values()].filter((e) => e.kind === 'materializedView').map((e) => e.id));
  const links: Link[] = current.links.filter((l) => !rewired.has(l.source) && !rewired.has(l.target));
  const pairs = new Set(links.map((l) => `${l.source}\u0000${l.target}`));
  for (const l of imported.links) {
    const link = { ...l, source: mapId(l.source), target: mapId(l.target) };
    const pair = `${link.source}\u0000${link.target}`;
    if (pairs.has(pair)) continue;
    pairs.add(pair);
    links.push(link);
  }
  const entities = [...current.entities.map((e) => replaced.get(e.id) ?? e), ...added];
  const o = imported.options;
  const options = {
    ...current.options,
    cluster: current.options.cluster || o.cluster,
    createDatabases: current.options.createDatabases || o.createDatabases,
    ...(o.replicatedDatabases || current.options.replicatedDatabases ? { replicatedDatabases: true } : {}),
  };
  return { entities, links, options };
}

/** The design after the import: the imported one alone, or merged into `current`. */
export function applyImport(current: Pipeline, imported: Pipeline, mode: ImportMode): Pipeline {
  return mode === 'replace' ? imported : mergeImport(current, imported);
}
