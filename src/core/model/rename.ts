// Renaming a node in place on the canvas. The side panel accepts any text and
// lets the validator flag it; the inline editor has no room for a problem list,
// so it refuses an empty name where it is typed.
import { updateEntity } from './operations';
import { getEntity } from './query';
import type { Pipeline } from './types';

export type RenameResult = { ok: true; pipeline: Pipeline } | { ok: false; error: string };

export function renameEntity(p: Pipeline, id: string, typed: string): RenameResult {
  const entity = getEntity(p, id);
  if (!entity) return { ok: false, error: 'That node is no longer in the design.' };
  const name = typed.trim();
  if (name === '') return { ok: false, error: 'A name cannot be empty.' };
  if (name === entity.name) return { ok: true, pipeline: p };
  return { ok: true, pipeline: updateEntity(p, id, { name }) };
}
