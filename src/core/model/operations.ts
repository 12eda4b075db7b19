// Immutable edits of a pipeline. Every UI action goes through one of these,
// so the store, the CLI and the tests share the same behaviour.
import { canConnect } from '../rules/connections';
import { cloneColumns, createColumn, uniqueName } from './columns';
import { newId } from './ids';
import { KINDS } from './kinds';
import { createMapping } from './kinds/materializedView';
import { getEntity, tableColumns, upstream, viewTarget } from './query';
import { inferMappingType } from './viewColumns';
import type { Column, Entity, Link, Mapping, NodeKind, Pipeline, Position } from './types';

export type Result = { ok: true; pipeline: Pipeline } | { ok: false; reason: string; pipeline: Pipeline };

/** Entity fields a panel may edit; id and kind never change. */
export type EntityPatch = Partial<Omit<Entity, 'id' | 'kind'>> & Record<string, unknown>;

export function addEntity(p: Pipeline, kind: NodeKind, position: Position, name?: string): { pipeline: Pipeline; id: string } {
  const info = KINDS[kind];
  const chosen = name ?? uniqueName(info.baseName, p.entities.map((e) => e.name));
  const entity = info.create(chosen, position);
  return { pipeline: { ...p, entities: [...p.entities, entity] }, id: entity.id };
}

function replaceEntity(p: Pipeline, next: Entity): Pipeline {
  return { ...p, entities: p.entities.map((e) => (e.id === next.id ? next : e)) };
}

export function updateEntity(p: Pipeline, id: string, patch: EntityPatch): Pipeline {
  const current = getEntity(p, id);
  if (!current) return p;
  const next = { ...current, ...patch, id: current.id, kind: current.kind } as Entity;
  let out = replaceEntity(p, next);
  if (next.kind === 'kafkaTopic') {
    for (const l of out.links.filter((x) => x.source === id)) out = syncFromTopic(out, l.target);
  }
  return out;
}

export function moveEntity(p: Pipeline, id: string, position: Position): Pipeline {
  const e = getEntity(p, id);
  if (!e || (e.position.x === position.x && e.position.y === position.y)) return p;
  return replaceEntity(p, { ...e, position });
}

export function removeEntities(p: Pipeline, ids: readonly string[]): Pipeline {
  const gone = new Set(ids);
  return {
    ...p,
    entities: p.entities.filter((e) => !gone.has(e.id)),
    links: p.links.filter((l) => !gone.has(l.source) && !gone.has(l.target)),
  };
}

export function removeLinks(p: Pipeline, ids: readonly string[]): Pipeline {
  const gone = new Set(ids);
  return { ...p, links: p.links.filter((l) => !gone.has(l.id)) };
}

/** Connects two nodes if the rules allow it, carrying columns and settings across. */
export function connect(p: Pipeline, sourceId: string, targetId: string): Result & { linkId?: string } {
  const check = canConnect(p, sourceId, targetId);
  if (!check.ok) return { ok: false, reason: check.reason, pipeline: p };
  const link: Link = { id: newId('link'), source: sourceId, target: targetId };
  let out: Pipeline = { ...p, links: [...p.links, link] };
  const source = getEntity(out, sourceId)!;
  const target = getEntity(out, targetId)!;
  if (source.kind === 'kafkaTopic') out = syncFromTopic(out, targetId);
  if (target.kind === 'materializedView') out = seedViewFromSource(out, targetId);
  if (source.kind === 'materializedView' && target.kind === 'mergeTree') out = seedTargetFromView(out, sourceId, targetId);
  return { ok: true, pipeline: out, linkId: link.id };
}

/** A Kafka table linked to a topic takes its brokers, topic, format and group. */
export function syncFromTopic(p: Pipeline, tableId: string): Pipeline {
  const table = getEntity(p, tableId);
  const topic = upstream(p, tableId);
  if (!table || table.kind !== 'kafkaTable' || !topic || topic.kind !== 'kafkaTopic') return p;
  const { brokers, format, consumerGroup } = topic;
  if (table.brokers === brokers && table.topic === topic.topic && table.format === format && table.consumerGroup === consumerGroup)
    return p;
  return replaceEntity(p, { ...table, brokers, topic: topic.topic, format, consumerGroup });
}

/** A view with no mapping yet maps every source column to the same name. */
function seedViewFromSource(p: Pipeline, viewId: string): Pipeline {
  const view = getEntity(p, viewId);
  if (!view || view.kind !== 'materializedView') return p;
  const target = viewTarget(p, viewId);
  const sourceCols = tableColumns(upstream(p, viewId));
  const targetCols = tableColumns(target);
  let mappings: Mapping[] = view.mappings;
  if (targetCols.length > 0) mappings = alignMappings(view.mappings, targetCols);
  else if (view.mappings.length === 0) mappings = sourceCols.filter(isReadable).map((c) => createMapping(c.name));
  return mappings === view.mappings ? p : replaceEntity(p, { ...view, mappings });
}

/** A target without columns takes the view's output; one with columns gets a row per column in the view. */
function seedTargetFromView(p: Pipeline, viewId: string, targetId: string): Pipeline {
  const view = getEntity(p, viewId);
  const target = getEntity(p, targetId);
  if (!view || view.kind !== 'materializedView' || !target || target.kind !== 'mergeTree') return p;
  if (target.columns.length === 0) {
    const columns = view.mappings.map((m) => createColumn(m.target, inferMappingType(p, viewId, m.expr)));
    const orderBy = target.orderBy || (columns[0] ? columns[0].name : '');
    return replaceEntity(p, { ...target, columns, orderBy });
  }
  return replaceEntity(p, { ...view, mappings: alignMappings(view.mappings, target.columns) });
}

/** One mapping row per insertable target column, keeping expressions already written. */
export function alignMappings(mappings: readonly Mapping[], targetCols: readonly Column[]): Mapping[] {
  const byTarget = new Map(mappings.map((m) => [m.target, m]));
  return targetCols
    .filter((c) => c.defaultKind === '' || c.defaultKind === 'DEFAULT' || c.defaultKind === 'EPHEMERAL')
    .map((c) => byTarget.get(c.name) ?? createMapping(c.name));
}

function isReadable(c: Column): boolean {
  return c.defaultKind !== 'EPHEMERAL';
}

// ---- columns (Kafka and MergeTree tables) ----

type ColumnOwner = Extract<Entity, { columns: Column[] }>;

function withColumns(p: Pipeline, id: string, f: (cols: Column[], owner: ColumnOwner) => Column[]): Pipeline {
  const e = getEntity(p, id);
  if (!e || (e.kind !== 'kafkaTable' && e.kind !== 'mergeTree')) return p;
  return replaceEntity(p, { ...e, columns: f(e.columns, e) });
}

export function addColumn(p: Pipeline, id: string, column?: Partial<Column>): Pipeline {
  return withColumns(p, id, (cols) => {
    const name = column?.name ?? uniqueName('column', cols.map((c) => c.name));
    return [...cols, { ...createColumn(name), ...column, name }];
  });
}

export function updateColumn(p: Pipeline, id: string, columnId: string, patch: Partial<Omit<Column, 'id'>>): Pipeline {
  const owner = getEntity(p, id);
  const before = tableColumns(owner).find((c) => c.id === columnId);
  let out = withColumns(p, id, (cols) => cols.map((c) => (c.id === columnId ? { ...c, ...patch } : c)));
  // A rename follows into views that write this column, so the mapping row is kept.
  if (before && patch.name !== undefined && patch.name !== before.name) out = renameMappedTarget(out, id, before.name, patch.name);
  return out;
}

function renameMappedTarget(p: Pipeline, tableId: string, from: string, to: string): Pipeline {
  let out = p;
  for (const l of p.links.filter((x) => x.target === tableId)) {
    const v = getEntity(out, l.source);
    if (v?.kind !== 'materializedView') continue;
    const mappings = v.mappings.map((m) => (m.target === from ? { ...m, target: to } : m));
    out = replaceEntity(out, { ...v, mappings });
  }
  return out;
}

export function removeColumn(p: Pipeline, id: string, columnId: string): Pipeline {
  return withColumns(p, id, (cols) => cols.filter((c) => c.id !== columnId));
}

export function moveColumn(p: Pipeline, id: string, columnId: string, toIndex: number): Pipeline {
  return withColumns(p, id, (cols) => moveItem(cols, columnId, toIndex));
}

export function setColumns(p: Pipeline, id: string, columns: readonly Column[]): Pipeline {
  return withColumns(p, id, () => cloneColumns(columns, true));
}

// ---- view mappings ----

function withMappings(p: Pipeline, viewId: string, f: (m: Mapping[]) => Mapping[]): Pipeline {
  const v = getEntity(p, viewId);
  if (!v || v.kind !== 'materializedView') return p;
  return replaceEntity(p, { ...v, mappings: f(v.mappings) });
}

export function addMapping(p: Pipeline, viewId: string, target?: string, expr?: string): Pipeline {
  return withMappings(p, viewId, (ms) => {
    const name = target ?? uniqueName('column', ms.map((m) => m.target));
    return [...ms, createMapping(name, expr ?? name)];
  });
}

export function updateMapping(p: Pipeline, viewId: string, mappingId: string, patch: Partial<Omit<Mapping, 'id'>>): Pipeline {
  return withMappings(p, viewId, (ms) => ms.map((m) => (m.id === mappingId ? { ...m, ...patch } : m)));
}

export function removeMapping(p: Pipeline, viewId: string, mappingId: string): Pipeline {
  return withMappings(p, viewId, (ms) => ms.filter((m) => m.id !== mappingId));
}

export function moveMapping(p: Pipeline, viewId: string, mappingId: string, toIndex: number): Pipeline {
  return withMappings(p, viewId, (ms) => moveItem(ms, mappingId, toIndex));
}

/** Rebuilds the view's rows from its target's columns (after the target changed). */
export function syncMappingsToTarget(p: Pipeline, viewId: string): Pipeline {
  const target = viewTarget(p, viewId);
  if (!target || target.kind !== 'mergeTree') return p;
  return withMappings(p, viewId, (ms) => alignMappings(ms, target.columns));
}

function moveItem<T extends { id: string }>(items: readonly T[], id: string, toIndex: number): T[] {
  const from = items.findIndex((x) => x.id === id);
  if (from < 0) return [...items];
  const clamped = Math.max(0, Math.min(items.length - 1, toIndex));
  const out = [...items];
  const [item] = out.splice(from, 1);
  out.splice(clamped, 0, item!);
  return out;
}
