// Templates are built with the same operations the canvas uses, so a template
// gets exactly what a user dragging and connecting the same nodes would get
// (synced topic settings, seeded mappings and target columns).
import { addColumn, addEntity, addMapping, connect, updateEntity, type EntityPatch } from '../model/operations';
import { emptyPipeline, type NodeKind, type Pipeline, type PipelineOptions } from '../model/types';

/** Left edge of each stage, so every template reads left to right alike. */
export const STAGE_X = { kafkaTopic: 0, kafkaTable: 300, materializedView: 600, mergeTree: 900 } as const;
export const ROW_Y = 80;

export class DesignBuilder {
  private p: Pipeline = emptyPipeline();

  /** Adds a node in its kind's column; `row` moves it down for designs with several lanes. */
  add(kind: NodeKind, name: string, patch: EntityPatch = {}, row = 0): string {
    const { pipeline, id } = addEntity(this.p, kind, { x: STAGE_X[kind], y: ROW_Y + row * 260 }, name);
    this.p = Object.keys(patch).length > 0 ? updateEntity(pipeline, id, patch) : pipeline;
    return id;
  }

  columns(id: string, columns: readonly (readonly [name: string, type: string])[]): this {
    for (const [name, type] of columns) this.p = addColumn(this.p, id, { name, type });
    return this;
  }

  mapping(viewId: string, target: string, expr: string): this {
    this.p = addMapping(this.p, viewId, target, expr);
    return this;
  }

  update(id: string, patch: EntityPatch): this {
    this.p = updateEntity(this.p, id, patch);
    return this;
  }

  /** A template that asks for a refused connection is a bug: fail loudly in its test. */
  connect(source: string, target: string): this {
    const r = connect(this.p, source, target);
    if (!r.ok) throw new Error(`template connection refused: ${r.reason}`);
    this.p = r.pipeline;
    return this;
  }

  /** Design-wide options (where the SQL will run), e.g. that the databases are Replicated. */
  options(patch: Partial<PipelineOptions>): this {
    this.p = { ...this.p, options: { ...this.p.options, ...patch } };
    return this;
  }

  build(): Pipeline {
    return this.p;
  }
}
