// Turns untrusted JSON into a Pipeline of the current version. Every field the
// file leaves out takes the value a freshly created node would have (the kind
// factories), so older or hand-written files still load; a field that is
// present but ill-typed stops the load with its exact path. Links whose ends
// are missing are dropped with a warning: the rest of the design is still good.
import { KINDS } from '../model/kinds';
import { DEFAULT_OPTIONS, NODE_KINDS, type Entity, type Link, type NodeKind, type Pipeline, type PipelineOptions } from '../model/types';
import { newId } from '../model/ids';
import { CODECS } from './kinds';
import { assertUniqueIds, readPosition } from './parts';
import { asObj, at, bool, child, eachOf, list, ShapeError, str, type Obj } from './readers';

export interface Restored {
  pipeline: Pipeline;
  warnings: string[];
}

/** Where a node without a stored position goes: a row, left to right, in file order. */
const fallbackPosition = (index: number) => ({ x: index * 280, y: 0 });

function readKind(o: Obj, path: string): NodeKind {
  const kind = str(o, 'kind', path);
  if ((NODE_KINDS as readonly string[]).includes(kind)) return kind as NodeKind;
  throw new ShapeError(`${at(path, 'kind')} "${kind}" is not a known node kind (known: ${NODE_KINDS.join(', ')})`);
}

export function readEntity(o: Obj, path: string, index: number): Entity {
  const kind = readKind(o, path);
  const id = str(o, 'id', path);
  const name = str(o, 'name', path);
  const fresh = KINDS[kind].create(name, readPosition(o, path, fallbackPosition(index)));
  const base = { ...fresh, id, database: str(o, 'database', path, fresh.database), comment: str(o, 'comment', path, fresh.comment) };
  // The codec table is keyed by kind, so base and codec always agree.
  return (CODECS[kind].read as (o: Obj, path: string, base: Entity) => Entity)(o, path, base);
}

function readLink(o: Obj, path: string): Link {
  return { id: str(o, 'id', path, newId('link')), source: str(o, 'source', path), target: str(o, 'target', path) };
}

function readOptions(o: Obj, path: string): PipelineOptions {
  const opts = child(o, 'options', path);
  if (!opts) return { ...DEFAULT_OPTIONS };
  const here = at(path, 'options');
  return {
    cluster: str(opts, 'cluster', here, DEFAULT_OPTIONS.cluster),
    createDatabases: bool(opts, 'createDatabases', here, DEFAULT_OPTIONS.createDatabases),
    ...optionalFlag(opts, 'replicatedDatabases', here),
    ...optionalFlag(opts, 'serverDefaultReplicaPath', here),
  };
}

// Flags that are off unless set: written only when true, so older files read the same.
function optionalFlag(opts: Obj, key: 'replicatedDatabases' | 'serverDefaultReplicaPath', here: string): Partial<PipelineOptions> {
  return bool(opts, key, here, false) ? { [key]: true } : {};
}

/** Keeps links whose ends exist, once per source/target pair; says why any other was dropped. */
function usableLinks(links: readonly Link[], entities: readonly Entity[], path: string, warnings: string[]): Link[] {
  const ids = new Set(entities.map((e) => e.id));
  const pairs = new Map<string, number>();
  const kept: Link[] = [];
  links.forEach((l, i) => {
    const here = at(path, i);
    const missing = [l.source, l.target].filter((id) => !ids.has(id));
    if (missing.length > 0) {
      const names = missing.map((id) => `"${id}"`).join(' and ');
      warnings.push(`${here} points at ${names}, which ${missing.length > 1 ? 'are' : 'is'} not in the design; the link was dropped`);
      return;
    }
    const pair = `${l.source}\u0000${l.target}`;
    const first = pairs.get(pair);
    if (first !== undefined) {
      warnings.push(`${here} repeats ${at(path, first)} (same source and target); the copy was dropped`);
      return;
    }
    pairs.set(pair, i);
    kept.push(l);
  });
  return kept;
}

/** Reads a current-version pipeline object; throws ShapeError on the first ill-formed field. */
export function restorePipeline(raw: unknown, path = 'pipeline'): Restored {
  const o = asObj(raw, path);
  const entitiesPath = at(path, 'entities');
  const entities = eachOf(list(o, 'entities', path, true), entitiesPath, readEntity);
  assertUniqueIds(entities, entitiesPath);
  const linksPath = at(path, 'links');
  const links = eachOf(list(o, 'links', path), linksPath, readLink);
  assertUniqueIds(links, linksPath);
  const warnings: string[] = [];
  const kept = usableLinks(links, entities, linksPath, warnings);
  return { pipeline: { entities, links: kept, options: readOptions(o, path) }, warnings };
}
