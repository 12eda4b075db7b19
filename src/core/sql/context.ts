// What every emitter needs to know about the rest of the design. It is a view
// of the design's shape (shape.ts), which is reused across calls while only
// entity contents change, so no emitter scans the link list and building a
// context costs nothing per entity.
import type { Entity, Pipeline } from '../model/types';
import { quoteIdent } from './quote';
import { shapeOf, type Shape } from './shape';

export { cmp, compareEntities } from './order';

/** Lookup by entity id. */
export interface EntityLookup {
  get(id: string): Entity | undefined;
}

export interface SqlContext {
  byId: EntityLookup;
  /** The entity linked into a node (a Kafka table's topic, a view's source table). */
  inputOf: EntityLookup;
  /** The entity a node links out to (a view's TO target). */
  outputOf: EntityLookup;
  /** ` ON CLUSTER name`, or '' for a single server. */
  onCluster: string;
}

/** Entities of one design reached through a shape's index table (`via`: null = the entity itself). */
class ShapeLookup implements EntityLookup {
  constructor(
    private readonly entities: readonly Entity[],
    private readonly indexOf: ReadonlyMap<string, number>,
    private readonly via: Int32Array | null,
  ) {}

  get(id: string): Entity | undefined {
    const i = this.indexOf.get(id);
    if (i === undefined) return undefined;
    const j = this.via === null ? i : this.via[i]!;
    return j < 0 ? undefined : this.entities[j];
  }
}

export function onClusterClause(cluster: string): string {
  const name = cluster.trim();
  return name === '' ? '' : ' ON CLUSTER ' + quoteIdent(name);
}

/** The context of `p`, given its shape (the entities must be `p`'s own). */
export function contextOf(p: Pipeline, shape: Shape): SqlContext {
  const { entities } = p;
  return {
    byId: new ShapeLookup(entities, shape.indexOf, null),
    inputOf: new ShapeLookup(entities, shape.indexOf, shape.input),
    outputOf: new ShapeLookup(entities, shape.indexOf, shape.output),
    onCluster: onClusterClause(p.options.cluster),
  };
}

export function buildContext(p: Pipeline): SqlContext {
  return contextOf(p, shapeOf(p));
}
