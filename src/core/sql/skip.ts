// Objects that cannot become valid SQL are written as a comment saying why,
// so the rest of the script still runs and the SQL pane explains the gap.
import type { Entity, MaterializedView } from '../model/types';
import type { SqlContext } from './context';
import { qualify } from './quote';
import { trim } from './trim';

const NOUN: Record<Entity['kind'], string> = {
  kafkaTopic: 'topic',
  kafkaTable: 'Kafka table',
  materializedView: 'view',
  mergeTree: 'table',
};

export function isTable(e: Entity): boolean {
  return e.kind === 'kafkaTable' || e.kind === 'mergeTree';
}

export function tableReason(e: Entity): string | undefined {
  if ((e.kind === 'kafkaTable' || e.kind === 'mergeTree') && e.columns.length === 0) return 'it has no columns';
  return undefined;
}

/** Mappings that can be written as `expr AS target`. */
export function usableMappings(v: MaterializedView): MaterializedView['mappings'] {
  return v.mappings.filter(isUsable);
}

function isUsable(m: MaterializedView['mappings'][number]): boolean {
  return m.target !== '' && trim(m.expr) !== '';
}

function endReason(end: Entity | undefined, role: 'source' | 'TO target'): string | undefined {
  const missing = role === 'source' ? 'it has no source table' : 'it has no TO target';
  if (!end) return missing;
  if (!isTable(end)) return `its ${role} ${qualify(end.database, end.name)} is a ${NOUN[end.kind]}, not a table`;
  const reason = tableReason(end);
  return reason && `its ${role} ${qualify(end.database, end.name)} is not created (${reason})`;
}

/** Why the entity's CREATE statement cannot be written, or undefined when it can. */
export function skipReason(e: Entity, ctx: SqlContext): string | undefined {
  return e.kind === 'materializedView' ? viewSkipReason(e, ctx.inputOf.get(e.id), ctx.outputOf.get(e.id)) : tableReason(e);
}

/** skipReason of a view whose source and TO target are known. */
export function viewSkipReason(v: MaterializedView, source: Entity | undefined, target: Entity | undefined): string | undefined {
  // A verbatim query names its own tables; only the TO target must be in the design.
  if (v.rawSelect !== undefined) return trim(v.rawSelect) === '' ? 'its query is empty' : endReason(target, 'TO target');
  return (
    endReason(source, 'source') ??
    endReason(target, 'TO target') ??
    (v.mappings.some(isUsable) ? undefined : 'it has no column mappings')
  );
}

export function skippedComment(e: Entity, reason: string): string {
  return `-- ${NOUN[e.kind]} ${qualify(e.database, e.name)} is not emitted: ${reason}`;
}
