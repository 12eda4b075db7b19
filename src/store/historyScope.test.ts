import { describe, expect, it } from 'vitest';
import { addColumn, addEntity, connect, moveEntity, updateColumn, updateEntity } from '../core/model/operations';
import { emptyPipeline } from '../core/model/types';
import { typingScope } from './historyScope';

function design() {
  const t = addEntity(emptyPipeline(), 'kafkaTopic', { x: 0, y: 0 });
  const k = addEntity(t.pipeline, 'kafkaTable', { x: 300, y: 0 });
  const m = addEntity(k.pipeline, 'mergeTree', { x: 600, y: 0 });
  return { p: m.pipeline, topic: t.id, table: k.id, tree: m.id };
}

describe('typingScope', () => {
  it('gives the same key to successive keystrokes in one field', () => {
    const { p, table } = design();
    const a = updateEntity(p, table, { name: 'o' });
    const b = updateEntity(a, table, { name: 'or' });
    expect(typingScope(p, a)).not.toBeNull();
    expect(typingScope(p, a)).toBe(typingScope(a, b));
  });

  it('gives different keys to different fields and different entities', () => {
    const { p, table, tree } = design();
    const name = typingScope(p, updateEntity(p, table, { name: 'x' }));
    const comment = typingScope(p, updateEntity(p, table, { comment: 'x' }));
    const other = typingScope(p, updateEntity(p, tree, { name: 'x' }));
    expect(new Set([name, comment, other]).size).toBe(3);
  });

  it('names column cells by column id and field', () => {
    const { p, tree } = design();
    const withCols = addColumn(addColumn(p, tree), tree);
    const [c1, c2] = (withCols.entities.find((e) => e.id === tree) as { columns: { id: string }[] }).columns.slice(-2);
    const k1 = typingScope(withCols, updateColumn(withCols, tree, c1!.id, { name: 'a' }));
    const k2 = typingScope(withCols, updateColumn(withCols, tree, c2!.id, { name: 'a' }));
    const k3 = typingScope(withCols, updateColumn(withCols, tree, c1!.id, { type: 'String' }));
    expect(k1).toContain(c1!.id);
    expect(new Set([k1, k2, k3]).size).toBe(3);
  });

  it('is null for anything that is not typing: moves, adds, links, list length, booleans', () => {
    const { p, topic, table, tree } = design();
    expect(typingScope(p, moveEntity(p, table, { x: 1, y: 2 }))).toBeNull();
    expect(typingScope(p, addEntity(p, 'kafkaTopic', { x: 0, y: 0 }).pipeline)).toBeNull();
    const linked = connect(p, topic, table);
    expect(linked.ok).toBe(true);
    expect(typingScope(p, linked.pipeline)).toBeNull();
    expect(typingScope(p, addColumn(p, tree))).toBeNull();
    expect(typingScope(p, { ...p, options: { ...p.options, createDatabases: !p.options.createDatabases } })).toBeNull();
    expect(typingScope(p, p)).toBeNull();
  });

  it('covers a topic edit that also updates the linked Kafka table, with a stable key', () => {
    const { p, topic, table } = design();
    const linked = connect(p, topic, table).pipeline;
    const a = updateEntity(linked, topic, { topic: 'e' });
    const b = updateEntity(a, topic, { topic: 'ev' });
    const key = typingScope(a, b);
    expect(key).toContain(topic);
    expect(key).toContain(table);
    expect(typingScope(b, updateEntity(b, topic, { topic: 'eve' }))).toBe(key);
  });
});
