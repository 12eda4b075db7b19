export { planMigration } from './plan';
export { renderMigration, golangMigrateFiles, type MigrationFile } from './render';
export type { MigrationOptions, MigrationPlan, MigrationProblem, MigrationStep } from './types';
