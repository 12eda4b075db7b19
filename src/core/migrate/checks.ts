// What chflow refuses or warns about before a migration runs, beyond what
// ClickHouse itself checks. Codes are stable:
//   MG01 error    the new design has errors (its SQL would not run)
//   MG02 error    a view writes columns its target does not have (MODIFY QUERY accepts them and ClickHouse drops them silently)
//   MG03 warning  a Kafka table created again with another consumer group starts at kafka_auto_offset_reset
//   MG04 warning  the cluster changed between the versions
//   MG05 error    a Replicated table rebuilt with the same explicit Keeper path would join the old table's replicas
//   MG06 warning  an object of the new design is not created (incomplete), so the migration leaves it out
import type { Entity, KafkaTable, MaterializedView, MergeTreeTable, Pipeline } from '../model/types';
import { validate } from '../rules/validate';
import type { SqlContext } from '../sql/context';
import { generateSql } from '../sql/generate';
import { qualify } from '../sql/quote';
import { usableMappings } from '../sql/skip';
import type { MigrationProblem, MigrationStep } from './types';

export interface CheckInput {
  ctxA: SqlContext;
  ctxB: SqlContext;
  prior(e: Entity): Entity | undefined;
  kafkaStatus: ReadonlyMap<string, string>;
  viewStatus: ReadonlyMap<string, string>;
}

const name = (e: Entity) => qualify(e.database, e.name);

export function migrationChecks(before: Pipeline, after: Pipeline, steps: readonly MigrationStep[], x: CheckInput): MigrationProblem[] {
  const out: MigrationProblem[] = [];
  const errors = validate(after).filter((d) => d.severity === 'error');
  if (errors.length > 0) {
    const first = errors.slice(0, 3).map((d) => d.message).join('; ');
    out.push({ code: 'MG01', severity: 'error', entityId: errors[0]!.entityId, message: `The new design has ${errors.length} error${errors.length === 1 ? '' : 's'} (${first}); fix them before migrating.` });
  }
  for (const [id, status] of x.viewStatus) {
    if (status === 'same') continue;
    const v = after.entities.find((e) => e.id === id) as MaterializedView;
    const target = x.ctxB.outputOf.get(id) as MergeTreeTable | undefined;
    if (!target) continue;
    const columns = new Set(target.columns.map((c) => c.name));
    const missing = usableMappings(v).map((m) => m.target).filter((t) => !columns.has(t));
    if (missing.length > 0) {
      const how = status === 'modify' ? 'MODIFY QUERY accepts them and ClickHouse then drops their values silently' : 'their values would be lost';
      out.push({ code: 'MG02', severity: 'error', entityId: id, message: `View ${name(v)} writes ${missing.join(', ')}, which ${name(target)} does not have: ${how}. Add the columns to the target or remove them from the view.` });
    }
  }
  for (const [id, status] of x.kafkaStatus) {
    if (status !== 'recreate') continue;
    const k = after.entities.find((e) => e.id === id) as KafkaTable;
    const o = x.prior(k) as KafkaTable;
    if (o.consumerGroup.trim() !== k.consumerGroup.trim() || (o.namedCollection ?? '') !== (k.namedCollection ?? '')) {
      out.push({ code: 'MG03', severity: 'warning', entityId: id, message: `${name(k)} changes its consumer group (${o.consumerGroup} → ${k.consumerGroup}): the new group has no committed offsets and starts at kafka_auto_offset_reset (earliest re-reads the topic, latest skips what arrived during the migration).` });
    }
  }
  if (before.options.cluster.trim() !== after.options.cluster.trim()) {
    out.push({ code: 'MG04', severity: 'warning', entityId: '', message: `The cluster changed (${before.options.cluster || 'none'} → ${after.options.cluster || 'none'}); the migration runs ON CLUSTER the new one, and objects created on the old one are not moved.` });
  }
  for (const s of steps) {
    if (s.phase !== 'swapTarget' || !s.sql.startsWith('CREATE TABLE')) continue;
    const t = after.entities.find((e) => e.id === s.entityId) as MergeTreeTable;
    const o = x.prior(t) as MergeTreeTable;
    const path = t.engine.zooPath.trim();
    if (t.engine.replicated && path !== '' && !path.includes('{uuid}') && o.engine.replicated && o.engine.zooPath.trim() === path) {
      out.push({ code: 'MG05', severity: 'error', entityId: t.id, message: `${name(t)} is rebuilt, but its Keeper path ${path} is the old table's: the new table would become its replica. Give the new version another path (or one with {uuid}).` });
    }
  }
  for (const st of generateSql(after).statements) {
    if (st.runnable === false) {
      const e = after.entities.find((x2) => x2.id === st.entityId);
      if (e) out.push({ code: 'MG06', severity: 'warning', entityId: e.id, message: `${name(e)} is left out: ${st.text.replace(/^-- .*? is not emitted: /, '')}` });
    }
  }
  return out;
}
