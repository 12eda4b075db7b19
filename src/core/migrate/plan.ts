// planMigration: the steps that take a server running design `before` to design
// `after` without losing a message, in ClickHouse's documented order for a
// consuming pipeline: stop the consumers, change the targets, change the views,
// start the consumers. A Kafka table stores nothing and its consumer group keeps
// the committed offsets, so it can be dropped and created again; views keep
// their link to it by name across that.
import type { Entity, KafkaTable, MaterializedView, MergeTreeTable, Pipeline } from '../model/types';
import { kafkaVirtualColumns } from '../clickhouse/virtualColumns';
import { columnList } from '../sql/columns';
import { buildContext, type SqlContext } from '../sql/context';
import { emitKafkaTable } from '../sql/emit/kafkaTable';
import { emitMaterializedView } from '../sql/emit/materializedView';
import { generateSql } from '../sql/generate';
import { qualify, quoteIdent } from '../sql/quote';
import { downstream, flowOf } from './graph';
import { matchEntities } from './match';
import { mergeTreeChange } from './mergeTreeAlter';
import { migrationChecks } from './checks';
import { rebuildSteps } from './rebuild';
import type { MigrationPlan, MigrationStep, StepPhase } from './types';

type Status = 'same' | 'new' | 'recreate' | 'modify';

const PHASES: StepPhase[] = ['database', 'pause', 'dropView', 'standIn', 'alterTarget', 'createTarget', 'swapTarget', 'dropTarget', 'view', 'resume'];

const name = (e: Entity) => qualify(e.database, e.name);
const noCluster = (ctx: SqlContext): SqlContext => ({ ...ctx, onCluster: '' });

/** The SELECT of a view statement (after `AS `), for MODIFY QUERY. */
function selectOf(viewSql: string): string {
  const at = viewSql.indexOf('\nAS SELECT\n');
  return viewSql.slice(at + 4, viewSql.length - 1);
}

export function planMigration(before: Pipeline, after: Pipeline): MigrationPlan {
  const ctxA = buildContext(before);
  const ctxB = buildContext(after);
  const scriptA = generateSql(before);
  const scriptB = generateSql(after);
  const liveA = new Set(scriptA.statements.filter((s) => s.runnable && s.entityId).map((s) => s.entityId));
  const liveB = new Map(scriptB.statements.filter((s) => s.runnable && s.entityId).map((s) => [s.entityId, s.text]));
  const { oldOf, newOf } = matchEntities(before, after);
  const prior = (e: Entity) => {
    const o = oldOf.get(e.id);
    return o && liveA.has(o.id) ? o : undefined;
  };
  const onCluster = ctxB.onCluster;
  const steps: MigrationStep[] = [];
  const add = (phase: StepPhase, entityId: string, sql: string, comment: string, destructive = false) =>
    steps.push({ phase, entityId, sql, comment, destructive });
  const liveAfter = after.entities.filter((e) => liveB.has(e.id));
  const gone = before.entities.filter((o) => liveA.has(o.id) && !(newOf.get(o.id) && liveB.has(newOf.get(o.id)!.id)));

  // Databases the new objects need.
  const oldDatabases = new Set(scriptA.statements.filter((s) => s.kind === 'database').map((s) => s.database));
  for (const s of scriptB.statements) {
    if (s.kind === 'database' && !oldDatabases.has(s.database)) add('database', '', s.text, `Database ${s.database} is new.`);
  }

  // Targets: renamed, altered in place, created, rebuilt.
  const touched = new Set<string>();
  const relinked = new Set<string>(); // renamed or rebuilt: views reading or writing them are created again
  for (const t of liveAfter) {
    if (t.kind !== 'mergeTree') continue;
    const o = prior(t) as MergeTreeTable | undefined;
    if (!o) {
      add('createTarget', t.id, liveB.get(t.id)!, `New table ${name(t)}.`);
      touched.add(t.id);
      continue;
    }
    const change = mergeTreeChange(o, t, onCluster);
    if ('rebuild' in change) {
      for (const r of rebuildSteps(o, t, change.rebuild, ctxB)) add('swapTarget', t.id, r.sql, r.comment, true);
      touched.add(t.id);
      relinked.add(t.id);
      continue;
    }
    if (name(o) !== name(t)) {
      add('alterTarget', t.id, `RENAME TABLE ${name(o)} TO ${name(t)}${onCluster};`, `Table ${name(o)} is renamed to ${name(t)}; its data moves with it.`);
      relinked.add(t.id);
    }
    for (const a of change.alters) add('alterTarget', t.id, a.sql, a.comment, a.destructive);
    if (name(o) !== name(t) || change.alters.length > 0) touched.add(t.id);
  }
  for (const o of gone) {
    if (o.kind === 'mergeTree') add('dropTarget', o.id, `DROP TABLE ${name(o)}${onCluster} SYNC;`, `Table ${name(o)} is gone from the design: it is dropped with its data.`, true);
  }

  // Kafka tables: created again when their DDL changed (columns, settings, name).
  const kafkaStatus = new Map<string, Status>();
  for (const k of liveAfter) {
    if (k.kind !== 'kafkaTable') continue;
    const o = prior(k) as KafkaTable | undefined;
    kafkaStatus.set(k.id, !o ? 'new' : emitKafkaTable(o, noCluster(ctxA)) === emitKafkaTable(k, noCluster(ctxB)) ? 'same' : 'recreate');
  }

  // Views: MODIFY QUERY when only the SELECT changed, created again when an end changed.
  const viewStatus = new Map<string, Status>();
  const sameEnd = (a: Entity | undefined, b: Entity | undefined) =>
    !!a && !!b && newOf.get(a.id)?.id === b.id && name(a) === name(b) && !relinked.has(b.id);
  for (const v of liveAfter) {
    if (v.kind !== 'materializedView') continue;
    const o = prior(v) as MaterializedView | undefined;
    let status: Status = 'new';
    if (o) {
      const src = ctxB.inputOf.get(v.id);
      const ends = sameEnd(ctxA.inputOf.get(o.id), src) && sameEnd(ctxA.outputOf.get(o.id), ctxB.outputOf.get(v.id));
      // A view keeps the column types it read when created (SHOW CREATE lists them): new source types need a new view.
      if (!ends || name(o) !== name(v) || o.comment !== v.comment || typesChanged(ctxA.inputOf.get(o.id), src)) status = 'recreate';
      else status = emitMaterializedView(o, noCluster(ctxA)) === emitMaterializedView(v, noCluster(ctxB)) ? 'same' : 'modify';
    }
    viewStatus.set(v.id, status);
  }
  for (const o of gone) if (o.kind === 'materializedView') add('dropView', o.id, `DROP VIEW ${name(o)}${onCluster} SYNC;`, `View ${name(o)} is gone from the design.`);
  for (const v of liveAfter) {
    const o = prior(v);
    if (o && viewStatus.get(v.id) === 'recreate') add('dropView', v.id, `DROP VIEW ${name(o)}${onCluster} SYNC;`, `View ${name(o)} is created again below (its source, target, name or comment changed).`);
  }

  // Pause the consumers upstream of anything that changes.
  const flowA = flowOf(before, ctxA);
  const flowB = flowOf(after, ctxB);
  const changedIds = new Set([...touched, ...[...viewStatus].filter(([, s]) => s !== 'same').map(([id]) => id)]);
  const goneIds = new Set(gone.map((o) => o.id));
  for (const o of gone) if (o.kind === 'kafkaTable') add('pause', o.id, `DROP TABLE ${name(o)}${onCluster} SYNC;`, `Kafka table ${name(o)} is gone from the design; it stores nothing.`);
  const resume: [string, string, string][] = [];
  for (const k of liveAfter) {
    if (k.kind !== 'kafkaTable') continue;
    const o = prior(k);
    const status = kafkaStatus.get(k.id)!;
    const directViewChanges =
      (flowB.viewsOf.get(k.id) ?? []).some((v) => viewStatus.get(v.id) !== 'same') ||
      (o ? (flowA.viewsOf.get(o.id) ?? []).some((v) => goneIds.has(v.id)) : false);
    const affected =
      status !== 'same' ||
      [...downstream(flowB, k.id)].some((id) => changedIds.has(id)) ||
      (o ? [...downstream(flowA, o.id)].some((id) => goneIds.has(id)) : false);
    if (!affected) continue;
    if (status === 'same' && !directViewChanges) {
      add('pause', k.id, `DETACH TABLE ${name(k)}${onCluster};`, `Stop consuming ${name(k)} while what it feeds changes; the offsets stay committed in its consumer group.`);
      resume.push([k.id, `ATTACH TABLE ${name(k)}${onCluster};`, `Consume ${name(k)} again, from the committed offsets.`]);
      continue;
    }
    const feedsViews = (flowB.viewsOf.get(k.id) ?? []).length > 0;
    if (o) {
      const why = status === 'recreate' ? 'its columns or settings changed, and a Kafka table cannot be ALTERed' : 'its views change, which needs the table to stay still';
      add('pause', k.id, `DROP TABLE ${name(o)}${onCluster} SYNC;`, `Stop consuming ${name(o)} (${why}). It stores nothing; its consumer group keeps the committed offsets, so the table created below continues from them.`);
    }
    if (feedsViews) {
      add('standIn', k.id, standIn(k as KafkaTable, onCluster), `A Null table stands in for ${name(k)} so its views can be created or changed while nothing is consumed.`);
      resume.push([k.id, `DROP TABLE ${name(k)}${onCluster} SYNC;`, `Remove the stand-in for ${name(k)}; its views stay linked by name.`]);
    }
    const created = o
      ? ' again, with the same consumer group: it continues from the committed offsets (the group may first wait out the old member\'s session timeout, 45 s by default)'
      : ': it starts at kafka_auto_offset_reset';
    resume.push([k.id, liveB.get(k.id)!, `Create the Kafka table ${name(k)}${created}.`]);
  }

  // Views, in the order the full script creates them (sources and targets first).
  for (const s of scriptB.statements) {
    if (s.kind !== 'materializedView' || !liveB.has(s.entityId)) continue;
    const status = viewStatus.get(s.entityId);
    const v = after.entities.find((e) => e.id === s.entityId)!;
    if (status === 'new' || status === 'recreate') add('view', v.id, s.text, status === 'new' ? `New view ${name(v)}.` : `View ${name(v)}, created again.`);
    if (status === 'modify') add('view', v.id, `ALTER TABLE ${name(v)}${onCluster} MODIFY QUERY\n${selectOf(s.text)};`, `View ${name(v)} gets its new SELECT atomically.`);
  }
  for (const [id, sql, comment] of resume) add('resume', id, sql, comment);

  steps.sort((a, b) => PHASES.indexOf(a.phase) - PHASES.indexOf(b.phase));
  return { steps, problems: migrationChecks(before, after, steps, { ctxA, ctxB, prior, kafkaStatus, viewStatus }), empty: steps.length === 0 };
}

/** True when a column both versions of the source have changed its type or kind (added and removed ones do not count). */
function typesChanged(before: Entity | undefined, after: Entity | undefined): boolean {
  if (!before || !after || (before.kind !== 'kafkaTable' && before.kind !== 'mergeTree') || (after.kind !== 'kafkaTable' && after.kind !== 'mergeTree')) return false;
  const old = new Map(before.columns.map((c) => [c.name, `${c.type.trim()} ${c.defaultKind}`]));
  return after.columns.some((c) => old.has(c.name) && old.get(c.name) !== `${c.type.trim()} ${c.defaultKind}`);
}

/** `CREATE TABLE … ENGINE = Null` with the Kafka table's columns and the virtual columns its views may read. */
function standIn(k: KafkaTable, onCluster: string): string {
  const own = new Set(k.columns.map((c) => c.name));
  const virtual = kafkaVirtualColumns(k.settings['kafka_handle_error_mode'])
    .filter((v) => !own.has(v.name))
    .map((v) => `${quoteIdent(v.name)} ${v.type}`);
  return `CREATE TABLE ${name(k)}${onCluster}\n${columnList(k.columns, { kafka: true }, virtual)}\nENGINE = Null;`;
}
