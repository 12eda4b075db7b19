// Save and "Save without secrets". Save writes the design as it is: it is the
// user's own copy, and a Save that quietly dropped the SASL password would make
// Open lose work, which a demanding user never forgives. But a design file is
// also what gets mailed or committed, so Save says when the file holds
// credentials, and "Save without secrets" writes a separate file, under its own
// name so it never overwrites the full one, through the same removeSecrets as
// share links and images.
import type { Pipeline } from '../core/model/types';
import { serializeDesign } from '../core/persistence/designFile';
import { removeSecrets } from '../core/share/secrets';
import { topicsWithSamples } from '../core/share/samples';
import { SAVE_FILE_NAME } from './designActions';

export const CLEAN_FILE_NAME = 'pipeline.no-secrets.chflow.json';

export interface SaveFile {
  name: string;
  text: string;
  /** What the user should be told after the download, or null. */
  note: string | null;
}

/** The design as it is; a note when it holds credentials. */
export function fullSave(p: Pipeline): SaveFile {
  const { removed } = removeSecrets(p);
  const note =
    removed.length === 0
      ? null
      : `${SAVE_FILE_NAME} holds credentials (${removed.join('; ')}). Use “Save without secrets” for a copy to share or commit.`;
  return { name: SAVE_FILE_NAME, text: serializeDesign(p), note };
}

/** The design without credentials, and a note saying what was left out and what stayed. */
export function cleanSave(p: Pipeline): SaveFile {
  const { pipeline, removed } = removeSecrets(p);
  const samples = topicsWithSamples(pipeline);
  const parts = [removed.length === 0 ? 'The design holds no credentials' : `Left out: ${removed.join('; ')}`];
  // Samples are data, not credentials: they stay, but the user is reminded they are there.
  if (samples.length > 0) parts.push(`the sample messages of ${samples.join(', ')} are still in the file`);
  return { name: CLEAN_FILE_NAME, text: serializeDesign(pipeline), note: `Saved ${CLEAN_FILE_NAME}. ${parts.join('; ')}.` };
}
