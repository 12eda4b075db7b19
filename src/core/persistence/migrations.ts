// Design files carry the version of the format that wrote them. Each step
// below upgrades the raw `pipeline` JSON of one version to the next, so a file
// of any older version is brought forward one step at a time before it is
// restored. Adding version 2 means appending one function here; the current
// version follows from the table's length.
//
// A step works on raw JSON (it runs before shape checks): it must tolerate
// missing or odd fields and leave them for restore to report.

export type RawPipeline = unknown;
export type MigrationStep = (pipeline: RawPipeline) => RawPipeline;

/** STEPS[i] turns a version i + 1 pipeline into a version i + 2 pipeline. */
export const STEPS: readonly MigrationStep[] = [];

export const CURRENT_VERSION = STEPS.length + 1;

export type MigrationResult = { ok: true; pipeline: RawPipeline } | { ok: false; error: string };

/** Brings a pipeline written as `version` up to the newest version `steps` know. */
export function migrate(pipeline: RawPipeline, version: number, steps: readonly MigrationStep[] = STEPS): MigrationResult {
  const newest = steps.length + 1;
  if (!Number.isInteger(version) || version < 1)
    return { ok: false, error: `version must be a whole number from 1 to ${newest}, found ${String(version)}` };
  if (version > newest)
    return {
      ok: false,
      error: `This design was made by a newer chflow: version ${version} (this chflow reads versions up to ${newest}). Update chflow to open it.`,
    };
  let out = pipeline;
  for (let v = version; v < newest; v++) {
    try {
      out = steps[v - 1]!(out);
    } catch (e) {
      return { ok: false, error: `Could not upgrade the design from version ${v} to ${v + 1}: ${e instanceof Error ? e.message : String(e)}` };
    }
  }
  return { ok: true, pipeline: out };
}
