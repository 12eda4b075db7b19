// A migration from one version of a design to another: ordered steps, each one
// statement with the reason it is there. Steps that lose stored data are marked
// destructive and are only part of the script when the user chose them.

export type StepPhase =
  | 'database'
  | 'pause'
  | 'dropView'
  | 'standIn'
  | 'alterTarget'
  | 'createTarget'
  | 'swapTarget'
  | 'dropTarget'
  | 'view'
  | 'resume';

export interface MigrationStep {
  phase: StepPhase;
  /** One statement, ending with `;`. */
  sql: string;
  /** Why this step is there, in one or two sentences (written above it as `--` lines). */
  comment: string;
  /** Loses stored data (a dropped column or table) or rewrites a table (a sorting key change). */
  destructive: boolean;
  /** The entity the step changes, in the new design when it exists there, else in the old one. */
  entityId: string;
}

export interface MigrationProblem {
  /** Stable code: MG01 … (see problems in plan.ts). */
  code: string;
  severity: 'error' | 'warning';
  entityId: string;
  message: string;
}

export interface MigrationPlan {
  steps: MigrationStep[];
  problems: MigrationProblem[];
  /** True when nothing differs between the two designs. */
  empty: boolean;
}

export interface MigrationOptions {
  /** Include destructive steps as statements; otherwise they are written commented out. */
  allowDestructive?: boolean;
}
