import { describe, expect, it } from 'vitest';
import { addColumn, addMapping, removeLinks, removeMapping, updateColumn, updateMapping } from '../../model/operations';
import { baseDesign, columnNamed, entity, found, patch } from './testDesign';

function mappingFor(p: ReturnType<typeof baseDesign>['p'], viewId: string, target: string) {
  const m = entity(p, viewId, 'materializedView').mappings.find((x) => x.target === target);
  if (!m) throw new Error(`no mapping ${target}`);
  return m;
}

describe('materialized view', () => {
  it('a view without a source is an error; connecting one fixes it', () => {
    const d = baseDesign();
    const into = d.p.links.filter((l) => l.target === d.view).map((l) => l.id);
    expect(found(removeLinks(d.p, into), 'view.noSource')).toEqual([expect.objectContaining({ entityId: d.view, severity: 'error' })]);
    expect(found(d.p, 'view.noSource')).toEqual([]);
  });

  it('a view without a TO target is an error that says to connect a MergeTree table', () => {
    const d = baseDesign();
    const out = d.p.links.filter((l) => l.source === d.view).map((l) => l.id);
    const [e] = found(removeLinks(d.p, out), 'view.noTarget');
    expect(e).toMatchObject({ entityId: d.view, severity: 'error' });
    expect(e!.message).toMatch(/MergeTree/);
    expect(found(d.p, 'view.noTarget')).toEqual([]);
  });

  it('a view without mappings is an error', () => {
    const d = baseDesign();
    expect(found(patch(d.p, d.view, { mappings: [] }), 'view.noMappings')).toHaveLength(1);
  });

  it('an empty expression is an error on the expression field', () => {
    const d = baseDesign();
    const m = mappingFor(d.p, d.view, 'name');
    const broken = updateMapping(d.p, d.view, m.id, { expr: '  ' });
    expect(found(broken, 'view.mapping.emptyExpr')).toEqual([expect.objectContaining({ field: `mapping.${m.id}.expr` })]);
  });

  it('a target name that is not a column of the target table is an error on the target field', () => {
    const d = baseDesign();
    const broken = addMapping(d.p, d.view, 'extra', 'id');
    const [e] = found(broken, 'view.column.unknownTarget');
    const m = mappingFor(broken, d.view, 'extra');
    expect(e).toMatchObject({ field: `mapping.${m.id}.target`, severity: 'error' });
    expect(found(addColumn(broken, d.table, { name: 'extra', type: 'UInt64' }), 'view.column.unknownTarget')).toEqual([]);
  });

  it('writing a MATERIALIZED or ALIAS target column is an error', () => {
    const d = baseDesign();
    const col = columnNamed(d.p, d.table, 'name');
    for (const kind of ['MATERIALIZED', 'ALIAS'] as const) {
      const broken = updateColumn(d.p, d.table, col.id, { defaultKind: kind, defaultExpr: "'x'" });
      expect(found(broken, 'view.column.notInsertable'), kind).toHaveLength(1);
    }
    const fine = updateColumn(d.p, d.table, col.id, { defaultKind: 'DEFAULT', defaultExpr: "'x'" });
    expect(found(fine, 'view.column.notInsertable')).toEqual([]);
  });

  it('two rows writing the same target column are an error', () => {
    const d = baseDesign();
    const broken = addMapping(d.p, d.view, 'id', 'id + 1');
    expect(found(broken, 'view.column.duplicateTarget')).toHaveLength(1);
  });

  it('a bare reference to a column the source lacks is an error on the expression', () => {
    const d = baseDesign();
    const m = mappingFor(d.p, d.view, 'name');
    const broken = updateMapping(d.p, d.view, m.id, { expr: 'nmae' });
    expect(found(broken, 'view.expr.unknownColumn')).toEqual([expect.objectContaining({ field: `mapping.${m.id}.expr` })]);
    // Expressions, literals, quoted names and virtual columns are fine.
    for (const ok of ['name', '`name`', 'upper(name)', "'const'", 'NULL', '_topic', '_headers.name', '_key'])
      expect(found(updateMapping(d.p, d.view, m.id, { expr: ok }), 'view.expr.unknownColumn'), ok).toEqual([]);
  });

  it('_error and _raw_message are only readable in stream error mode', () => {
    const d = baseDesign();
    const m = mappingFor(d.p, d.view, 'name');
    const broken = updateMapping(d.p, d.view, m.id, { expr: '_error' });
    const [e] = found(broken, 'view.expr.unknownColumn');
    expect(e!.message).toMatch(/stream/);
    expect(found(patch(broken, d.kafka, { settings: { kafka_handle_error_mode: 'stream' } }), 'view.expr.unknownColumn')).toEqual([]);
  });

  it('target columns the view does not write are a warning listing them', () => {
    const d = baseDesign();
    const m = mappingFor(d.p, d.view, 'ts');
    const broken = removeMapping(d.p, d.view, m.id);
    const [w] = found(broken, 'view.target.unfed');
    expect(w).toMatchObject({ severity: 'warning', entityId: d.view });
    expect(w!.message).toContain('`ts`');
    // MATERIALIZED columns are computed by the table, not expected from the view.
    const col = columnNamed(d.p, d.table, 'ts');
    const computed = updateColumn(broken, d.table, col.id, { defaultKind: 'MATERIALIZED', defaultExpr: 'now()' });
    expect(found(computed, 'view.target.unfed')).toEqual([]);
  });
});
