// A plan as text: one script with every step explained, or golang-migrate's
// numbered up/down files holding one statement each (its ClickHouse driver
// runs a file as one statement unless multi-statement mode is switched on).
import type { MigrationOptions, MigrationPlan, MigrationStep } from './types';

const comment = (text: string) => text.split('\n').map((l) => ('-- ' + l).trimEnd()).join('\n');
const commentedOut = (sql: string) => sql.split('\n').map((l) => '-- ' + l).join('\n');

function stepText(s: MigrationStep, n: number, allow: boolean): string {
  const head = comment(`${n}. ${s.comment}`);
  if (!s.destructive) return head + '\n' + s.sql;
  if (allow) return head + '\n-- DESTRUCTIVE (chosen): ' + 'this step deletes or rewrites stored data.\n' + s.sql;
  return head + '\n-- DESTRUCTIVE, not applied: this step deletes or rewrites stored data. Choose it explicitly (--allow-destructive, or the box in the dialog) to include it.\n' + commentedOut(s.sql);
}

/** The migration as one script. A plan with errors yields only the reasons, and no statement. */
export function renderMigration(plan: MigrationPlan, opts: MigrationOptions = {}): string {
  const errors = plan.problems.filter((p) => p.severity === 'error');
  const lines: string[] = ['-- chflow migration: the deployed design (baseline) → the current design'];
  if (errors.length > 0) {
    lines.push('-- REFUSED: nothing to run until these are fixed:');
    for (const p of errors) lines.push(comment(`[${p.code}] ${p.message}`));
    return lines.join('\n') + '\n';
  }
  if (plan.empty) return lines.concat('-- Nothing to do: the two designs create the same objects.').join('\n') + '\n';
  const destructive = plan.steps.filter((s) => s.destructive).length;
  lines.push(
    `-- ${plan.steps.length} step${plan.steps.length === 1 ? '' : 's'}, ${destructive} destructive${destructive > 0 && !opts.allowDestructive ? ' (commented out: not chosen)' : ''}.`,
    '-- Order (ClickHouse docs, Kafka engine): stop the consumers, change the targets, change the views, consume again.',
  );
  for (const p of plan.problems) lines.push(comment(`warning [${p.code}]: ${p.message}`));
  const body = plan.steps.map((s, i) => stepText(s, i + 1, !!opts.allowDestructive));
  return lines.join('\n') + '\n\n' + body.join('\n\n') + '\n';
}

export interface MigrationFile {
  name: string;
  text: string;
}

const NO_OP = '-- nothing to undo at this version\nSELECT 1';

function slug(s: MigrationStep): string {
  const words = s.sql.replace(/`[^`]*`/g, 'x').match(/^[A-Z ]+/)?.[0]?.trim().toLowerCase().replace(/\s+/g, '_') ?? 'step';
  return (s.phase + '_' + words).slice(0, 40);
}

/**
 * golang-migrate files: version k's up file holds the k-th statement of `up`;
 * `migrate down` runs the down files from the last version back, so they hold
 * the statements of `down` in that order. Versions start at `first`.
 * Steps not chosen (destructive) are left out; a plan with errors is refused.
 */
export function golangMigrateFiles(up: MigrationPlan, down: MigrationPlan, opts: MigrationOptions & { first?: number } = {}): MigrationFile[] {
  for (const plan of [up, down]) {
    const e = plan.problems.find((p) => p.severity === 'error');
    if (e) throw new Error(`[${e.code}] ${e.message}`);
  }
  const chosen = (p: MigrationPlan) => p.steps.filter((s) => opts.allowDestructive || !s.destructive);
  const ups = chosen(up);
  const downs = chosen(down);
  const count = Math.max(ups.length, downs.length);
  const first = opts.first ?? 1;
  const files: MigrationFile[] = [];
  for (let k = 0; k < count; k++) {
    const version = String(first + k).padStart(6, '0');
    const u = ups[k];
    const d = downs[count - 1 - k];
    const title = u ? slug(u) : 'no_op';
    files.push({ name: `${version}_${title}.up.sql`, text: u ? comment(u.comment) + '\n' + u.sql + '\n' : NO_OP + '\n' });
    files.push({ name: `${version}_${title}.down.sql`, text: d ? comment(d.comment) + '\n' + d.sql + '\n' : NO_OP + '\n' });
  }
  return files;
}
