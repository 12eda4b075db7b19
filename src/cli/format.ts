// Text the CLI prints for diagnostics: one line per problem, named by the
// object it concerns, so the output reads well in a terminal and in CI logs.
import type { Entity, Pipeline } from '../core/model/types';
import type { Diagnostic } from '../core/rules/diagnostics';

function subject(e: Entity | undefined, id: string): string {
  if (!e) return id === '' ? 'design' : id;
  // Topics are not ClickHouse objects: their database is meaningless.
  return e.kind === 'kafkaTopic' ? `topic ${e.name}` : `${e.database}.${e.name}`;
}

export function formatDiagnostic(p: Pipeline, d: Diagnostic): string {
  const e = p.entities.find((x) => x.id === d.entityId);
  return `${d.severity.padEnd(7)} ${subject(e, d.entityId)}: ${d.message} [${d.code}]`;
}

const plural = (n: number, word: string) => `${n} ${word}${n === 1 ? '' : 's'}`;

export function summary(diagnostics: readonly Diagnostic[]): string {
  const errors = diagnostics.filter((d) => d.severity === 'error').length;
  const warnings = diagnostics.length - errors;
  if (diagnostics.length === 0) return 'No problems found.';
  return `${plural(errors, 'error')}, ${plural(warnings, 'warning')}`;
}
