// Validation of a whole design: one validator per node kind plus the checks
// that span nodes (names, links). The result is ordered deterministically so
// lists and tests do not flicker: entity order, then errors first, then code.
import type { Entity, Pipeline } from '../model/types';
import type { Diagnostic } from './diagnostics';
import type { Emit } from './validate/diag';
import { validateKafkaTable } from './validate/kafkaTable';
import { validateKafkaTopic } from './validate/kafkaTopic';
import { validateLinks } from './validate/links';
import { validateMaterializedView } from './validate/materializedView';
import { validateMergeTree } from './validate/mergeTree';
import { validateDuplicateNames, validateEntityNames } from './validate/names';
import { validateConsumerGroups } from './validate/kafkaPipeline';
import { validateKeeperPaths, validateReplicatedDefaults } from './validate/replicated';

function validateEntity(p: Pipeline, e: Entity, emit: Emit): void {
  validateEntityNames(e, emit);
  switch (e.kind) {
    case 'kafkaTopic':
      return validateKafkaTopic(p, e, emit);
    case 'kafkaTable':
      return validateKafkaTable(p, e, emit);
    case 'materializedView':
      return validateMaterializedView(p, e, emit);
    case 'mergeTree':
      return validateMergeTree(e, emit);
  }
}

export function validate(p: Pipeline): Diagnostic[] {
  const out: Diagnostic[] = [];
  const emit: Emit = (d) => out.push(d);
  for (const e of p.entities) validateEntity(p, e, emit);
  validateDuplicateNames(p, emit);
  validateConsumerGroups(p, emit);
  validateLinks(p, emit);
  validateReplicatedDefaults(p, emit);
  validateKeeperPaths(p, emit);
  return sortDiagnostics(p, out);
}

const SEVERITY_RANK = { error: 0, warning: 1 } as const;

export function sortDiagnostics(p: Pipeline, list: readonly Diagnostic[]): Diagnostic[] {
  const order = new Map(p.entities.map((e, i) => [e.id, i]));
  const rank = (id: string) => order.get(id) ?? Number.MAX_SAFE_INTEGER;
  // Array.prototype.sort is stable, so ties keep the validators' own order.
  return [...list].sort(
    (a, b) =>
      rank(a.entityId) - rank(b.entityId) ||
      SEVERITY_RANK[a.severity] - SEVERITY_RANK[b.severity] ||
      (a.code < b.code ? -1 : a.code > b.code ? 1 : 0),
  );
}
