// The autosave envelope kept in the browser's storage:
//   { "format": "chflow-autosave", "version": 1, "savedAt": ISO time, "design": <design file document>,
//     "trust": { "trusted": bool, "origin": "link", "source": "a share link" } }
// `trust` says whether the user let this design run SQL on an engine; saves made
// before it existed lack it, and the reader reports that as null.
// The design inside is exactly a design file, so it shares the design file's
// versions, migrations and shape checks. Pure: the browser glue that reads and
// writes storage lives in src/store/autosave.ts.
import type { Pipeline } from '../model/types';
import { canonicalPipeline, DESIGN_FORMAT, DESIGN_VERSION, parseDesign, type DesignDocument } from './designFile';
import { locateJsonError, type JsonProblem } from './jsonLocate';
import { STEPS, type MigrationStep } from './migrations';
import { describe, isObj } from './readers';

export const AUTOSAVE_KEY = 'chflow.autosave.v1';
/** Unreadable saves are moved to `${AUTOSAVE_CORRUPT_PREFIX}<time>` instead of being overwritten. */
export const AUTOSAVE_CORRUPT_PREFIX = 'chflow.autosave.corrupt.';
export const AUTOSAVE_FORMAT = 'chflow-autosave';
export const AUTOSAVE_VERSION = 1;

export interface AutosaveEnvelope {
  format: typeof AUTOSAVE_FORMAT;
  version: number;
  savedAt: string;
  design: DesignDocument;
  trust?: AutosaveTrust;
}

/** Where the saved design came from and whether the user allowed it to run on an engine. */
export interface AutosaveTrust {
  trusted: boolean;
  origin: string;
  source: string;
}

/** Why a save could not be read; the message says it in words. */
export type AutosaveProblem = 'truncated' | 'notJson' | 'foreign' | 'version' | 'newer' | 'design';

export type DecodedAutosave =
  | { kind: 'empty' }
  | { kind: 'ok'; pipeline: Pipeline; savedAt: string | null; warnings: string[]; trust: AutosaveTrust | null }
  | { kind: 'corrupt'; problem: AutosaveProblem; error: string };

export function encodeAutosave(p: Pipeline, savedAt: Date, trust?: AutosaveTrust): string {
  const envelope: AutosaveEnvelope = {
    format: AUTOSAVE_FORMAT,
    version: AUTOSAVE_VERSION,
    savedAt: savedAt.toISOString(),
    design: { format: DESIGN_FORMAT, version: DESIGN_VERSION, pipeline: canonicalPipeline(p) },
    ...(trust ? { trust: { trusted: trust.trusted, origin: trust.origin, source: trust.source } } : {}),
  };
  // Compact: storage space is limited and nobody reads this text.
  return JSON.stringify(envelope);
}

/**
 * A text cut short fails at its very end: the scanner runs out, a string is left
 * open, or the last literal (`tru`, `12`) is unfinished.
 */
function looksCutOff(text: string, where: JsonProblem): boolean {
  if (where.message.includes('end of file') || where.message.includes('unterminated string')) return true;
  const lines = text.split('\n');
  let offset = where.column - 1;
  for (let i = 0; i < where.line - 1; i++) offset += lines[i]!.length + 1;
  const rest = text.slice(offset);
  return rest !== '' && ['true', 'false', 'null'].some((word) => word.startsWith(rest) && word !== rest);
}

const corrupt = (problem: AutosaveProblem, error: string): DecodedAutosave => ({ kind: 'corrupt', problem, error });

function decodeUnsafe(text: string, steps: readonly MigrationStep[]): DecodedAutosave {
  let raw: unknown;
  try {
    raw = JSON.parse(text);
  } catch (e) {
    const where = locateJsonError(text);
    if (where && looksCutOff(text, where)) return corrupt('truncated', `the saved text is cut off (${where.message})`);
    const detail = where ? `line ${where.line}, column ${where.column}: ${where.message}` : e instanceof Error ? e.message : String(e);
    return corrupt('notJson', `the saved text is not valid JSON (${detail})`);
  }
  if (!isObj(raw) || raw['format'] !== AUTOSAVE_FORMAT)
    return corrupt('foreign', `it is not a chflow autosave (found ${isObj(raw) ? `"format": ${JSON.stringify(raw['format'] ?? null)}` : describe(raw)})`);
  const version = raw['version'];
  if (typeof version === 'number' && Number.isInteger(version) && version > AUTOSAVE_VERSION)
    return corrupt('newer', `it was saved by a newer chflow (autosave version ${version}; this chflow reads version ${AUTOSAVE_VERSION})`);
  if (version !== AUTOSAVE_VERSION) return corrupt('version', `its autosave version is ${describe(version)}, expected ${AUTOSAVE_VERSION}`);
  const design = raw['design'];
  if (isObj(design) && typeof design['version'] === 'number' && design['version'] > steps.length + 1)
    return corrupt('newer', `it holds a design made by a newer chflow (design version ${design['version']}; this chflow reads up to ${steps.length + 1})`);
  const parsed = parseDesign(JSON.stringify(design ?? null), steps);
  if (!parsed.ok) return corrupt('design', `its design is unreadable: ${parsed.error}`);
  const savedAt = typeof raw['savedAt'] === 'string' ? raw['savedAt'] : null;
  return { kind: 'ok', pipeline: parsed.pipeline, savedAt, warnings: parsed.warnings, trust: readTrust(raw['trust']) };
}

/** A malformed flag reads as absent: the caller then treats the design as untrusted, never as trusted. */
function readTrust(v: unknown): AutosaveTrust | null {
  if (!isObj(v) || typeof v['trusted'] !== 'boolean' || typeof v['origin'] !== 'string' || typeof v['source'] !== 'string') return null;
  return { trusted: v['trusted'], origin: v['origin'], source: v['source'] };
}

/** Reads a stored autosave (null: nothing stored). Never throws. */
export function decodeAutosave(text: string | null | undefined, steps: readonly MigrationStep[] = STEPS): DecodedAutosave {
  if (text === null || text === undefined) return { kind: 'empty' };
  try {
    if (typeof text !== 'string') return corrupt('foreign', `it holds ${describe(text)}, not text`);
    if (text.trim() === '') return corrupt('truncated', 'the saved text is empty');
    return decodeUnsafe(text, steps);
  } catch (e) {
    return corrupt('design', `it could not be read: ${e instanceof Error ? e.message : String(e)}`);
  }
}

/** Storage key for a corrupt save set aside at `at`; `taken` avoids clobbering an earlier copy. */
export function corruptKey(at: Date, taken: (key: string) => boolean = () => false): string {
  const base = AUTOSAVE_CORRUPT_PREFIX + at.toISOString().replace(/[:.]/g, '-');
  let key = base;
  for (let n = 2; taken(key); n++) key = `${base}-${n}`;
  return key;
}

/** The time a corrupt-copy key was made, for display; null for other keys. */
export function corruptKeyTime(key: string): string | null {
  if (!key.startsWith(AUTOSAVE_CORRUPT_PREFIX)) return null;
  const m = /^(\d{4}-\d{2}-\d{2})T(\d{2})-(\d{2})-(\d{2})/.exec(key.slice(AUTOSAVE_CORRUPT_PREFIX.length));
  return m ? `${m[1]} ${m[2]}:${m[3]}:${m[4]} UTC` : key.slice(AUTOSAVE_CORRUPT_PREFIX.length);
}
