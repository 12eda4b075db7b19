// The clipboard's content: a design document holding only the copied nodes and
// the links between them. Being a plain design file, it pastes into another
// chflow tab and opens with Open… too; coming back, it is read through the same
// strict reader as a file, because text on the clipboard may come from anywhere.
import { uniqueName } from '../model/columns';
import { newId } from '../model/ids';
import type { Entity, Link, Pipeline, Position } from '../model/types';
import { parseDesign, serializeDesign } from '../persistence/designFile';
import { canConnect } from '../rules/connections';

/** Where a paste without a chosen point lands, relative to the copied nodes. */
export const PASTE_OFFSET: Position = { x: 40, y: 40 };

export type FragmentRead = { ok: true; fragment: Pipeline; warnings: string[] } | { ok: false; error: string };

export interface PasteResult {
  pipeline: Pipeline;
  /** Ids of the pasted entities, in fragment order. */
  ids: string[];
  /** Links of the fragment that the connection rules refused here, in words. */
  refused: string[];
}

/** The copied nodes (in design order) with every link that joins two of them. */
export function extractFragment(p: Pipeline, ids: Iterable<string>): Pipeline {
  const chosen = new Set(ids);
  return {
    entities: p.entities.filter((e) => chosen.has(e.id)),
    links: p.links.filter((l) => chosen.has(l.source) && chosen.has(l.target)),
    options: { ...p.options },
  };
}

export const fragmentText = (p: Pipeline, ids: Iterable<string>): string => serializeDesign(extractFragment(p, ids));

/** Reads clipboard text as a fragment; anything that is not a chflow design says so. */
export function readFragment(text: string): FragmentRead {
  if (text.trim() === '') return { ok: false, error: 'The clipboard is empty.' };
  const parsed = parseDesign(text);
  if (!parsed.ok) return { ok: false, error: `The clipboard does not hold chflow nodes: ${parsed.error}` };
  if (parsed.pipeline.entities.length === 0) return { ok: false, error: 'The copied design has no nodes to paste.' };
  return { ok: true, fragment: parsed.pipeline, warnings: parsed.warnings };
}

const ID_PREFIX: Record<Entity['kind'], string> = { kafkaTopic: 'topic', kafkaTable: 'kafka', materializedView: 'mv', mergeTree: 'mt' };

/** A copy of `e` with fresh ids for it and everything inside it that has one. */
function withFreshIds(e: Entity): Entity {
  const id = newId(ID_PREFIX[e.kind]);
  switch (e.kind) {
    case 'kafkaTopic':
      return { ...e, id };
    case 'kafkaTable':
      return { ...e, id, columns: e.columns.map((c) => ({ ...c, id: newId('col') })), settings: { ...e.settings } };
    case 'materializedView':
      return { ...e, id, mappings: e.mappings.map((m) => ({ ...m, id: newId('map') })) };
    case 'mergeTree':
      return {
        ...e,
        id,
        columns: e.columns.map((c) => ({ ...c, id: newId('col') })),
        engine: { ...e.engine, params: { ...e.engine.params } },
        settings: e.settings.map((s) => ({ ...s })),
        ...(e.indexes ? { indexes: e.indexes.map((x) => ({ ...x, id: newId('idx') })) } : {}),
      };
  }
}

/**
 * The name a copy gets: its own when free, else the next free one counting on
 * from a short numeric suffix (a copy of `events_2` is `events_3`, not
 * `events_2_2`); a long number such as a year is part of the name.
 */
export function copyName(name: string, taken: ReadonlySet<string>): string {
  if (!taken.has(name)) return name;
  const stem = /^(.+)_\d{1,3}$/.exec(name)?.[1] ?? name;
  return uniqueName(stem, taken);
}

/** Top-left corner of the entities' positions. */
export function fragmentOrigin(entities: readonly Entity[]): Position {
  return {
    x: Math.min(...entities.map((e) => e.position.x)),
    y: Math.min(...entities.map((e) => e.position.y)),
  };
}

/**
 * Adds a fragment's nodes to `p` with fresh ids and names that no node of `p`
 * (nor an earlier pasted one) has, keeping the links between them. `at` puts
 * the fragment's top-left corner there; without it the copy sits PASTE_OFFSET
 * from where the fragment was.
 */
export function pasteFragment(p: Pipeline, fragment: Pipeline, at?: Position): PasteResult {
  if (fragment.entities.length === 0) return { pipeline: p, ids: [], refused: [] };
  const origin = fragmentOrigin(fragment.entities);
  const shift = at ? { x: at.x - origin.x, y: at.y - origin.y } : PASTE_OFFSET;
  const taken = new Set(p.entities.map((e) => e.name));
  const newIds = new Map<string, string>();
  const added: Entity[] = [];
  for (const e of fragment.entities) {
    const name = e.name === '' ? '' : copyName(e.name, taken);
    taken.add(name);
    const copy = { ...withFreshIds(e), name, position: { x: e.position.x + shift.x, y: e.position.y + shift.y } } as Entity;
    newIds.set(e.id, copy.id);
    added.push(copy);
  }
  let out: Pipeline = { ...p, entities: [...p.entities, ...added] };
  const refused: string[] = [];
  const nameOf = (id: string) => fragment.entities.find((e) => e.id === id)?.name || '(no name)';
  for (const l of fragment.links) {
    const source = newIds.get(l.source);
    const target = newIds.get(l.target);
    if (!source || !target) continue; // the reader already dropped links to missing nodes
    const check = canConnect(out, source, target);
    if (!check.ok) {
      refused.push(`${nameOf(l.source)} → ${nameOf(l.target)}: ${check.reason}`);
      continue;
    }
    const link: Link = { id: newId('link'), source, target };
    out = { ...out, links: [...out.links, link] };
  }
  return { pipeline: out, ids: added.map((e) => e.id), refused };
}

/** Copies of the given nodes next to them, linked as the originals are among themselves. */
export function duplicateEntities(p: Pipeline, ids: Iterable<string>): PasteResult {
  return pasteFragment(p, extractFragment(p, ids));
}

/** Moves the given nodes by (dx, dy) in one edit; unknown ids are ignored. */
export function nudgeEntities(p: Pipeline, ids: Iterable<string>, dx: number, dy: number): Pipeline {
  const moving = new Set(ids);
  if ((dx === 0 && dy === 0) || !p.entities.some((e) => moving.has(e.id))) return p;
  return {
    ...p,
    entities: p.entities.map((e) => (moving.has(e.id) ? { ...e, position: { x: e.position.x + dx, y: e.position.y + dy } } : e)),
  };
}
