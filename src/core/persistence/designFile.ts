// The saved design: `{ "format": "chflow-design", "version": N, "pipeline": {...} }`.
// serializeDesign writes every field in a fixed order, so the same design
// always gives the same text (good for diffs and version control).
// parseDesign accepts anything and never throws: it answers with a pipeline
// (plus warnings about what it had to drop) or one message that says what is
// wrong and where.
import type { Pipeline } from '../model/types';
import { locateJsonError } from './jsonLocate';
import { codecFor } from './kinds';
import { CURRENT_VERSION, migrate, STEPS, type MigrationStep } from './migrations';
import { describe, isObj, ShapeError } from './readers';
import { restorePipeline } from './restore';

export const DESIGN_FORMAT = 'chflow-design';
export const DESIGN_VERSION = CURRENT_VERSION;
/** Suggested file name suffix; any .json file is accepted. */
export const DESIGN_EXTENSION = '.chflow.json';

export interface DesignDocument {
  format: typeof DESIGN_FORMAT;
  version: number;
  pipeline: Pipeline;
}

export type ParseResult = { ok: true; pipeline: Pipeline; warnings: string[] } | { ok: false; error: string };

export function canonicalPipeline(p: Pipeline): Pipeline {
  return {
    entities: p.entities.map((e) => codecFor(e).canonical(e)),
    links: p.links.map((l) => ({ id: l.id, source: l.source, target: l.target })),
    options: {
      cluster: p.options.cluster,
      createDatabases: p.options.createDatabases,
      ...(p.options.replicatedDatabases ? { replicatedDatabases: true } : {}),
      ...(p.options.serverDefaultReplicaPath ? { serverDefaultReplicaPath: true } : {}),
    },
  };
}

export function serializeDesign(p: Pipeline): string {
  const doc: DesignDocument = { format: DESIGN_FORMAT, version: DESIGN_VERSION, pipeline: canonicalPipeline(p) };
  return JSON.stringify(doc, null, 2) + '\n';
}

function syntaxError(text: string, e: unknown): string {
  const where = locateJsonError(text);
  if (where) return `Not valid JSON: line ${where.line}, column ${where.column}: ${where.message}`;
  return `Not valid JSON: ${e instanceof Error ? e.message : String(e)}`;
}

const NOT_A_DESIGN = 'This is not a chflow design file';

function parseUnsafe(input: string, steps: readonly MigrationStep[]): ParseResult {
  // Editors on Windows like to start UTF-8 files with a byte order mark.
  const text = input.charCodeAt(0) === 0xfeff ? input.slice(1) : input;
  if (text.trim() === '') return { ok: false, error: 'The file is empty' };
  let raw: unknown;
  try {
    raw = JSON.parse(text);
  } catch (e) {
    return { ok: false, error: syntaxError(text, e) };
  }
  if (!isObj(raw)) return { ok: false, error: `${NOT_A_DESIGN}: it holds ${describe(raw)}, not an object` };
  if (raw['format'] !== DESIGN_FORMAT) {
    const found = raw['format'] === undefined ? 'no "format" field' : `"format": ${JSON.stringify(raw['format'])}`;
    return { ok: false, error: `${NOT_A_DESIGN} (expected "format": "${DESIGN_FORMAT}", found ${found})` };
  }
  const version = raw['version'];
  if (typeof version !== 'number')
    return { ok: false, error: `version ${version === undefined ? 'is missing' : `must be a number, found ${describe(version)}`}` };
  const migrated = migrate(raw['pipeline'], version, steps);
  if (!migrated.ok) return migrated;
  try {
    const { pipeline, warnings } = restorePipeline(migrated.pipeline);
    return { ok: true, pipeline, warnings };
  } catch (e) {
    if (e instanceof ShapeError) return { ok: false, error: e.message };
    throw e;
  }
}

/** `steps` is the migration table; tests pass their own to exercise upgrades. */
export function parseDesign(text: string, steps: readonly MigrationStep[] = STEPS): ParseResult {
  try {
    if (typeof text !== 'string') return { ok: false, error: `Expected the file's text, got ${describe(text)}` };
    return parseUnsafe(text, steps);
  } catch (e) {
    // A bug here must not take the app down with it; say what happened instead.
    return { ok: false, error: `Could not read the design: ${e instanceof Error ? e.message : String(e)}` };
  }
}
